// Hand-written messages for the mechanisms of issue 14's twenty-ninth round (gathering round 35). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { confidence } from '../../core/extract/confidence';
import { extract } from '../support/extract-message';

describe('a job title cut short is offered, not stated', () => {
  it('a bracket the mail goes on inside', () => {
    const body = "Hi Sam,\n\nWe're hiring Platform Engineers (Mid to Senior) at Quillfeather and your work on observability stood out. Would you be up for a chat next week?\n\nDana Morrow\nTalent Partner, Quillfeather";
    const r = extract({ fromName: 'Dana Morrow', fromEmail: 'dana@quillfeather.example', subject: "We're hiring: Platform Engineers (Mid to Senior)", body });
    expect(r.role).toBeNull();
  });
  it('a bracket the mail closes where the title does stays stated', () => {
    const body = "Hi Sam,\n\nWe're hiring a Platform Engineer (Remote) at Quillfeather and your work on observability stood out. Would you be up for a chat next week?\n\nDana Morrow\nTalent Partner, Quillfeather";
    const r = extract({ fromName: 'Dana Morrow', fromEmail: 'dana@quillfeather.example', subject: 'Platform Engineer (Remote) at Quillfeather', body });
    expect(r.role).toMatch(/^Platform Engineer/);
  });
  it.each([
    ['French', 'Votre candidature — Responsable achats et logistique', 'Bonjour Paul,\n\nNous avons bien reçu votre candidature au poste de Responsable achats et logistique. Nous aimerions vous rencontrer mardi prochain pour un entretien.\n\nCordialement,\nInès Caradec\nAtelier Vermeil'],
    ['Polish', 'Zaproszenie na rozmowę — Specjalista ds. zakupów i logistyki', 'Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną na stanowisko Specjalista ds. zakupów i logistyki w czwartek o 10:00.\n\nPozdrawiamy,\nInès Caradec\nAtelier Vermeil'],
  ])('%s: a second complement joined by "and" where the title goes on in lower case', (_lang, subject, body) => {
    const r = extract({ fromName: 'Inès Caradec', fromEmail: 'ines@vermeil.example', subject, body });
    expect(r.role).toBeNull();
    expect(r.suggestions?.role).toMatch(/^(?:Responsable achats|Specjalista ds\. zakupów)$/);
  });
  it.each([
    ['pt', 'Olá Renata,\n\nAgradecemos seu interesse na vaga de Analista Financeiro e gostaríamos de convidá-la para uma entrevista na quinta-feira às 10h.\n\nBeatriz Lins\nCasa Aroeira', 'Analista Financeiro'],
    ['fr', 'Bonjour Paul,\n\nVotre candidature au poste de Comptable Senior et souhaitons vous rencontrer jeudi à 10 h pour un entretien.\n\nInès Caradec\nAtelier Vermeil', 'Comptable Senior'],
  ])('%s: after a capitalised last word, "and" goes on with the sentence', (_lang, body, role) => {
    expect(extract({ fromName: 'Beatriz Lins', fromEmail: 'beatriz@casaaroeira.example', subject: 'Convite', body }).role).toBe(role);
  });
  it('"and" before the rest of the sentence ends no title', () => {
    const body = 'Hola Marta,\n\nQueremos agradecerte por tu interés en la posición de Analista Contable y por tu tiempo. Nos gustaría invitarte a una entrevista el lunes.\n\nSaludos,\nInès Caradec\nAtelier Vermeil';
    const r = extract({ fromName: 'Inès Caradec', fromEmail: 'ines@vermeil.example', subject: 'Entrevista', body });
    expect(r.role).toBe('Analista Contable');
  });
});

describe('a one-word From name the mailbox spells', () => {
  const body = 'Bonjour,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste de Comptable, jeudi à 14 h.\n\nCordialement,\nService recrutement';
  it('is no person when no list knows it as a given name', () => {
    const r = extract({ fromName: 'Talentrio', fromEmail: 'recrutement.talentrio@gmail.example', subject: 'Invitation à un entretien', body });
    expect(r.firstName).toBeNull();
  });
  it('an unlisted given name the signature signs too stays the person', () => {
    const r = extract({ fromName: 'Nkechi', fromEmail: 'nkechi@brightwave.example', subject: 'Invitation à un entretien', body: body.replace('Service recrutement', 'Nkechi\nRH, Brightwave') });
    expect(r.firstName).toBe('Nkechi');
  });
  it('a known given name stays the person', () => {
    const r = extract({ fromName: 'Camille', fromEmail: 'camille.recrutement@gmail.example', subject: 'Invitation à un entretien', body: body.replace('Service recrutement', 'Camille') });
    expect(r.firstName).toBe('Camille');
  });
});

describe('a list of the hiring process ends no job title', () => {
  it.each(['Sales Director Referrals', 'Java Developer Openings', 'Data Engineer Requirements'])('%s', (value) => {
    expect(confidence('role', 'subject', value)).toBe(0);
  });
  it('a qualifier after a dash is spared', () => {
    expect(confidence('role', 'subject', 'Recruiter - Referrals')).toBeGreaterThan(0);
  });
});

describe("a brand's capitals", () => {
  it.each(['GSoC Mentors', 'JPMorgan'])('%s is no person', (value) => {
    expect(confidence('name', 'display', value)).toBe(0);
  });
  it.each(['Jo Ellis', 'DeShawn Carter', 'McKenzie Hale', 'IJsbrand de Wit'])('%s stays a person', (value) => {
    expect(confidence('name', 'display', value)).toBeGreaterThan(0.5);
  });
});

describe('a big city is no employer', () => {
  it.each(['São Paulo', 'Bengaluru', 'Tel Aviv'])('%s', (value) => {
    expect(confidence('company', 'stated', value)).toBe(0);
  });
});

describe("a hiring tool's name", () => {
  it.each(['Interview Scheduler', 'Kestrel ATS'])('%s is no employer', (value) => {
    expect(confidence('company', 'domain-named', value)).toBe(0);
  });
  it.each(['Kestrel Analytics', 'Atlas Scheduling Services'])('%s stays an employer', (value) => {
    expect(confidence('company', 'domain-named', value)).toBeGreaterThan(0.5);
  });
});

describe('after the first look', () => {
  it('mail the forwarder received, from an author without an address, has the forwarder as its reader', () => {
    const body = ['>From: Larchmont Staffing', '>To: nadia.k@hotmail.com', '>Subject: Larchmont Career Opportunities', '>', '>Dear Nadia:', '>Thanks for answering our job posting. If there is a match between your qualifications and our needs, we will contact you.', '>', '>Larchmont'].join('\n');
    const r = extract({ fromName: 'Nadia Korsak', fromEmail: 'nadia.k@hotmail.com', subject: 'Fwd: Larchmont Career Opportunities', body });
    expect(r.firstName).toBeNull();
  });
  it("a colleague's forward of internal mail written to her, from an author without an address, keeps the colleague", () => {
    const body = ['Alex, FYI: the schedule is confirmed, see below.', '', 'Dana', '', '---------- Forwarded message ---------', 'From: Harrowgate Interview Scheduling', 'Subject: Interview confirmed - Senior Gas Trader', 'To: <dana.okafor@harrowgate.example>', '', 'Your interview with Alex Rivera for the Senior Gas Trader position is confirmed for Tuesday at 10:00.'].join('\n');
    const r = extract({ fromName: 'Dana Okafor', fromEmail: 'dana.okafor@harrowgate.example', subject: 'Fwd: Interview confirmed - Senior Gas Trader', body });
    expect(r.firstName).toBe('Dana');
  });
  it('an application approved for an interview is the interview, not an offer', () => {
    const body = 'Olá Renata,\n\nTemos boas notícias! Sua candidatura foi aprovada e gostaríamos de agendar uma entrevista na quinta-feira às 10h.\n\nAtenciosamente,\nBeatriz Lins\nCasa Aroeira';
    expect(extract({ fromName: 'Beatriz Lins', fromEmail: 'beatriz@casaaroeira.example', subject: 'Entrevista agendada - Analista Financeira', body }).kind).toBe('interview');
  });
  it('an application approved, with an invitation to a next stage only, stays an offer', () => {
    const body = 'Olá Renata,\n\nParabéns! Você foi aprovada! Convidamos você para a próxima etapa: a assinatura do contrato de trabalho.\n\nAtenciosamente,\nBeatriz Lins\nCasa Aroeira';
    expect(extract({ fromName: 'Beatriz Lins', fromEmail: 'beatriz@casaaroeira.example', subject: 'Resultado - Analista Financeira', body }).kind).toBe('offer');
  });
  it.each([
    ['family name first, the mailbox its initial and family name', 'Marwick Jonathan', 'jmarwick@corvane.example', 'Jonathan'],
    ['given name first, the mailbox both names family name first', 'Thomas Weber', 'weber.thomas@corvane.example', 'Thomas'],
    ['given name first, the mailbox family and given name run together', 'Wei Zhang', 'zhangwei@corvane.example', 'Wei'],
    ['given name first stays', 'Jonathan Marwick', 'jmarwick@corvane.example', 'Jonathan'],
  ])('%s', (_label, fromName, fromEmail, first) => {
    const body = 'Hi,\n\nWe have an opening on our storage team for a C developer, junior to senior, based in Brno or remote. If you are interested, please apply through our careers site.\n\nThanks';
    expect(extract({ fromName, fromEmail, subject: 'Job opening: storage developer', body }).firstName).toBe(first);
  });
  it('a forward written as quoted lines is read as the forwarded message', () => {
    const body = ['>From: "Okafor, Dana" <dana.okafor@harrowgate.example>', '>To: <jo.pike@mailbox.example>', '>Subject: Scheduling your interviews', '>Date: Tue, 12 Mar 2002 09:10:00 -0500', '>', '>Hi Jo, I will be scheduling your interviews for the Senior Gas Trader position at our Houston office next week.', '>Please send me the days that suit you best and I will book your travel.', '>', '>Dana Okafor', '>Harrowgate Energy'].join('\n');
    const r = extract({ fromName: 'Jo Pike', fromEmail: 'jo.pike@mailbox.example', subject: 'Fwd: Scheduling your interviews', body });
    expect(r.firstName).toBe('Dana');
    expect(r.kind).toBe('interview');
  });
  it('a reply to a forward, quoting the reader, is no forward', () => {
    const body = ['Hi Alex, thanks. Tuesday at 10:00 works. See you then for the interview.', '', 'Dana', '', '>From: Alex Rivera <alex.rivera@gmail.example>', '>Sent: Monday, March 11, 2002 9:00 AM', '>To: Dana Okafor <dana.okafor@harrowgate.example>', '>Subject: Fwd: Senior Gas Trader interview', '>', '>Dana, I can do Tuesday or Wednesday morning.'].join('\n');
    const r = extract({ fromName: 'Dana Okafor', fromEmail: 'dana.okafor@harrowgate.example', subject: 'Re: Fwd: Senior Gas Trader interview', body });
    expect(r.firstName).toBe('Dana');
    expect(r.kind).toBe('interview');
  });
  it.each(['Assistant Store Manager', 'Associate Product Manager', 'Analytics Engineer'])('"the position of %s" keeps its first word', (title) => {
    const body = `Hi Jo,\n\nYou've been offered the position of ${title} at Birchfield Supply. Please review and sign your offer by Friday.\n\nMorgan Ellery\nBirchfield Supply`;
    expect(extract({ fromName: 'Morgan Ellery', fromEmail: 'morgan@birchfield.example', subject: 'Your offer', body }).role).toBe(title);
  });
  it('Vietnamese "Tuyển dụng" after the name is its recruiting department', () => {
    const body = 'Chào bạn,\n\nChúc mừng! Bạn đã được chọn cho vị trí Kế toán viên. Vui lòng xem chi tiết thư mời nhận việc trong tệp đính kèm.\n\nTrân trọng';
    expect(extract({ fromName: 'Sao Mai Logistics Tuyển dụng', fromEmail: 'tuyendung@saomai.example', subject: 'Thư mời nhận việc', body }).company).toBe('Sao Mai Logistics');
  });
  it('an automated reply named for what it does is no person', () => {
    const body = 'Thank you for submitting your resume to Harrowgate Energy. We will review it along with those of other candidates in the next few weeks.\n\nHuman Resources';
    const r = extract({ fromName: 'Resume Acknowledgment', fromEmail: 'resumeacknowledge@ats-mailer.example', subject: 'Resume Submission Acknowledgment', body });
    expect(r.firstName).toBeNull();
  });
});
