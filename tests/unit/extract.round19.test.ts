// Hand-written messages for the mechanisms of issue 14's thirteenth round (gathering round 19). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';
import { foldTraditional, isTraditionalChinese } from '../../core/extract/hant';
import { parseCjkName } from '../../core/extract/names/cjk-name';

describe('traditional Chinese is folded to simplified characters for the Chinese table', () => {
  it('keeps every offset, and folds only what differs', () => {
    const text = '恭喜錄取！請於12月18日前回覆。';
    expect(foldTraditional(text)).toHaveLength(text.length);
    // 覆 is simplified too ("覆盖"): left as it is.
    expect(foldTraditional(text)).toBe('恭喜录取！请于12月18日前回覆。');
    expect(foldTraditional('面试通知')).toBe('面试通知');
  });

  it.each([
    ['traditional Chinese', '感謝您應徵本公司職位', true],
    ['simplified Chinese', '感谢您应聘本公司职位', false],
    ['Japanese, which shares forms like 職 and 試', '面接試験のご案内です。職務経歴書をご持参ください。', false],
    ['English', 'Thank you for applying', false],
  ])('%s', (_label, text, traditional) => {
    expect(isTraditionalChinese(text)).toBe(traditional);
  });
});

describe('stages in traditional Chinese (Taiwan)', () => {
  const tw = (subject: string, body: string, fromName = '陳雅婷', fromEmail = 'yating.chen@hongyu-tech.example') => extract({ fromName, fromEmail, subject, body });

  it.each([
    ['an offer', '錄取通知', '親愛的 林先生：\n\n非常高興通知您，本公司決定錄取您擔任 資料分析師，預計到職日為1月4日。請於下週五前回覆是否接受。\n\n陳雅婷', 'offer'],
    ['an interview invitation', '面試邀請：資料分析師', '林先生您好：\n\n感謝您應徵本公司的資料分析師職位。我們誠摯地邀請您進入下一階段的面試流程，請問您下週哪些時段方便？\n\n陳雅婷', 'interview'],
    ['a written test', '甄試通知', '感謝您應徵本行系統工程師，請於5月3日上午9點前來本行參加甄試。\n\n聯絡人：陳小姐', 'interview'],
    ['a headhunter approach', '職涯機會', '林先生您好，\n\n我是專注於金融科技的獵頭顧問，想與您分享一個難得的職涯機會。不知道您是否有興趣進一步了解？\n\n陳雅婷', 'outreach'],
    ['a rejection: someone else chosen', '感謝您的申請', '林先生您好：\n\n感謝您參與面試。經過審慎評估，我們決定選擇另一位更符合需求的候選人。\n\n祝 順心', 'other'],
    ['a rejection: not admitted', '甄選結果通知', '林先生您好：\n\n很遺憾通知您，您未獲錄取。感謝您的參與。', 'other'],
    ['an interview cancelled', '取消面試通知', '林先生您好：\n\n您所應徵的職缺 該面試已取消，請至網站確認，謝謝您！', 'other'],
  ])('%s', (_label, subject, body, kind) => {
    expect(tw(subject, body).kind).toBe(kind);
  });

  it('a university admission in simplified Chinese is no offer (录取 is a job offer only in Taiwan)', () => {
    const r = extract({ fromName: '招生办', fromEmail: 'admissions@univ.example', subject: '录取通知', body: '恭喜您被我校计算机专业录取，请于九月一日报到。' });
    expect(r.kind).toBe('other');
  });
});

describe('Chinese companies by their legal form', () => {
  it.each([
    ['the subject, after a dash', '感謝您的申請 - 森域設計有限公司', '感謝您參與面試。', '森域設計有限公司'],
    ['a sentence, after 我是', '應徵回覆', '我是禾豐餐飲股份有限公司的招募窗口，收到您應徵店長一職。', '禾豐餐飲股份有限公司'],
    ['simplified characters, a line of its own', '面试邀请', '您好：\n\n诚邀您参加面试。\n\n深蓝数据科技有限公司', '深蓝数据科技有限公司'],
  ])('%s', (_label, subject, body, company) => {
    expect(extract({ fromName: '人資部', fromEmail: 'hr@example-tw.example', subject, body }).company).toBe(company);
  });

  it('words of a sentence before 有限公司 are no name', () => {
    const r = extract({ fromName: '人資部', fromEmail: 'hr@example-tw.example', subject: '面试邀请', body: '我们的有限公司诚邀您参加面试。' });
    expect(r.company).toBeNull();
  });

  it('a From name that is an organisation and its HR department names the organisation', () => {
    const r = extract({ fromName: '瀚宇國際物流 人資部', fromEmail: 'hr@hanyu-logistics.example', subject: '面試結果通知', body: '感謝您參加我們的面試。經過審慎考慮，我們認為您的經驗與該職位不太匹配。' });
    expect(r.company).toBe('瀚宇國際物流');
    expect(r.kind).toBe('other');
  });

  it('a department alone ("採用担当") names no organisation', () => {
    expect(extract({ fromName: '採用担当', fromEmail: 'hr@example-corp.example', subject: 'ご案内', body: '面接のご案内です。' }).company).toBeNull();
  });
});

describe('Chinese and Korean names: family name first, given name addressed', () => {
  it.each([
    ['林佳穎', '佳穎', '林佳穎'],
    ['张伟明', '伟明', '张伟明'],
    ['欧阳娜娜', '娜娜', '欧阳娜娜'],
    ['김도윤', '도윤', '김도윤'],
    ['佐藤 健太', '健太', '佐藤 健太'],
  ])('%s', (name, first, full) => {
    expect(parseCjkName(name)).toEqual({ first, full });
  });

  it.each([['张经理'], ['인사팀'], ['新卒 採用'], ['人事部'], ['面试官'], ['김대리'], ['株式会社'], ['박지훈 드림'], ['林佳穎 敬上'], ['此致 敬礼'], ['祝商祺'], ['謝謝您'], ['林協理'], ['한상무']])('%s is no person', (name) => {
    expect(parseCjkName(name)).toBeNull();
  });

  it('a Chinese From name is the recruiter', () => {
    const r = extract({ fromName: '周冠宇', fromEmail: 'kuanyu.chou@north-search.example', subject: '職涯機會', body: '您好，\n\n這個資深產品經理的機會仍然開放，團隊對於擁有您這樣背景的人才非常感興趣。\n\n周冠宇' });
    expect(r.firstName).toBe('冠宇');
    expect(r.fullName).toBe('周冠宇');
  });

  it('a Japanese name no list confirms is only suggested', () => {
    const r = extract({ fromName: '佐藤 健太', fromEmail: 'info@minato-tech.example', subject: '選考結果のご連絡', body: '先日はご応募いただきありがとうございました。慎重に選考いたしました結果、今回は採用を見送らせていただくことになりました。' });
    expect(r.firstName).toBeNull();
    expect(r.suggestions?.firstName).toBe('健太');
  });
});

describe('a job board relaying an employer that turns to the reader: the employer is named', () => {
  it.each([
    ['Spanish', 'EmpleaYa', 'notificaciones@empleaya.example', 'Invitación a postularte', 'Hola Renata,\n\nLa empresa Ferretería Los Andes te invita a postularte a la oferta "Vendedor de Mostrador".\n\nEl equipo de EmpleaYa', 'Ferretería Los Andes'],
    ['Polish', 'pracuj-teraz', 'powiadomienia@pracujteraz.example', 'Prośba o uzupełnienie profilu', 'Cześć Magda!\n\nFirma Budmax Północ jest zainteresowana Twoim profilem i prosi o uzupełnienie danych.\n\nZespół pracuj-teraz', 'Budmax Północ'],
    ['Italian', 'Talentia', 'notifiche@talentia.example', 'Nuova proposta', 'Ciao Marco,\n\nOfficine Brera ti ha inviato una proposta personalizzata.\n\nIl team Talentia', 'Officine Brera'],
    ['Portuguese', 'VagaCerta', 'convites@vagacerta.example', 'Convite para processo seletivo', 'Olá!\n\nPadaria Flor do Vale quer conhecer você.\n\nAcesse o link e confira a vaga.', 'Padaria Flor do Vale'],
  ])('%s', (_lang, fromName, fromEmail, subject, body, company) => {
    expect(extract({ fromName, fromEmail, subject, body }).company).toBe(company);
  });

  it('in mail a person sends, a name turning to the reader does not replace the employer', () => {
    const r = extract({ fromName: 'Lucía Mora', fromEmail: 'lucia.mora@cumbreandina.example', subject: 'Entrevista', body: 'Hola Renata,\n\nEl Comité Evaluador te invita a una entrevista el martes a las 10:00.\n\nLucía Mora\nCumbre Andina' });
    expect(r.company).toBe('Cumbre Andina');
  });

  it('a person inviting is no company', () => {
    const r = extract({ fromName: 'CineLink', fromEmail: 'convites@cinelink.example', subject: 'Convite: Técnico de Som', body: 'Helena Duarte convidou você para Técnico de Som. Responda pela plataforma.' });
    expect(r.company).not.toBe('Helena Duarte');
  });

  it("an employer's own invitation keeps the employer", () => {
    const r = extract({ fromName: 'Ferretería Los Andes S.A.C.', fromEmail: 'rrhh@ferreterialosandes.example', subject: 'Invitación', body: 'Hola Renata,\n\nFerretería Los Andes S.A.C. te invita a una entrevista el martes a las 10:00.\n\nRecursos Humanos' });
    expect(r.company).toBe('Ferretería Los Andes S.A.C.');
  });

  it('a board sending under its own name is no employer', () => {
    const r = extract({
      fromName: 'Creative Talent Network',
      fromEmail: 'support@ctn-jobboard.example',
      subject: 'Status update: your application for Motion Designer',
      body: 'Hi Sam,\n\nAn employer viewed your application for Motion Designer on Creative Talent Network.\n\nCreative Talent Network',
    });
    expect(r.company).toBeNull();
  });
});

describe('an approach read from more of its words', () => {
  it('an organisation interested in the reader’s profile (Polish) is outreach', () => {
    const r = extract({ fromName: 'pracuj-teraz', fromEmail: 'powiadomienia@pracujteraz.example', subject: 'Prośba o uzupełnienie profilu', body: 'Cześć Magda!\n\nFirma Budmax Północ jest zainteresowana Twoim profilem i prosi o uzupełnienie danych, aby przejść do następnego etapu rekrutacji.' });
    expect(r.kind).toBe('outreach');
  });

  it('a few minutes to talk, and "you’d be great at", are an approach', () => {
    const r = extract({
      fromName: 'Lumo Robotics',
      fromEmail: 'ops@lumorobotics.example',
      subject: 'Lumo Robotics',
      body: "Hi Colin - we build delivery robots. Based on your open-source work, we think you'd be great at Lumo.\n\nDo you have 10 minutes to talk on the phone tomorrow?",
    });
    expect(r.kind).toBe('outreach');
  });
});

describe('a search committee’s news to an applicant is no approach', () => {
  it('"we received a large number of applications" answers an application', () => {
    const r = extract({
      fromName: 'Marta Quill',
      fromEmail: 'mquill@northfield.example.edu',
      subject: 'Assistant Professor of History search',
      body: 'Dear Dr. Lane,\n\nThank you for your interest in the History faculty position at Northfield University. We received a large number of applications, and the committee has identified a short list of candidates whose experience more closely matches the department’s needs at this time.\n\nWe wish you every success.\n\nMarta Quill\nSearch Committee Chair',
    });
    expect(r.kind).toBe('other');
  });

  it('a cold approach that mentions applicants elsewhere stays an approach', () => {
    const r = extract({
      fromName: 'Dana Pike',
      fromEmail: 'dana@ridgeway.example',
      subject: 'Staff Engineer at Ridgeway',
      body: 'Hi Sam,\n\nI came across your profile and think you would be a strong fit for our Staff Engineer role. Would you be open to a 20 minute call next week?\n\nDana Pike\nRidgeway',
    });
    expect(r.kind).toBe('outreach');
  });
});

describe('what the round-19 reviews found', () => {
  const m = (fromName: string, fromEmail: string, subject: string, body: string) => extract({ fromName, fromEmail, subject, body });

  it('a cold approach that has had many applicants elsewhere is still an approach', () => {
    const r = m('Dana Pike', 'dana@ridgeway.example', 'Staff Engineer at Ridgeway', "We've received hundreds of applications for our Staff Engineer role, but none with your open-source background, so I wanted to reach out to you directly. Would you be interested in hearing more?");
    expect(r.kind).toBe('outreach');
  });

  it.each([
    ['a team with its article', 'Acme Recrutement', 'no-reply@acme.example', 'Le Service RH vous invite à un entretien pour le poste de Comptable.', 'Acme'],
    ['a possessive and a client', 'JobBote', 'benachrichtigung@jobbote.example', 'Unser Kunde Brinkhoff interessiert sich für Ihr Profil als Lagerleiter.', 'Brinkhoff'],
    ['a company noun with its article', 'JobBote', 'benachrichtigung@jobbote.example', 'Die Firma Brinkhoff interessiert sich für Ihr Profil als Lagerleiter.', 'Brinkhoff'],
    ['a person the lists know by family name', 'VagaCerta', 'convites@vagacerta.example', 'Juçara Tavares convidou você para uma entrevista na vaga de Analista Financeiro.', null],
    ['a title before a person', 'pracuj-teraz', 'powiadomienia@pracujteraz.example', 'Rekruterka Żaneta Wójcik zaprasza Cię na rozmowę kwalifikacyjną.', null],
    ['a team', 'EmpleaYa', 'notificaciones@empleaya.example', 'El Equipo de Selección te invita a una entrevista.', null],
  ])('turning to the reader: %s', (_label, fromName, fromEmail, body, company) => {
    expect(m(fromName, fromEmail, 'Aviso', body).company).toBe(company);
  });

  it.each([
    ['a card', 'Northbank', 'offers@northbank.example', 'Platinum', 'Northbank invites you to apply for the Platinum Rewards card. Enjoy 3% cashback.'],
    ['a scholarship', 'Fundación Horizonte', 'info@horizonte.example', 'Beca', 'La Fundación Horizonte te invita a postular a la Beca de Excelencia 2026.'],
    ['an investment pitch', '王明', 'wangming@fortune-cap.example', '投资', '很高兴与您分享一个难得的投资机会，年化收益可达8%。您是否有兴趣了解？'],
    ['a graduate school’s test', '研究生招生組', 'grad@nthu.example.edu.tw', '甄試通知', '感謝您報名本校資訊工程學系碩士班推薦甄試，請於11月20日參加甄試面談。'],
    ['a graduate school’s admission', '系辦', 'office@dept.example.edu.tw', '錄取通知', '恭喜您錄取本系碩士班甄試，請於 3 月 5 日前完成報到手續。'],
  ])('no job to decline: %s', (_label, fromName, fromEmail, subject, body) => {
    expect(m(fromName, fromEmail, subject, body).kind).toBe('other');
  });

  // Known misreading since the learned stage table (core/extract/stage-model.ts, round 24): no rule matches this sales
  // pitch, and its words ("a great fit", "15 minutes to chat next week") are a recruiter's approach's words, so the
  // table shows the button. Kept as a test that fails, so that a fix shows here.
  it.fails('no job to decline: a sales call (known misreading)', () => {
    expect(m('Kim Lee', 'kim@saasy.example', 'Beta', "I think you'd be a great fit for our beta program. Do you have 15 minutes to chat next week?").kind).toBe('other');
  });

  it.each([
    ['a check-in time under an invitation', '面試邀請：軟體工程師', '感謝您應徵本公司軟體工程師職缺，誠摯邀請您參加面試。面試日期：3月5日 報到時間：上午9:30，請至一樓櫃檯報到。', 'interview'],
    ['the footer "those not hired will not be told"', '面試邀請', '感謝您應徵本公司職缺，誠摯邀請您於3月5日上午10點至本公司進行面試。\n面試結果將於一週內以 email 通知，未錄取者恕不另行通知。', 'interview'],
    ['whether to hire, still to decide', '面試結果', '感謝您參加面試。我們將在綜合評估後決定是否錄取您，結果將於一週內通知。', 'other'],
    ['an offer notice only promised', '已收到履歷', '我們已收到您的履歷。如獲錄取，錄取通知將以 email 寄發。', 'other'],
    ['thanks for taking the time to interview', '感謝', '感謝您撥冗參加面試，結果將於一週內通知。', 'other'],
    ['bullets written with ・', '錄取通知', '恭喜您錄取本公司資料分析師職缺！\n・月薪：52,000\n・到職日：1月4日\n請於下週回覆。', 'offer'],
  ])('Taiwan: %s', (_label, subject, body, kind) => {
    expect(m('陳雅婷', 'hr@hongyu.example', subject, body).kind).toBe(kind);
  });

  it.each([
    ['a Japanese name without a space', '高田誠', 'makoto.takada@minato-tech.example', '面接のご案内', '山田様\n\n一次面接のご案内です。ご都合のよい日時をお知らせください。\n\n高田誠'],
    ['a company written like a Korean name', '신세계', 'recruit@shinsegae.example', '면접 안내', '안녕하세요. 1차 면접 안내드립니다.'],
    ['a company written like a Chinese name', '周大福', 'hr@ctf.example', '面试邀请', '您好，诚邀您参加面试。'],
    ['a title after a family name', '張經理', 'hr@hongyu.example', '面試邀請', '誠摯邀請您參加面試。\n\n張經理'],
  ])('no name stated: %s', (_label, fromName, fromEmail, subject, body) => {
    expect(m(fromName, fromEmail, subject, body).firstName).toBeNull();
  });

  it.each([
    ['a division before the department: the legal name below wins', '営業本部 採用担当', '一次面接のご案内です。\n\nミドリ精工株式会社 営業本部', 'ミドリ精工株式会社'],
    ['a group word', '集团人力资源部', '诚邀您参加面试。\n\n星河控股集团有限公司', '星河控股集团有限公司'],
    ['"welcome to apply to" before the name', '人资部', '您好，欢迎应聘深蓝数据科技有限公司的数据分析师岗位。诚邀您参加面试。', '深蓝数据科技有限公司'],
    ['an address run into the name: none', '人资部', '诚邀您参加面试。\n面试地点：上海市浦东新区张江路88号深蓝数据科技有限公司', null],
    ['和 inside a name', '人資', '感謝您應徵和碩聯合科技股份有限公司軟體工程師職缺，誠摯邀請您參加面試。', '和碩聯合科技股份有限公司'],
  ])('Chinese and Japanese companies: %s', (_label, fromName, body, company) => {
    expect(m(fromName, 'hr@example-hr.example', '面试邀请', body).company).toBe(company);
  });

  it('a headhunter from an agency names no employer', () => {
    const r = m('Amy', 'amy@borui.example', '机会', '您好，我是来自博睿人才顾问有限公司的猎头Amy，看到您的简历，您是否有兴趣了解一个数据分析师的职位机会？');
    expect(r.company).toBeNull();
    expect(r.kind).toBe('outreach');
  });
});

describe('what the review of the round-19 mends found', () => {
  const m = (fromName: string, fromEmail: string, subject: string, body: string) => extract({ fromName, fromEmail, subject, body });

  it.each([
    ['a day', 'Recruiting', 'recruit@hanul.example', '면접 안내', '안녕하세요.\n면접일은 금요일입니다.'],
    ['a company greeting the reader', '', 'recruit@emart.example', '면접 안내', '안녕하세요. 이마트입니다. 1차 면접 안내드립니다.'],
    ['a company that signs its name, from a team mailbox', '신세계', 'recruit@shinsegae.example', '면접 안내', '1차 면접 안내드립니다.\n\n신세계'],
    ['a company that signs its name, from HR', '周大福', 'hr@ctf.example', '面试邀请', '您好，诚邀您参加面试。\n\n周大福'],
  ])('no name stated: %s', (_label, fromName, fromEmail, subject, body) => {
    expect(m(fromName, fromEmail, subject, body).firstName).toBeNull();
  });

  it('a person writing from their own mailbox and signing is named, a surname that is also a word (謝) included', () => {
    const r = m('謝雅婷', 'yating.hsieh@hongyu.example', '面試邀請', '感謝您應徵本公司職缺，誠摯邀請您參加面試。\n\n謝雅婷');
    expect(r.firstName).toBe('雅婷');
  });

  it('a department before a signed name is cut; an unconfirmed name is only suggested', () => {
    const r = m('人力资源部', 'hr@xinghe.example', '面试邀请', '感谢您应聘本公司职位，诚邀您参加面试。\n\n人資部 蘇郁婷');
    expect(r.firstName).toBeNull();
    expect(r.suggestions?.firstName).toBe('郁婷');
  });

  it.each([
    ['a rejection that promises future invitations on a condition', '很遗憾，您未能通过本次筛选，若有合适岗位，我们会邀请您参加面试。', 'other'],
    ['an offer notice sent as an attachment', '恭喜！錄取通知以附件寄送，請查收。感謝您應徵本公司職缺。', 'offer'],
    ['thanks for last week’s phone interview', '感谢您参加上周的电话面试，结果将于一周内通知。', 'other'],
    ['a requirement of a master’s degree', '지원해 주셔서 감사합니다. 1차 면접 안내드립니다. 자격요건: 대학원 석사 이상', 'interview'],
    ['a school hiring a teacher', '本校113學年度專任教師甄選，誠摯邀請您參加面試。感謝您應徵本校職缺。', 'interview'],
    ['a research institute', '感谢您应聘研究员岗位，诚邀您来我们研究所参加面试。', 'interview'],
    ['an admissions adviser’s post', '感谢您应聘招生顾问岗位，诚邀您参加面试。', 'interview'],
  ])('stage: %s', (_label, body, kind) => {
    expect(m('HR', 'hr@xinghe.example', '通知', body).kind).toBe(kind);
  });

  it('若干名 (a few people) keeps a closed post closed', () => {
    expect(m('採用担当', 'saiyo@minato.example', '募集終了のお知らせ', '営業職の若干名の募集は終了いたしました。ご応募ありがとうございました。').kind).toBe('other');
  });

  it.each([
    ['a design firm (室 inside the name)', '人资部', '诚邀您参加面试。\n\n上海境象室内设计有限公司', '上海境象室内设计有限公司'],
    ['由 starting a name: as often "by", so none', '人資部', '誠摯邀請您參加面試。\n\n由田新技股份有限公司', null],
    ['a third party below the sender’s own organisation', '星河科技 人力资源部', '诚邀您参加面试。\n测评平台：北森云计算有限公司', '星河科技'],
    ['a group in the From name', '阿里巴巴集团 招聘组', '诚邀您参加面试。', '阿里巴巴集团'],
    ['a Japanese group in the From name', '楽天グループ 採用担当', '一次面接のご案内です。', '楽天グループ'],
    ['a Korean name starting with 인사', '인사이트랩 인사팀', '1차 면접 안내드립니다.', '인사이트랩'],
  ])('company: %s', (_label, fromName, body, company) => {
    expect(m(fromName, 'hr@example-hr.example', '面试邀请', body).company).toBe(company);
  });


  it.each([
    ['English', 'Northwind Careers', 'careers@northwind.example', 'Northwind invites you to apply for Backend Engineer. Apply by Friday.'],
    ['Spanish', 'EmpleaYa', 'notificaciones@empleaya.example', 'La empresa Grupo Andino te invita a postularte a Analista Contable.'],
    ['French', 'JobFr', 'notifications@jobfr.example', 'Atelier Morel vous invite à postuler : Comptable.'],
  ])('an invitation to apply for a job is an approach (%s)', (_lang, fromName, fromEmail, body) => {
    expect(m(fromName, fromEmail, 'Invitation', body).kind).toBe('outreach');
  });

  it.each([
    ['a firm named for a family', 'Die Firma Müller interessiert sich für Ihr Profil als Lagerleiter.', 'Müller'],
    ['a doctor', 'Dr. Nkemelu interessiert sich für Ihr Profil als Lagerleiter.', null],
  ])('turning to the reader: %s', (_label, body, company) => {
    expect(m('JobBote', 'benachrichtigung@jobbote.example', 'Profil', body).company).toBe(company);
  });
});

describe('what the second review of the round-19 mends found', () => {
  const m = (fromName: string, fromEmail: string, subject: string, body: string) => extract({ fromName, fromEmail, subject, body });

  it.each([
    ['a hiring label (キャリア採用)', 'キャリア採用 担当', '一次面接のご案内です。\n\nミドリ精工株式会社', 'ミドリ精工株式会社'],
    ['a hiring label glued to its department (경력채용)', '경력채용 담당자', '1차 면접 안내드립니다.\n\n한빛소프트 주식회사', '한빛소프트 주식회사'],
    ['a campus-hiring label (校园招聘)', '校园招聘 招聘组', '诚邀您参加面试。\n\n星河科技有限公司', '星河科技有限公司'],
    ['a job board (智联招聘)', '智联招聘 招聘组', '星河科技有限公司诚邀您参加面试。', '星河科技有限公司'],
    ['Huawei (为 inside the name)', '人资部', '感谢您应聘华为技术有限公司的软件工程师岗位，诚邀您参加面试。', '华为技术有限公司'],
    ['a place given with 为', '人资部', '诚邀您参加面试。面试地点为上海深蓝数据科技有限公司', '上海深蓝数据科技有限公司'],
    ['a floor run into the name: none', '人资部', '诚邀您参加面试。面试地点：深圳市南山区科技园大厦8楼深蓝数据科技有限公司', null],
    ['由 as "by": none', '人资部', '诚邀您参加面试。本次面试安排，由深蓝数据科技有限公司人力资源部负责。', null],
  ])('company under a hiring label or in a sentence: %s', (_label, fromName, body, company) => {
    expect(m(fromName, 'hr@example-hr.example', '面试邀请', body).company).toBe(company);
  });

  it('a refusal supposed on a condition ("若未獲錄取") leaves the invitation standing', () => {
    const r = m('陳雅婷', 'hr@hongyu.example', '面試邀請', '感謝您應徵本公司職缺。誠摯邀請您參加下週二的面試。若未獲錄取，您的資料將保留於人才庫。');
    expect(r.kind).toBe('interview');
  });

  it.each([
    ['a credit risk analyst', 'Northwind invites you to apply for our Credit Risk Analyst role.'],
    ['an events coordinator', 'Northwind invites you to apply for the Events Coordinator job.'],
  ])('an invitation to apply for a job whose title holds a word of another offer (%s) is an approach', (_label, body) => {
    expect(m('Northwind Careers', 'careers@northwind.example', 'Role', body).kind).toBe('outreach');
  });

  it.each([
    ['an article before the name', 'Die Allianz interessiert sich für Ihr Profil als Lagerleiter.', null],
    ['an acronym that is a title elsewhere (ING)', 'ING interessiert sich für Ihr Profil als Lagerleiter.', 'ING'],
  ])('turning to the reader: %s', (_label, body, company) => {
    expect(m('JobBote', 'benachrichtigung@jobbote.example', 'Profil', body).company).toBe(company);
  });

  it.each([
    ['an admissions office hiring', '感谢您应聘我校招生办公室专员岗位，诚邀您参加面试。'],
    ['a university hiring admissions staff', '입학 전형 담당 직원 채용에 지원해 주셔서 감사합니다. 1차 면접 안내드립니다.'],
  ])('a school hiring is no admission: %s', (_label, body) => {
    expect(m('HR', 'hr@school.example', '面试邀请', body).kind).toBe('interview');
  });

  it.each([['祝安好'], ['祝愉快'], ['祝 好'], ['黄金周']])('%s is no person', (name) => {
    expect(parseCjkName(name)).toBeNull();
  });
});
