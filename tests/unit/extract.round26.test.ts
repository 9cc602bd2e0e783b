// Hand-written messages for the mechanisms of issue 14's twentieth round (gathering round 26). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';
import { parsePersonName } from '../../core/extract/names/person';

describe('Vietnamese and Finnish in the stage table', () => {
  it.each([
    ['an invitation to an interview', 'Thư mời phỏng vấn', 'Kính gửi Hải,\n\nCông ty chúng tôi trân trọng mời bạn tham gia buổi phỏng vấn cho vị trí Lập trình viên vào 9:00 thứ Hai.', 'interview'],
    ['an offer letter', 'Thư mời nhận việc', 'Kính gửi Hải,\n\nChúng tôi vui mừng gửi đến bạn thư mời nhận việc cho vị trí Lập trình viên. Ngày bắt đầu: 01/12.', 'offer'],
    ['a refusal', 'Kết quả ứng tuyển', 'Kính gửi Hải,\n\nRất tiếc phải thông báo rằng hồ sơ của bạn chưa phù hợp với yêu cầu của vị trí lần này.', 'other'],
    ['an acknowledgement', 'Xác nhận hồ sơ', 'Kính gửi Hải,\n\nChúng tôi đã nhận được hồ sơ ứng tuyển của bạn và sẽ liên hệ lại sau.', 'other'],
  ])('Vietnamese: %s', (_label, subject, body, kind) => {
    expect(extract({ fromName: 'Phòng Nhân sự', fromEmail: 'tuyendung@songhong-soft.example', subject, body }).kind).toBe(kind);
  });

  it('Vietnamese: an invitation the sender cannot make is none', () => {
    const body = 'Kính gửi Hải,\n\nCảm ơn bạn đã ứng tuyển. Hiện tại chúng tôi chưa thể mời bạn tham gia phỏng vấn.';
    expect(extract({ fromName: 'Phòng Nhân sự', fromEmail: 'tuyendung@songhong-soft.example', subject: 'Ứng tuyển', body }).kind).toBe('other');
  });

  it.each([
    ['an invitation to an interview', 'Haastattelukutsu', 'Hei Aino,\n\nKiitos hakemuksestasi. Haluamme kutsua sinut haastatteluun torstaina klo 10.', 'interview'],
    ['an acknowledgement', 'Hakemuksesi', 'Hei Aino,\n\nKiitos hakemuksestasi! Olemme vastaanottaneet hakemuksesi ja palaamme asiaan pian.', 'other'],
    ['a refusal', 'Rekrytointi', 'Hei Aino,\n\nKiitos hakemuksestasi. Valitettavasti valinta ei tällä kertaa kohdistunut sinuun.', 'other'],
  ])('Finnish: %s', (_label, subject, body, kind) => {
    expect(extract({ fromName: 'Rekrytointi', fromEmail: 'rekry@pohjoisvalo.example', subject, body }).kind).toBe(kind);
  });

  it('Russian: a test task after the CV is an interview step', () => {
    const body = 'Здравствуйте, Ольга!\n\nВаше резюме нас заинтересовало. Предлагаем вам выполнить небольшое тестовое задание до пятницы.';
    expect(extract({ fromName: 'Отдел кадров', fromEmail: 'hr@severnyi-most.example', subject: 'Вакансия аналитика', body }).kind).toBe('interview');
  });
});

describe('Vietnamese names written family name first', () => {
  it.each([
    ['Lê Thu Trang', 'Trang'],
    ['Trần Thị Thu', 'Thu'],
    ['Phạm Thu Hà', 'Hà'],
    ['Nguyễn Văn An', 'An'],
  ])('%s is greeted as %s', (name, first) => {
    expect(parsePersonName(name)?.first).toBe(first);
  });

  it('the calendar\'s short words are still no names elsewhere', () => {
    expect(parsePersonName('Thu Reminder')).toBeNull();
  });
});

describe("an offer's words in a first approach", () => {
  it('an unsolicited "we would like to offer you a job" is outreach, the offer its alternative', () => {
    const r = extract({
      fromName: 'Dana Whitlock',
      fromEmail: 'dana@brackenfield.example',
      subject: 'Job offer for you',
      body: 'Hello,\n\nI came across your profile and we would like to offer you a job as a Data Analyst with flexible hours. If you are interested, reply and I will send the details.\n\nDana',
    });
    expect(r.kind).toBe('outreach');
    expect(r.stageAlternatives).toContain('offer');
  });

  it('a Portuguese "job proposal" that asks for a conversation is outreach', () => {
    const r = extract({
      fromName: 'Renata Vidal',
      fromEmail: 'renata.vidal@auroradados.example',
      subject: 'Proposta de trabalho',
      body: 'Olá! Sou recrutadora da Aurora Dados e seu perfil chamou nossa atenção. Temos uma vaga de analista de dados. Se tiver interesse, quando podemos conversar?',
    });
    expect(r.kind).toBe('outreach');
  });

  it('an offer with its paperwork stays an offer, whatever praise of the profile it holds', () => {
    const r = extract({
      fromName: 'Dana Whitlock',
      fromEmail: 'dana@brackenfield.example',
      subject: 'Your offer',
      body: 'Hi Sam,\n\nCongratulations! We were impressed by your profile and would like to offer you the Data Analyst position. Your offer letter is attached; the start date is 1 March.\n\nDana',
    });
    expect(r.kind).toBe('offer');
  });

  it('an offer after an application stays an offer', () => {
    const r = extract({
      fromName: 'Dana Whitlock',
      fromEmail: 'dana@brackenfield.example',
      subject: 'Your application',
      body: 'Hi Sam,\n\nThank you for your application. We would like to offer you the Data Analyst position. If you are interested in discussing the terms, let me know.\n\nDana',
    });
    expect(r.kind).toBe('offer');
  });
});

describe('agencies and platforms are not the employer', () => {
  it('"ASAP" is no client\'s name', () => {
    const r = extract({
      fromName: 'Mara Lind',
      fromEmail: 'mara@harbourway-recruitment.example',
      subject: 'Good news',
      body: 'Hi Joel,\n\nYou were selected for the role. Please send your documents so you can start working for our client ASAP.\n\nMara',
    });
    expect(r.company).not.toBe('ASAP');
  });

  it('a sender that calls itself a platform is not the employer', () => {
    const r = extract({
      fromName: 'Kerjaku',
      fromEmail: 'notifikasi@kerjaku.example',
      subject: 'Undangan Wawancara',
      body: 'Kerjaku Platform - Toko Roti Melati\n\nHalo Dewi,\n\nKami mengundang Anda untuk wawancara posisi Kasir pada hari Senin.\n\n© 2026 Kerjaku Platform',
    });
    expect(r.company).not.toBe('Kerjaku');
  });

  it('a company whose product is a platform, said on another line, stays the employer', () => {
    const r = extract({
      fromName: 'Quillon Careers',
      fromEmail: 'careers@quillon.example',
      subject: 'Your application',
      body: 'QUILLON\nPlatform for freight payments\n\nHi Dewi,\n\nWe would like to invite you to an interview for the Analyst position at Quillon on Monday at 10:00.\n\nQuillon Careers',
    });
    expect(r.company).toBe('Quillon');
  });
});

describe('role titles', () => {
  it.each([
    ['Opportunité Senior Developer / Automatisation', 'Senior Developer'],
    ['Oportunidad Analista de Datos', 'Analista de Datos'],
  ])('the opportunity\'s word before a title in the subject is no part of it: %s', (subject, role) => {
    const r = extract({ fromName: 'Inès Morel', fromEmail: 'ines.morel@lumen-recrutement.example', subject, body: 'Bonjour, ton profil a retenu notre attention. Es-tu disponible pour un échange ?' });
    expect(r.role).toBe(role);
  });

  it('a field line "Vacante:" gives the title', () => {
    const r = extract({
      fromName: 'Portal de Talento',
      fromEmail: 'avisos@talento-andino.example',
      subject: 'Resultado de tu postulación',
      body: 'Estimada Lucía,\n\nNos complace informarte que has sido seleccionada.\n\nVacante: Técnico de Soporte\n\nSaludos',
    });
    expect(r.role).toBe('Técnico de Soporte');
  });
});

// What the round's reviews found (a whole-change reader and a reader of the new languages' phrases).
describe("what the round-26 reviews found", () => {
  it('Romanian "ei" (her, their) is no Finnish negation', () => {
    const body = 'Bună ziua,\n\nVă mulțumim pentru candidatura dumneavoastră. Managerul de proiect și echipa ei vă invită la un interviu marți la ora 10.';
    expect(extract({ fromName: 'Resurse Umane', fromEmail: 'hr@carpatsoft.example', subject: 'Interviu', body }).kind).toBe('interview');
  });

  it('"hàng không" (an airline) is no negation', () => {
    const body = 'Kính gửi Hải,\n\nCông ty hàng không Sao Bắc trân trọng mời bạn tham gia phỏng vấn vị trí Tiếp viên vào 9:00 thứ Năm.';
    expect(extract({ fromName: 'Phòng Nhân sự', fromEmail: 'tuyendung@saobac.example', subject: 'Thư mời', body }).kind).toBe('interview');
  });

  it('Vietnamese written with combining marks reads as the composed letters do', () => {
    const body = 'Kính gửi Hải,\n\nChúng tôi trân trọng mời bạn tham gia phỏng vấn vị trí Lập trình viên vào 9:00 thứ Hai.'.normalize('NFD');
    expect(extract({ fromName: 'Phòng Nhân sự', fromEmail: 'tuyendung@songhong-soft.example', subject: 'Thư mời', body }).kind).toBe('interview');
  });

  it('formal Vietnamese address ("Anh/Chị") between the invitation\'s words', () => {
    const body = 'Kính gửi Anh/Chị,\n\nCông ty trân trọng mời Anh/Chị tham dự buổi phỏng vấn vào 9h00 thứ Năm.';
    expect(extract({ fromName: 'Phòng Nhân sự', fromEmail: 'tuyendung@songhong-soft.example', subject: 'Thông báo', body }).kind).toBe('interview');
  });

  it('a Vietnamese loan approval is no job talk', () => {
    const body = 'Kính gửi khách hàng,\n\nHồ sơ của bạn đã được phê duyệt. Khoản vay 50.000.000 VND sẽ được giải ngân trong 2 ngày.';
    expect(extract({ fromName: 'Ngân hàng Lúa Vàng', fromEmail: 'thongbao@luavang-bank.example', subject: 'Khoản vay', body }).kind).toBe('other');
  });

  it.each([
    ['chosen for an interview', 'Hei Aino,\n\nOnneksi olkoon, olet tullut valituksi haastatteluun, joka pidetään torstaina klo 10.', 'interview'],
    ['a refusal that names a job offer', 'Hei Aino,\n\nEmme valitettavasti voi tehdä sinulle työtarjousta tällä kertaa.', 'other'],
  ])('Finnish: %s', (_label, body, kind) => {
    expect(extract({ fromName: 'Rekrytointi', fromEmail: 'rekry@pohjoisvalo.example', subject: 'Rekrytointi', body }).kind).toBe(kind);
  });

  it.each([
    ['after interviews', 'Hi Sam,\n\nAfter your interviews with our team, we would like to offer you the Senior Developer role. If you are interested, reply by Friday.\n\nDana'],
    ['after meeting the team', 'Hi Sam,\n\nThank you for taking the time to meet with our team last week. We would like to offer you the Product Designer position. If you\'re interested, please reply by Friday.\n\nDana'],
    ['French, after talks', 'Bonjour Sam,\n\nSuite à nos entretiens, nous avons le plaisir de vous proposer le poste de Data Engineer. Si vous êtes intéressé, merci de nous répondre.\n\nDana'],
  ])('an offer that asks whether the reader is interested stays an offer: %s', (_label, body) => {
    expect(extract({ fromName: 'Dana Whitlock', fromEmail: 'dana@brackenfield.example', subject: 'Good news', body }).kind).toBe('offer');
  });

  it('the renewal of the reader\'s own contract is nothing to decline, in English too', () => {
    const body = 'Hi Sam,\n\nAttached is the renewal of your employment contract for next year. Please sign and return it by Friday.\n\nPeople Team';
    expect(extract({ fromName: 'People Team', fromEmail: 'people@brackenfield.example', subject: 'Your contract', body }).kind).toBe('other');
  });

  it('"Role:" in an interview schedule is the interviewer\'s, not the job', () => {
    const body = 'Hi Sam,\n\nYour interview is confirmed for Thursday.\n\n10:00 Sarah Chen\nRole: Interviewer\n\nBest,\nDana';
    expect(extract({ fromName: 'Dana Whitlock', fromEmail: 'dana@brackenfield.example', subject: 'Interview schedule', body }).role).toBeNull();
  });

  it("an employer naming its own platform in a sentence stays the employer", () => {
    const r = extract({
      fromName: 'Quillon Recruiting',
      fromEmail: 'recruiting@quillon.example',
      subject: 'Interview invitation',
      body: 'Hi Dewi,\n\nWe would like to invite you to an interview for the Backend Engineer role on the Quillon Platform team on Monday at 10:00.\n\nQuillon Recruiting',
    });
    expect(r.company).toBe('Quillon');
  });

  it('all-calendar words are no Vietnamese name', () => {
    expect(parsePersonName('Le Mar Dec')).toBeNull();
  });
});
