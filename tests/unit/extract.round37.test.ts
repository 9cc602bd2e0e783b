// Hand-written messages for the mechanisms of issue 14's thirty-first round (gathering round 37). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('an interview, a guest spot or a place that is no job has nothing to decline', () => {
  it.each([
    ['a journalist', 'Interview request: harbour dredging', "Hi Dr. Ambrose,\n\nI'm a reporter at the Coastline Courier and I'm working on a story about the harbour dredging plans. Could we do a short phone interview on Thursday?\n\nThanks,\nNell Okafor"],
    ['a podcast', 'Guest on Ledger Talk?', "Hi Sam,\n\nI host Ledger Talk, a weekly show for small-business owners. Would you be a guest on an upcoming episode? We record remotely, about 40 minutes.\n\nA few dates that work: Monday 3 March, Wednesday 5 March.\n\nNell Okafor"],
    ['a user study', 'Invitation: 30-minute research session', 'Hi Sam,\n\nWe are running a user research study on our budgeting app and would love to hear from you. The session is a 30-minute video interview; participants receive a $40 voucher.\n\nPick a slot here: https://example.com/slots\n\nThe Brightledger research team'],
    ['an admission', 'Your admission to the MSc programme', 'Dear Sam,\n\nI am pleased to tell you that you have been admitted to the MSc Marine Biology programme, starting in October. We are also offering you a full scholarship. In your first term you will interview with several faculty members before choosing an advisor.\n\nPlease let us know your decision by 15 April.\n\nProfessor Nell Okafor'],
  ])('%s', (_what, subject, body) => {
    const r = extract({ fromName: 'Nell Okafor', fromEmail: 'nell@example.org', subject, body });
    expect(r.kind).toBe('other');
  });
  it('a press interview about a job stays a job interview', () => {
    const body = 'Hi Sam,\n\nThank you for your application for the Staff Reporter position. We would like to invite you to an interview for the role on Thursday at 10:00.\n\nBest,\nNell Okafor\nCoastline Courier';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@coastlinecourier.example', subject: 'Interview: Staff Reporter', body }).kind).toBe('interview');
  });
  it('a recruiter selling candidates to the reader as an employer', () => {
    const body = "Hi Sam,\n\nI help growing teams hire faster: we deliver 4 screened candidates within 10 days, and you only pay on placement.\n\nIf you're hiring for a Site Manager, I can send a short plan.\n\nNell Okafor\nQuickfill Staffing";
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@quickfill.example', subject: 'Screened candidates in 10 days', body }).kind).toBe('other');
  });
});

describe('paid work put to the reader outside a payroll is an approach', () => {
  it.each([
    ['[lumen/chartkit] Do you do freelance work? (#41)', "Hi,\n\nI'm looking for a developer who can help me build a small booking tool on top of your library. Do you do freelance work? Budget depends on scope.\n\nThanks"],
    ['[lumen/chartkit] Custom work? (#42)', "Hi there,\n\nWe run a scheduling app with a few thousand users. Are you available for hire for custom work on your charting library?\n\nLet me know,\nNell"],
  ])('%s', (subject, body) => {
    expect(extract({ fromName: 'nellokafor', fromEmail: 'notifications@github.com', subject, body }).kind).toBe('outreach');
  });
});

describe('a request for a time in the other languages keeps an application mail an invitation', () => {
  it('German: "gerne … kennenlernen" with words between, and "wann Sie Zeit haben"', () => {
    const body = 'Guten Tag Herr Brandt,\n\nvielen Dank für Ihr Interesse. Wir haben Ihre Bewerbung erhalten und würden Sie gerne in einem kurzen Telefonat persönlich kennenlernen.\n\nBitte teilen Sie uns mit, wann Sie Zeit haben.\n\nMit freundlichen Grüßen\nJana Wolff\nLindquist Spedition GmbH';
    expect(extract({ fromName: 'Jana Wolff', fromEmail: 'j.wolff@lindquist-spedition.example', subject: 'Ihre Bewerbung bei Lindquist Spedition', body }).kind).toBe('interview');
  });
  it('an acknowledgement that asks for nothing stays one', () => {
    const body = 'Guten Tag Herr Brandt,\n\nwir haben Ihre Bewerbung erhalten und melden uns in den nächsten Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nJana Wolff\nLindquist Spedition GmbH';
    expect(extract({ fromName: 'Jana Wolff', fromEmail: 'j.wolff@lindquist-spedition.example', subject: 'Ihre Bewerbung bei Lindquist Spedition', body }).kind).toBe('other');
  });
});

describe('a Spanish application subject ("Su solicitud de empleo") is an application', () => {
  it('a polite refusal under it is no approach', () => {
    const body = 'Estimado,\n\nLe agradecemos por su interés y su tiempo.\nLe deseamos lo mejor en sus futuros proyectos.\n\nSaludos\n--\nConservas Llanes\nEl equipo de RR.HH.';
    expect(extract({ fromName: 'Conservas Llanes - RR. HH.', fromEmail: 'rrhh@conservas-llanes.example', subject: 'Su solicitud de empleo: Técnico de laboratorio', body }).kind).toBe('other');
  });
});

describe("an agency that speaks of the companies it works with is no employer", () => {
  it.each([
    'I am a recruiter at Brightpath. One of the labs we work with is hiring a Staff Engineer and your profile is a strong match. Open to a conversation?',
    'Hi Sam, one of the startups we partner with is looking for a Head of Data. Would you be open to a chat?\n\nNell Okafor\nBrightpath',
  ])('%s', (body) => {
    const r = extract({ fromName: 'Nell Okafor', fromEmail: 'nell@brightpath.example', subject: 'A role that matches your profile', body });
    expect(r.company).toBeNull();
  });
  it('an employer that speaks of its own team stays the employer', () => {
    const body = "Hi Sam,\n\nI'm a recruiter at Brightwell. We're hiring a Staff Engineer for our platform team and your profile is a strong match. Open to a conversation?\n\nNell Okafor\nBrightwell";
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@brightwell.example', subject: 'Staff Engineer at Brightwell', body }).company).toBe('Brightwell');
  });
});

describe('careers and recruitment teams in Turkish are a department, not the name', () => {
  it.each([
    ['PusulaSoft Kariyer', 'Saygılarımızla'],
    ['PusulaSoft İK Ekibi', 'PusulaSoft İşe Alım Ekibi'],
  ])('%s', (fromName, signature) => {
    const body = `Merhaba Deniz,\n\nBaşvurunuz için teşekkür ederiz. Sizi Perşembe 14:00 için mülakata davet ediyoruz.\n\n${signature}`;
    const r = extract({ fromName, fromEmail: 'kariyer@pusulasoft.example', subject: 'Mülakat Daveti - Frontend Developer', body });
    expect(r.company ?? r.suggestions?.company).toBe('PusulaSoft');
  });
});

describe('a title keeps its words and loses the contract term before it', () => {
  it('"Applications Development Manager" after a field label keeps its first word', () => {
    const body = 'POSITION TITLE: Applications Development Manager. Reports to the Director of IT.\n\nIf interested, send your resume.\n\nNell Okafor\nOkafor Search';
    const r = extract({ fromName: 'Nell Okafor', fromEmail: 'nell@okaforsearch.example', subject: 'Opportunity', body });
    expect(r.role ?? r.suggestions?.role).toBe('Applications Development Manager');
  });
  it.each(['a 3 month', 'a 6-month'])('"%s Programmer Analyst Position"', (term) => {
    const body = `Hello,\n\nBrightledger has ${term} Programmer Analyst Position available in Leeds. If you are interested, please reply with your resume.\n\nNell Okafor`;
    const r = extract({ fromName: 'Nell Okafor', fromEmail: 'nell@brightledger.example', subject: 'Contract opportunity', body });
    expect(r.role ?? r.suggestions?.role).toBe('Programmer Analyst');
  });
});

describe('a name stated after "this is" needs a given name or another place that writes it', () => {
  it('"this is Bad Taste, I know" names nobody', () => {
    const body = "Well, all... this is Bad Taste, I know, but here is what a recruiter told me about rates.\n\n-- Tom";
    const r = extract({ fromName: 'The Goobers', fromEmail: 'goobers@example.net', subject: "A recruiter's view?", body });
    expect(r.firstName).not.toBe('Bad');
  });
  it('"this is Priya from Lumen" still names Priya', () => {
    const body = 'Hi Sam,\n\nThis is Priya from Lumen. We are hiring a Data Engineer and your profile looks like a great fit. Open to a chat?\n\nThanks!';
    expect(extract({ fromName: 'Lumen Careers', fromEmail: 'jobs@lumen.example', subject: 'Data Engineer at Lumen', body }).firstName).toBe('Priya');
  });
});

describe('full-width brackets in a From name read as brackets', () => {
  it('"Nell Okafor（Brightpath）" is Nell Okafor of Brightpath', () => {
    const body = 'Hi Sam,\n\nI came across your profile and we are hiring a Data Engineer. Open to a chat?\n\nThanks';
    const r = extract({ fromName: 'Nell Okafor（Brightpath）', fromEmail: 'nell@brightpath.example', subject: 'Data Engineer at Brightpath', body });
    expect(r.firstName).toBe('Nell');
  });
});

describe('a title framed in Korean and Chinese mail', () => {
  it('a position field after a list mark ("a. 포지션: 백엔드 개발자")', () => {
    const body = '(주)누리소프트에서 아래와 같이 처우안을 제시드립니다.\n1. 처우\n  a. 포지션: 백엔드 개발자\n  b. 고용 형태: 정규직\n  c. 연봉: 5,000 만원';
    const r = extract({ fromName: '누리소프트 채용팀', fromEmail: 'hr@nurisoft.example', subject: '안녕하세요, 김하늘님', body });
    expect(r.role ?? r.suggestions?.role).toBe('백엔드 개발자');
  });
  it('a title in 【】 before a position word ("【测试开发工程师】岗位")', () => {
    const body = '尊敬的 李明，您好！\n\n很高兴通知您，您的简历已通过初步筛选，我们诚邀您参加【测试开发工程师】岗位的视频面试。\n\n招聘团队';
    const r = extract({ fromName: '招聘系统', fromEmail: 'noreply@zhaopin-sys.example', subject: '面试邀请', body });
    expect(r.role ?? r.suggestions?.role).toBe('测试开发工程师');
  });
});

describe("a friend's referral to a job at the company where the sender works is an approach", () => {
  it.each([
    ['fr', "Bonjour,\n\nIl y a une offre d'emploi pour Technicien réseau dans mon entreprise ! Jette un œil.\n\nVoir l'offre"],
    ['it', "Ciao,\n\nCi sono delle offerte di lavoro nella mia azienda! Dai un'occhiata.\n\nVedi offerte"],
    ['pt', 'Olá,\n\nHá algumas vagas de emprego na empresa onde trabalho! Dê uma olhada.\n\nVer vagas'],
    ['en', 'Hi,\n\nThere is a job opening for a Network Technician at my company. Take a look!\n\nSee the job'],
  ])('%s', (_lang, body) => {
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell.okafor@brightpath.example', subject: 'Job for you', body }).kind).toBe('outreach');
  });
  it('a colleague writing about their company without a job is nothing to decline', () => {
    const body = 'Hi,\n\nIn my company we moved the whole build to the new compiler last month; it went fine.\n\nNell';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell.okafor@brightpath.example', subject: 'Compiler upgrade', body }).kind).toBe('other');
  });
});

describe('"Application" as a field of work in a subject names no application', () => {
  it('"Application Development Manager Opportunity" from a search firm is an approach', () => {
    const body = 'Hello,\n\nPOSITION: Application Development Manager, reporting to the CIO of a financial services client.\n\nIf you are interested, or know someone who is, please send your resume.\n\nNell Okafor\nOkafor Search';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@okaforsearch.example', subject: 'Application Development Manager Opportunity', body }).kind).toBe('outreach');
  });
});

describe("a region's office after a company's name is the company's unit", () => {
  it('"Brightpath MENA"', () => {
    const body = 'Hi Sam,\n\nWe are hiring a Staff Engineer for our Dubai office and your profile is a strong match. Open to a conversation?\n\nNell Okafor';
    const r = extract({ fromName: 'Brightpath MENA Talent', fromEmail: 'talent@brightpath.example', subject: 'Staff Engineer', body });
    expect(r.company ?? r.suggestions?.company).toBe('Brightpath');
  });
});

describe("a US IT staffing firm's signs make it an agency", () => {
  it.each(['Implementation Partner: Northwind Consulting', 'Rate: $70/hr on C2C.', 'Our end client is a large automaker in Dearborn.', 'This is not an unsolicited mail. Under Bill s.1618 Title III passed by the 105th US Congress this mail cannot be considered spam.'])('%s', (line) => {
    const body = `Java Backend Engineer – Hybrid in Dearborn, MI\n\n${line}\n\nPlease share your updated resume if interested.\n\nNell Okafor\nSenior Recruiter – Brightpath Corporation`;
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell.okafor@brightpath.example', subject: 'Java Backend Engineer – Hybrid', body }).company).toBeNull();
  });
});

describe("the review's counter-examples keep their reading", () => {
  const from = { fromName: 'Helen Marsh', fromEmail: 'helen@brightwell.example' };
  it.each([
    ['an onsite interview that asks for an ID at the door', 'Onsite interview – Senior Engineer', 'Hi Sam,\n\nWe would like to invite you to an onsite interview with the team on Thursday 6 March at 10:00. Please bring a photo ID for admission to the building.\n\nHelen', 'interview'],
    ['an interview for a Feature Writer post', 'Interview', 'Hi Sam,\n\nWe would like to interview you for the Senior Feature Writer post on Tuesday 4 March at 10:00.\n\nHelen', 'interview'],
    ['a usability session as a hiring step', 'Your next step at Brightwell', 'Hi Sam,\n\nThe team enjoyed meeting you. As a final step we would like you to run a 30-minute usability session with two of our designers on Friday at 14:00.\n\nHelen', 'interview'],
    ['an interview with a P.S. about hiring needs', 'Interview confirmed – Head of Engineering', "Hi Sam,\n\nGreat news: the client would like to interview you for the Head of Engineering position on Tuesday at 10:00 at their office.\n\nP.S. Once you're settled in, I'd love to help with your hiring needs.\n\nHelen", 'interview'],
    ['a recruiter role that presents candidates', 'Senior Recruiter opportunity', 'Hi Sam,\n\nI came across your profile and think you would be a great fit for a Senior Technical Recruiter role at Talentforge. You would own the full cycle, presenting qualified candidates to hiring managers across EMEA.\n\nOpen to a quick chat this week?\n\nHelen Marsh', 'outreach'],
    ['workplace chatter about a job at my company', 'Re: backups', 'We hit the same thing at my company: the nightly backup job runs twice after the clock change.\n\nHelen', 'other'],
    ['a signature offering freelance projects', 'Re: the patch', 'Thanks, merged.\n\nHelen Marsh\nAvailable for freelance projects: https://marsh.example', 'other'],
  ])('%s', (_what, subject, body, kind) => {
    expect(extract({ ...from, subject, body }).kind).toBe(kind);
  });
  it.each([
    ["I'm Chidinma, a recruiter at Lumen.", 'Chidinma'],
    ['My name is Ngaio and I am a recruiter at Lumen.', 'Ngaio'],
  ])('"%s" still names the recruiter', (line, first) => {
    const body = `Hi Sam,\n\n${line} We are hiring a Data Engineer and your profile looks like a great fit. Open to a chat?\n\nThanks!`;
    expect(extract({ fromName: 'Lumen Careers', fromEmail: 'jobs@lumen.example', subject: 'Data Engineer at Lumen', body }).firstName).toBe(first);
  });
  it.each([
    ["I'm a recruiter at Vintly, Europe's largest C2C marketplace. We're hiring a Staff Engineer for our payments team. Open to a chat?", 'vintly', 'Vintly'],
    ['This is a full-time W2 only role with benefits, no third parties. We are hiring a Staff Engineer at Brightwell. Open to a chat?', 'brightwell', 'Brightwell'],
  ])('an employer keeps its name: %s', (text, domain, company) => {
    const body = `Hi Sam,\n\n${text}\n\nHelen Marsh\n${company}`;
    expect(extract({ fromName: 'Helen Marsh', fromEmail: `helen@${domain}.example`, subject: 'Staff Engineer', body }).company).toBe(company);
  });
  it('"Transportes Mena" keeps its last word', () => {
    const body = 'Hola Sam,\n\nGracias por tu interés. Te invitamos a una entrevista el jueves a las 10:00 para el puesto de Conductor.\n\nTransportes Mena';
    const r = extract({ fromName: 'Transportes Mena', fromEmail: 'rrhh@transportesmena.example', subject: 'Entrevista - Conductor', body });
    expect(r.company ?? r.suggestions?.company).toBe('Transportes Mena');
  });
  it('"Tu solicitud de visita" is no job application', () => {
    const body = 'Hola Sam,\n\nGracias por tu solicitud. ¿Cuándo tienes tiempo para una visita al piso el lunes a las 18:00?\n\nHelen';
    expect(extract({ ...from, subject: 'Tu solicitud de visita', body }).kind).not.toBe('interview');
  });
});
