// Hand-written messages for the mechanisms of issue 14's fourteenth round (gathering round 20). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe("the reader's own interview set for a day or a time is a job's", () => {
  it.each([
    ['a reminder with a date and a time', 'Reminder: panel interview', 'This is a reminder about your panel interview scheduled on 14-03-2027 at 10:30 to 11:15 at Orchard Lane Bakeries.', 'interview'],
    ['a Dutch confirmation', 'Bevestiging', 'Beste Daan,\n\nHierbij bevestigen we je interview op dinsdag om 09:30. Tot dan!', 'interview'],
    ['a time to book for an interview call', 'Re: your test project', 'Hi Mira,\n\nThis looks good! Please book a convenient time for an interview call at https://cal.example/orchard.\n\nTeo', 'interview'],
  ])('%s', (_label, subject, body, kind) => {
    expect(extract({ fromName: 'Orchard Lane', fromEmail: 'team@orchardlane.example', subject, body }).kind).toBe(kind);
  });

  it.each([
    ['advice on interviews with a date', 'Webinar', 'Improve your interview skills at our free webinar on 14-03-2027 at 18:00. Seats are limited.'],
    ['a press interview mentioned without the reader', 'Podcast news', 'The interview with our founder aired on Tuesday at 10:00. Listen again on our site.'],
  ])('not: %s', (_label, subject, body) => {
    expect(extract({ fromName: 'Podlane', fromEmail: 'news@podlane.example', subject, body }).kind).toBe('other');
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
    expect(r.company).not.toBe('GitHub');
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

describe('stage phrases: a platform\'s offer, Scandinavian reference requests, an application still to send', () => {
  it("a platform's 'you have received a job offer' is an offer", () => {
    const r = extract({
      fromName: 'Jobwharf',
      fromEmail: 'notifications@jobwharf.example',
      subject: 'You have received a job offer',
      body: 'Dear Amaka,\n\nCongratulations! You have received a job offer for Stock Controller at Pennant Foods Ltd.\n\nView in Portal',
    });
    expect(r.kind).toBe('offer');
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

  it('an invitation to an online assessment for a post is an interview step', () => {
    expect(zh('测评通知', '现邀请您参加 数据分析师 岗位的线上测评。测评将于 2027年03月08日 失效。').kind).toBe('interview');
  });

  it('not: a refusal after an assessment', () => {
    expect(zh('测评结果通知', '感谢您参加 数据分析师 岗位的线上测评。很遗憾，您未能通过本次测评。').kind).toBe('other');
  });
});

describe('a service calling itself a hiring platform, or the reader\'s account on it, is no employer', () => {
  it.each([
    ['a hiring platform', 'Welcome to Talvane!', 'Welcome Sam!\n\nThanks for joining the Talvane hiring platform. We will review your portfolio to match you with companies.\n\nThe Talvane Team'],
    ['an account on it', 'Application status updated: Store Manager', 'Dear Sam,\n\nYour application for Store Manager has been updated.\n\nStatus: Under Review\n\nYou received this email because you have an account on Talvane Jobs.'],
  ])('%s', (_label, subject, body) => {
    expect(extract({ fromName: 'Talvane', fromEmail: 'hello@talvanejobs.example.com', subject, body }).company).toBeNull();
  });

  it("not: an employer's own product platform", () => {
    const r = extract({
      fromName: 'Priya Shah',
      fromEmail: 'priya.shah@quorra.example.com',
      subject: 'Your first week at Quorra',
      body: 'Hi Sam,\n\nJust 6 days until you start at Quorra!\n\nDay 2 - Morning: Quorra Platform 101\n\nPriya',
    });
    expect(r.company).toBe('Quorra');
  });
});
