// Hand-written messages for the mechanisms of issue 14's fourteenth round (gathering round 20). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

// "Your interview" with a day or a time as job evidence was tried and taken out: the review read podcasts, visa
// appointments, mock interviews, press interviews and user research as job interviews. These stay other.
describe("an interview that is not the reader's job interview", () => {
  it.each([
    ['a visa appointment', 'noreply@traveldocs.example', 'Appointment confirmation', 'Your visa interview appointment is confirmed for 12/03/2027 at 09:15 at the embassy.'],
    ['a mock interview', 'hello@mockprep.example', 'Your session', 'Your mock interview with a peer is scheduled for Tuesday at 18:00.'],
    ['user research', 'research@figmaish.example', 'Research session', 'Please book a time for your user interview here: https://cal.example/r. Participants receive a $50 voucher.'],
    ['a Dutch radio interview', 'redactie@omroep.example', 'Bevestiging', 'Beste Daan,\n\nHierbij bevestigen we je interview op dinsdag om 09:30 in de studio voor het radioprogramma.'],
  ])('%s', (_label, fromEmail, subject, body) => {
    expect(extract({ fromName: 'Studio', fromEmail, subject, body }).kind).toBe('other');
  });

  // A known misreading in round 25 (with no rule matched, "your interview is scheduled" and no job talk, the stage
  // table read a booked interview); the table retrained with round 26's development mail reads it right. A guard now.
  it('a podcast recording', () => {
    const body = "Thanks again for agreeing to come on the show! Your interview is scheduled for Tuesday at 10:00 CET. We'll record on Zoom.";
    expect(extract({ fromName: 'Studio', fromEmail: 'dana@techtalkpod.example', subject: 'Podcast recording', body }).kind).toBe('other');
  });
});

describe('a company name keeps the word tidying cut when the domain spells it whole', () => {
  it('keeps a leading article the domain spells', () => {
    const r = extract({
      fromName: 'The Copper Kettle',
      fromEmail: 'careers@thecopperkettle.example.com',
      subject: 'Your interview with The Copper Kettle',
      body: 'Hi Sam,\n\nThank you for applying to The Copper Kettle. We would like to invite you to an interview on Monday at 10:00.\n\nThe Copper Kettle',
    });
    expect(r.company).toBe('The Copper Kettle');
  });

  it('drops the article the domain does not spell', () => {
    const r = extract({
      fromName: 'The Copper Kettle',
      fromEmail: 'careers@copperkettle.example.com',
      subject: 'Your interview with The Copper Kettle',
      body: 'Hi Sam,\n\nThank you for applying to The Copper Kettle. We would like to invite you to an interview on Monday at 10:00.\n\nThe Copper Kettle',
    });
    expect(r.company).toBe('Copper Kettle');
  });
});

describe('job titles in Japanese, Korean and Chinese mail (cjk-role.ts)', () => {
  const read = (subject: string, body: string, fromName = '佐藤 美咲', fromEmail = 'misaki.sato@kawasemi-denki.example') => extract({ fromName, fromEmail, subject, body }).role;

  it.each([
    ['a Chinese field', '面试通知', '李明您好：\n\n感谢您关注我们的职位。\n面试岗位：嵌入式软件工程师\n面试时间：周三上午10点\n\n人事部', '嵌入式软件工程师'],
    ['a Chinese title applied for', '面试邀请', '王芳您好！感谢您投递我司测试开发工程师职位，我们想邀请您参加面试。', '测试开发工程师'],
    ['a traditional Chinese title, cut as written', '面試邀請', '陳先生您好，感謝您應徵本公司資深產品經理職位，誠摯邀請您來面試。', '資深產品經理'],
    ['a Japanese title in quotes', '面接のご案内', '山田 太郎 様\n\nこの度は「インフラエンジニア」へご応募いただき、誠にありがとうございます。', 'インフラエンジニア'],
    ['a Japanese title in the subject bracket', '【経理スタッフ】一次面接のご案内', '山田 太郎 様\n\n書類選考の結果、一次面接にお進みいただきたくご連絡いたしました。', '経理スタッフ'],
    ['a Korean title before 포지션', '면접 안내', '안녕하세요, 김서준 님. 프론트엔드 개발자 포지션에 지원해 주셔서 감사합니다. 1차 면접에 초대드립니다.', '프론트엔드 개발자'],
    ['a Korean title before its hiring process', '[한결테크] 최종 합격 안내', '안녕하세요, 이번 품질관리 엔지니어 채용 과정에 최종 합격하신 것을 축하드립니다.', '품질관리 엔지니어'],
  ])('%s', (_label, subject, body, title) => {
    expect(read(subject, body)).toBe(title);
  });

  it.each([
    ['a company in quotes', '面接のご案内', 'この度は「株式会社かわせみ電機」へご応募いただき、誠にありがとうございます。'],
    ['the recruiter, not the job', '面接のご案内', '採用担当の佐藤と申します。「採用担当」までご連絡ください。'],
    ['a quoted word with no job word', 'お知らせ', '「春のキャンペーン」へのご応募ありがとうございます。'],
    ['a Korean greeting before 포지션', '안내', '안녕하세요 포지션 관련 안내입니다.'],
    ['a Chinese sentence before 岗位', '通知', '我们已经收到您的简历，如果合适会安排岗位的面试。'],
  ])('not: %s', (_label, subject, body) => {
    expect(read(subject, body)).toBeNull();
  });
});

describe('tables: relays, departments, employer fields, events', () => {
  it("reads no employer from a code host's notification footer", () => {
    const r = extract({
      fromName: 'jdoe-recruits',
      fromEmail: 'notifications@github.com',
      subject: '[someone/some-tool] Hiring question (Issue #12)',
      body: "Hi @someone, I'm a recruiter and I'd love to chat about a role. Could you e-mail me?\n\n—\nReply to this email directly, view it on GitHub, or unsubscribe.",
    });
    expect(r.company).toBeNull();
  });

  it("not: a code host's own recruiter writing from a personal mailbox", () => {
    const r = extract({
      fromName: 'Jane Doe',
      fromEmail: 'jane.doe@github.com',
      subject: 'Senior Engineer at GitHub',
      body: "Hi Sam,\n\nI'm a technical recruiter at GitHub and came across your profile. Would you be open to a quick chat about a Senior Engineer role?\n\nJane",
    });
    expect(r.company).toBe('GitHub');
  });

  it('cuts an admissions office from an organisation the domain spells', () => {
    const r = extract({
      fromName: 'Coastline Teaching Fellows Admissions',
      fromEmail: 'admissions@coastlineteachingfellows.org',
      subject: 'Your offer to join the 2027 Coastline Teaching Fellows cohort',
      body: 'Dear Ana,\n\nI am pleased to extend you an offer to join the Coastline Teaching Fellows 2027 cohort!',
    });
    expect(r.company).toBe('Coastline Teaching Fellows');
  });

  it("reads a Norwegian platform's employer field", () => {
    const r = extract({
      fromName: 'Tilsettly',
      fromEmail: 'varsler@tilsettly.example',
      subject: 'Jobbtilbud: Lagerleder',
      body: 'Kjære Ola,\n\nVi er glade for å informere deg om at vår kunde ønsker å tilby deg stillingen som Lagerleder!\n\nStilling: Lagerleder\nBedrift: Havbris Logistikk AS\nStartdato: 1. mars\n\n[Se og signer tilbud] https://app.tilsettly.example/t/1\n\nTilsettly rekrutteringsplattform • tilsettly.no',
    });
    expect(r.company).toBe('Havbris Logistikk AS');
  });

  it('is no person: a Czech recruiting team in the From name', () => {
    expect(extract({ fromName: 'Lipno Soft – nábor', fromEmail: 'nabor@lipnosoft.example', subject: 'Vaše přihláška', body: 'Dobrý den,\n\nděkujeme za Váš zájem o pozici Tester.' }).firstName).toBeNull();
  });

  it('reads a job whose title ends on an event word after "of"', () => {
    expect(extract({ fromName: 'Makerlab', fromEmail: 'hr@makerlab.example', subject: 'Role: Head of Workshop', body: "Hi Sam,\n\nWe're hiring a Head of Workshop and came across your profile. Would you be open to a chat?\n\nMakerlab" }).role).toBe('Head of Workshop');
  });

  it('reads no job from an event', () => {
    const r = extract({
      fromName: 'Mads Holm',
      fromEmail: 'mads.holm@fjordbank.example',
      subject: 'Nordic Summer Internship Dinner',
      body: 'Dear Lea,\n\nThank you for your application to join Fjordbank for our "Nordic Summer Internship Dinner" at Restaurant Vela. We regret that we are unable to take your application further.\n\nMads Holm',
    });
    expect(r.role).toBeNull();
  });
});

describe('stage phrases: Scandinavian reference requests, an application still to send', () => {
  // "You have received a job offer" and "job offer" as employment words were tried and taken out: the review read forum
  // digests, newsletters and scams as offers.
  it.each([
    ['a forum digest', 'noreply@forumdigest.example', 'Trending posts', 'Trending post: I got a job offer from Meta but my current employer made a counter offer. Should I accept or decline the offer?'],
    ['a newsletter', 'hello@careerdigest.example', 'This week', "When you have received a job offer, don't accept on the spot. Our free guide explains why."],
  ])('not an offer: %s', (_label, fromEmail, subject, body) => {
    expect(extract({ fromName: 'Digest', fromEmail, subject, body }).kind).not.toBe('offer');
  });

  it.each([
    ['Norwegian', 'Referanseforespørsel: Kari Nilsen', 'Kjære Per,\n\nKari Nilsen har søkt stillingen Elektriker hos Vestlys AS og har oppgitt deg som referanse.\n\nVi setter pris på om du fyller ut et kort referanseskjema.'],
    ['Swedish', 'Referens för Lina Berg', 'Hej Erik,\n\nLina Berg har sökt tjänsten som Säljare hos Norrsken AB och har angett dig som referens. Fyll gärna i vårt referensformulär.'],
  ])('a %s reference request is nothing to decline', (_label, subject, body) => {
    expect(extract({ fromName: 'Rekruttering', fromEmail: 'varsler@hyrly.example', subject, body }).kind).toBe('other');
  });

  it('an opportunity with a request to send an application is an approach', () => {
    const r = extract({
      fromName: 'Maison Verlaine – Recrutement',
      fromEmail: 'recrutement@maison-verlaine.example',
      subject: 'Une opportunité : Contrôleur de gestion',
      body: "Bonjour Hugo,\n\nNous avons été en contact par le passé et nous nous permettons de revenir vers vous. Nous avons actuellement une opportunité qui pourrait correspondre à votre profil : Contrôleur de gestion.\n\nSi cette opportunité vous intéresse, envoyez-nous votre candidature à jobs@maison-verlaine.example. Indiquez la référence CG-12 pour que votre candidature soit traitée.\n\nMaison Verlaine",
    });
    expect(r.kind).toBe('outreach');
  });

  it.each([
    ['a resume forwarded', 'Data Analyst', "Hi Sam,\n\nI'll forward your resume to the hiring manager today. Your application for the Data Analyst role looks strong, and I'd like to set up a quick call. Are you available Thursday at 2pm?\n\nJane", 'interview'],
    ['a CV asked for again', 'Quick question', 'Hi Sam,\n\nCould you email me your CV again? The file attached to your application for the Data Analyst role was corrupted.\n\nJane', 'other'],
  ])('not hidden: %s', (_label, subject, body, kind) => {
    expect(extract({ fromName: 'Jane Miller', fromEmail: 'jane.miller@northwind.example', subject, body }).kind).toBe(kind);
  });

  it('not: an application made before a request for a CV', () => {
    const r = extract({
      fromName: 'Maison Verlaine – Recrutement',
      fromEmail: 'recrutement@maison-verlaine.example',
      subject: 'Votre candidature',
      body: 'Bonjour Hugo,\n\nNous avons bien reçu votre candidature pour le poste de Contrôleur de gestion. Pourriez-vous aussi nous envoyer votre CV à jour ? Envoyez-nous votre CV à jobs@maison-verlaine.example.\n\nMaison Verlaine',
    });
    expect(r.kind).toBe('other');
  });
});

describe('Chinese: an offer by its details, an invitation to an online assessment', () => {
  const zh = (subject: string, body: string) => extract({ fromName: '杭州青禾科技有限公司 人力资源部', fromEmail: 'hr@qinghe-tech.example', subject, body });

  it('录用邀约 with its details is an offer', () => {
    expect(zh('录用邀约', '亲爱的周宁：\n\n您好！非常高兴地通知您，您已通过所有面试环节。\n\n【录用详情】\n岗位：前端开发工程师\n入职时间：2027年3月1日\n\n期待您的回复！').kind).toBe('offer');
  });

  // An invitation to an online assessment (邀请您参加…测评) was read and taken out: the review showed career centres'
  // and platforms' self-assessments read as interviews.
  it('not: a platform\'s self-assessment', () => {
    expect(extract({ fromName: '智联招聘', fromEmail: 'noreply@zhaopin.example', subject: '测评', body: '智联招聘邀请您参加热门职位测评，看看你适合什么岗位。' }).kind).toBe('other');
  });

  it.each([
    ['simplified', '恭喜您！', '周宁您好：\n恭喜您通过全部面试！我们很高兴向您发出录用通知，请于3个工作日内回复接受或拒绝。'],
    ['traditional', '恭喜您', '周寧您好：\n恭喜您通過全部面試！我們很高興向您發出錄用通知，請於三日內回覆接受或拒絕。'],
  ])('a real offer that asks to accept or decline (%s)', (_label, subject, body) => {
    expect(zh(subject, body).kind).toBe('offer');
  });

  it('an offer that names another colleague is still one', () => {
    expect(zh('通知', '周宁您好：\n恭喜您，您已被我司录用，另一位同事将与您联系入职事宜。').kind).toBe('offer');
  });

  it('not: an offer made to another candidate', () => {
    expect(zh('通知', '周宁您好：\n该岗位我们已向另一位候选人发出录用邀约，期待未来有机会合作。').kind).toBe('other');
  });

  it('not: a refusal after an assessment', () => {
    expect(zh('测评结果通知', '感谢您参加 数据分析师 岗位的线上测评。很遗憾，您未能通过本次测评。').kind).toBe('other');
  });
});

// A service calling itself a hiring platform, or the reader's "account on X", as a relay was tried and taken out: the
// review showed employers writing of their own careers portal and candidate accounts.
describe("an employer's own careers portal and candidate account", () => {
  it.each([
    ['its careers portal', 'You can follow your application status in the Quorvane careers portal.'],
    ['a candidate account with it', 'Please confirm the slot in your candidate account with Quorvane.'],
  ])('%s', (_label, line) => {
    const r = extract({ fromName: 'Quorvane Careers', fromEmail: 'jobs@quorvane.example', subject: 'Your interview', body: `Hi Sam,\n\nWe would like to invite you to an interview for the Data Analyst position at Quorvane on Monday at 10:00. ${line}\n\nQuorvane Careers` });
    expect(r.company).toBe('Quorvane');
  });
});

describe('CJK titles the native review found misread (cjk-role.ts)', () => {
  const read = (subject: string, body: string) => extract({ fromName: '王敏', fromEmail: 'wangmin@qinghe-tech.example', subject, body }).role;

  it.each([
    ['an empty field before the next', '面试通知', '李明您好：\n面试职位：\n面试地点：上海市浦东新区张江路88号\n请准时参加。', null],
    ["the writer's own title in a signature", '面试邀请', '李明您好：\n\n感谢您投递我司的简历，诚邀您参加面试。\n\n此致\n王敏\n职位：技术总监', null],
    ['a placeholder', '面试通知', '李明您好：\n职位：待定\n面试时间：周三上午10点', null],
    ['a salary after the title', '面试通知', '李明您好：\n岗位：产品经理 薪资：20-30K\n面试时间：周三上午10点', '产品经理'],
    ['the interviewer, not the job', '面试邀请', '李明您好，诚邀您于周五下午到我司参加部门经理的面试。', null],
    ['的是 before the title', '面试邀请', '李明您好，您应聘的是产品经理岗位，诚邀您参加面试。', '产品经理'],
    ['a company glued to the title', '感谢关注', '感谢您对美团到店事业群产品运营岗位的关注，我们会尽快回复。', null],
    ['a person in the subject', '面试邀请 - 张经理', '李明您好，诚邀您参加面试。', null],
    ['an employment type in brackets', '【正社員】一次面接のご案内', '山田 太郎 様\n\n書類選考の結果、一次面接にお進みいただきたくご連絡いたしました。', null],
    ['two quoted titles', '求人のご案内', '「品質管理スタッフ」「生産管理スタッフ」の求人をご案内します。', null],
    ["the reader's own past job", 'スカウトのご連絡', '山田様の「バックエンドエンジニア」としてのご経験を拝見し、ご連絡いたしました。', null],
    ['a Korean modifier before the title', '포지션 제안', '안녕하세요. 제안드리는 개발자 포지션에 관심이 있으신지 여쭙습니다.', null],
    ["the reader's own Korean job", '포지션 제안', '안녕하세요. 현재 마케팅 매니저 직무를 수행 중이신 것으로 알고 있습니다. 그로스 리드를 찾고 있습니다.', null],
  ])('%s', (_label, subject, body, title) => {
    expect(read(subject, body)).toBe(title);
  });

  const stage = (subject: string, body: string) => extract({ fromName: '杭州青禾科技有限公司 人力资源部', fromEmail: 'hr@qinghe-tech.example', subject, body }).kind;
  it.each([
    ['a withdrawn offer', '通知', '周宁您好：\n很抱歉，我们不得不撤回此前发出的录用邀约。'],
    ['an assessment promised on a condition', '感谢投递', '周宁您好：\n感谢您投递我司前端开发工程师职位。若简历匹配，HR将邀请您参加线上笔试。'],
    ["a careers centre's self-assessment", '测评', '同学你好，就业指导中心邀请您参加职业能力测评。'],
  ])('not a step: %s', (_label, subject, body) => {
    expect(stage(subject, body)).toBe('other');
  });
});

describe('the second review of the mends (cjk-role.ts, code hosts, applying somewhere)', () => {
  const read = (subject: string, body: string) => extract({ fromName: '王敏', fromEmail: 'wangmin@qinghe-tech.example', subject, body }).role;

  it.each([
    ['a field in a forwarded signature', 'Fwd: 面试安排', '李明您好，以下是面试官的安排，请查看。\n\n---------- Forwarded message ---------\nFrom: 张伟 <zhangwei@qinghe-tech.example>\nSubject: 面试安排\n\n王敏，请安排候选人周三面试。\n\n张伟\n职位：研发总监', null],
    ['a signature after 顺祝商祺！', '面试邀请', '李明您好：\n\n感谢您投递我司的简历，诚邀您参加面试。\n\n顺祝商祺！\n王敏\n职位：研发总监', null],
    ['a signature beside contact fields', '面试邀请', '李明您好：\n\n诚邀您参加面试。\n\n王敏\n职位：研发总监\n电话：13800000000', null],
    // 了 and 过 after a verb of applying were read and taken out: they tell of past applications as often.
    ['了 after the verb, not read', '面试邀请', '李明您好，您于3月5日投递了数据分析师岗位，诚邀您参加面试。', null],
    ['a person with a given name in the subject', '面试邀请 - 王丽经理', '李明您好，诚邀您参加面试。', null],
    ['a title that starts like a title, not a name', '面试通知', '李明您好：\n职位：总经理\n面试时间：周三上午10点', '总经理'],
    ['a tag before a field value', '面接のご案内', '山田 太郎 様\n職種：【正社員】Webエンジニア\n日時：3月5日 10:00', 'Webエンジニア'],
    ['two titles in one field', '面试通知', '李明您好：\n职位：高级Java工程师 / 架构师\n面试时间：周三上午10点', null],
    ['two quoted titles joined by または', '応募のお礼', '「品質管理スタッフ」または「生産管理スタッフ」へのご応募ありがとうございます。', null],
    ['a quoted job the reader holds', 'スカウト', '「バックエンドエンジニア」としてご活躍されている山田様にご連絡しました。', null],
    ['a Korean sentence word before a generic title', '포지션 제안', '안녕하세요. 저희 회사에서 개발자 포지션을 채용하고 있어 연락드립니다.', null],
    ['a Korean company before a generic title', '포지션 제안', '안녕하세요. 당근마켓 개발자 포지션에 관심 있으신가요?', null],
    ['a Korean field word and a title', '포지션 제안', '안녕하세요. 온라인 마케터 포지션에 지원해 주셔서 감사합니다.', '온라인 마케터'],
    ["the reader's own Korean job (직무로 근무)", '포지션 제안', '안녕하세요. 현재 데이터 분석가 직무로 근무 중이신 것으로 알고 있습니다.', null],
  ])('%s', (_label, subject, body, title) => {
    expect(read(subject, body)).toBe(title);
  });

  it("a code host's own-name notification mailbox relays (gitlab@mg.gitlab.com)", () => {
    const r = extract({ fromName: 'Jane Recruiter', fromEmail: 'gitlab@mg.gitlab.com', subject: 'Re: some-tool | Hiring question (#12)', body: 'Jane Recruiter commented:\n\nHi, I have a Senior Engineer role at my company. Could we chat?\n\nview it on GitLab' });
    expect(r.company).toBeNull();
  });

  it('not: thanks for an application submitted somewhere', () => {
    const r = extract({
      fromName: 'Jane Miller',
      fromEmail: 'jane.miller@quorvane.example',
      subject: 'Data Analyst role at Quorvane',
      body: 'Hi Sam,\n\nThank you for taking the time to submit your application on our careers site for the Data Analyst role. Our team is currently reviewing applications and we will be in touch within two weeks.\n\nJane',
    });
    expect(r.kind).toBe('other');
  });
});

describe('the last review of the mends', () => {
  const read = (subject: string, body: string) => extract({ fromName: '王敏', fromEmail: 'wangmin@qinghe-tech.example', subject, body }).role;

  it.each([
    ["a past application (申请过)", '新机会', '我们注意到您去年申请过我司的产品经理职位，虽然当时未能匹配，但现在我们有一个新的数据分析机会，不知您是否有兴趣？', null],
    ['an unlisted surname and a title', '面试邀请 - 金经理', '李明您好，诚邀您参加面试。', null],
    ['a company with its legal form in a field', '面接のご案内', '山田 太郎 様\nポジション：（株）メルカリ　バックエンドエンジニア\n日時：3月5日 10:00', null],
    ["the sender's own Korean job", '포지션 제안', '저는 피플서치에서 인사 컨설턴트 직무를 맡고 있는 김민수입니다. 프로필을 보고 좋은 포지션 제안을 드리고자 연락드립니다.', null],
    ['quoted titles joined by と、', '募集のご案内', '弊社では現在、「バックエンドエンジニア」と、「SREエンジニア」のポジションを募集しております。', null],
    ['a heading before the fields is no signature', '面试通知', '面试通知\n面试岗位：Java开发工程师\n面试时间：周三上午10点\n地址：北京市海淀区中关村大街1号', 'Java开发工程师'],
  ])('%s', (_label, subject, body, title) => {
    expect(read(subject, body)).toBe(title);
  });

  it.each([
    ['an offer still being approved', '目前您的录用流程尚未结束，录用通知将在总部审批通过后发出，届时我们会第一时间联系您。'],
    ['an offer promised for next week', '目前录用审批尚未完成，正式录用通知预计下周发放，请耐心等待。'],
  ])('not an offer: %s', (_label, body) => {
    expect(extract({ fromName: '杭州青禾科技有限公司 人力资源部', fromEmail: 'hr@qinghe-tech.example', subject: '通知', body }).kind).not.toBe('offer');
  });
});
