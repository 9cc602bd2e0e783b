// Hand-written messages for the mechanisms of issue 14's twelfth round (gathering round 18). Written for these tests:
// names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('a recruiter who describes an agency’s work: the agency is not the employer', () => {
  it.each([
    ['Dana Pike', 'dana@brightpath-solutions.example', 'Backend roles', 'Hi Sam,\n\nI am a recruiter at Brightpath Solutions. We specialize in placing developers at fast-growing product companies.\n\nWould you be open to a chat?\n\nDana Pike\nBrightpath Solutions'],
    ['Dana Pike', 'dana@brightpath.example', 'Backend roles', 'Hi Sam,\n\nI came across your profile and have a Backend Engineer role that fits you well.\n\nBest,\nDana Pike\nRecruitment Consultant\nBrightpath'],
    ['Lucía Mora', 'lucia.mora@cumbre-humana.example', 'Oportunidad: Jefe de Planta', 'Hola Andrés,\n\nSoy consultora de selección en Cumbre Humana. Revisé tu perfil y tengo una posición de Jefe de Planta.\n\n¿Te interesaría conversar?\n\nLucía Mora\nCumbre Humana'],
    ['Rafaela Dias', 'rafaela@norte-consultoria.example', 'Oportunidade: Analista Fiscal', 'Olá Bruno,\n\nSou a Rafaela, da Norte Consultoria. Estou conduzindo um processo seletivo para Analista Fiscal em um cliente nosso e o seu perfil chamou minha atenção.\n\nTeria interesse em conversar?\n\nRafaela Dias'],
    ['Ewa Nowak', 'ewa.nowak@kadrowy-most.example', 'Kierownik Magazynu - propozycja', 'Dzień dobry,\n\nprowadzę rekrutację na stanowisko Kierownik Magazynu. Pracodawca oferuje umowę o pracę i premię roczną.\n\nW razie zainteresowania proszę o CV.\n\nEwa Nowak\nKadrowy Most'],
  ])('%s', (fromName, fromEmail, subject, body) => {
    const r = extract({ fromName, fromEmail, subject, body });
    expect(r.kind).toBe('outreach');
    expect(r.company).toBeNull();
  });

  it('a role of recruitment consultant applied for is no agency', () => {
    const r = extract({
      fromName: 'Tom Hale',
      fromEmail: 'tom.hale@larkspur.example',
      subject: 'Application received: Recruitment Consultant',
      body: 'Dear Kim,\n\nThank you for applying for the position of Recruitment Consultant at Larkspur. We have received your application and will be in touch within two weeks.\n\nTom Hale\nLarkspur',
    });
    expect(r.company).toBe('Larkspur');
    expect(r.kind).toBe('other');
  });
});

describe('stages of mail with nothing to decline', () => {
  it('an acknowledgement that invites the reader to visit a website invites to no step', () => {
    const r = extract({
      fromName: 'City of Marlow - Human Resources',
      fromEmail: 'hr@marlow-city.example',
      subject: 'Application received: Archivist',
      body: 'Dear Ms. Grant,\n\nThank you for your interest in employment with the City of Marlow. We recently received your application/resume for our Archivist position. You will be notified if any further action is needed.\n\nIn the meantime, we invite you to visit our website to learn more about the city.\n\nHuman Resources',
    });
    expect(r.kind).toBe('other');
  });

  it('an invitation to interview still reads as one', () => {
    const r = extract({
      fromName: 'Nina Brandt',
      fromEmail: 'nina.brandt@marlow-city.example',
      subject: 'Your application: Archivist',
      body: 'Dear Ms. Grant,\n\nThank you for your application for the Archivist position. We would like to invite you to an interview on Tuesday at 10:00.\n\nNina Brandt',
    });
    expect(r.kind).toBe('interview');
  });

  it.each([
    ['offered to and accepted by another candidate', 'Thank you for interviewing for the Grants Officer position. The position has been offered and accepted by another candidate; I wanted to thank you personally.'],
    ['not being selected', 'I am available to talk about the Data Analyst position if you like. I assume you have seen the message from HR about not being selected for the position.'],
    ['a search on temporary hold', 'I am writing with an update on our search for a lecturer. Our search is on temporary hold until the program review is complete.'],
    ['submitted to a client', 'Just a note to say you have been submitted to the Payroll Specialist role with Ferncastle Foods. I will let you know as soon as the client replies.'],
  ])('%s', (_, text) => {
    const r = extract({ fromName: 'Ruth Adler', fromEmail: 'ruth.adler@ferncastle.example', subject: 'Update', body: `Dear Kim,\n\n${text}\n\nRuth Adler` });
    expect(r.kind).toBe('other');
  });

  it('a document request about a submitted application is about the application, no approach', () => {
    const r = extract({
      fromName: 'Oakridge Bank Recruitment',
      fromEmail: 'recruitment-noreply@oakridgebank-careers.example',
      subject: 'Action required: documents',
      body: 'Application No: 2026-1182\nPosition: Branch Manager\n\nDear Kim,\n\nDuring the verification of your submitted application, some documents were found missing. Please upload them by 9 April.\n\nOakridge Bank',
    });
    expect(r.kind).toBe('other');
  });

  it.each([
    ['noreply@klusjes-kaart.example', 'Nieuwe vacature in de buurt', 'Hoi Sanne,\n\nEr staat een passende vacature open bij jou in de buurt.\n\nFunctie: Magazijnmedewerker\n\n[Bekijk]'],
    ['noreply@vagas-norte.example', 'Notificação', 'Olá Rafael,\n\nNova vaga recomendada! Encontramos uma vaga que pode ser perfeita para você.\n\nVaga: Soldador\n\nVer vaga'],
  ])('one job recommended by a board’s automated mailbox is an alert: %s', (fromEmail, subject, body) => {
    expect(extract({ fromName: 'Job board', fromEmail, subject, body }).kind).toBe('other');
  });

  it('the same recommendation written by a recruiter is still an approach', () => {
    const r = extract({
      fromName: 'Joana Reis',
      fromEmail: 'joana.reis@norte-rh.example',
      subject: 'Vaga de Soldador',
      body: 'Olá Rafael,\n\nEncontramos uma vaga que pode ser perfeita para você: Soldador numa metalúrgica em Braga. Vi seu perfil e acho que tem a experiência certa. Teria interesse em conversar?\n\nJoana Reis',
    });
    expect(r.kind).toBe('outreach');
  });

  it('a Swedish job offer from a staffing app', () => {
    expect(extract({ fromName: 'Gigjobs', fromEmail: 'notiser@gigjobs-app.example', subject: 'Nytt erbjudande', body: 'Grattis! Du har fått ett jobberbjudande. Tacka ja innan någon annan gör det.' }).kind).toBe('offer');
  });
});

describe('names', () => {
  it.each([
    ['rholm@austin.utexas.edu', 'Department of Biology at The University of Texas at Austin.', 'University of Texas at Austin'],
    ['rholm@uic.edu', 'Department of History at the University of Illinois at Chicago.', 'University of Illinois at Chicago'],
  ])('a university named for its campus keeps the campus: %s', (fromEmail, place, company) => {
    const r = extract({
      fromName: 'Rita Holm',
      fromEmail,
      subject: 'Offer of appointment - Visiting Professor',
      body: `Dear Dr. Ames:\n\nI am pleased to offer you the position of Visiting Professor in the ${place}\n\nSincerely,\nRita Holm`,
    });
    expect(r.company).toBe(company);
  });

  it('a system acronym in the From name is no person', () => {
    const r = extract({
      fromName: 'Kestrel Freight - HRMS',
      fromEmail: 'hrms@kestrelfreight.example',
      subject: 'Interview cancelled - Dispatcher',
      body: 'Dear Ali,\n\nWe regret to inform you that your interview has been cancelled.\n\nHR Team\nKestrel Freight',
    });
    expect(r.firstName).toBeNull();
    expect(r.company).toBe('Kestrel Freight');
  });

  it.each([
    ['Norda 채용팀', 'hiring@norda.example', 'Norda'],
    ['LANTU招聘', 'hr@lantu.example', 'LANTU'],
    ['Kumo 採用担当', 'saiyo@kumo.example', 'Kumo'],
  ])('a hiring department after a Latin name is not part of it: %s', (fromName, fromEmail, company) => {
    expect(extract({ fromName, fromEmail, subject: 'Interview', body: 'Interview on Monday at 10:00.' }).company).toBe(company);
  });

  it('a Russian position word before a title is not part of it', () => {
    const r = extract({ fromName: 'Ирина Соколова', fromEmail: 'irina@severtech.example', subject: 'Позиция Product Manager — ваш отклик', body: 'Добрый день! Ваше резюме нам понравилось. Предлагаем интервью в среду в 11:00.' });
    expect(r.role).toBe('Product Manager');
  });
});

describe('Japanese, Korean and Chinese mail', () => {
  it.each([
    ['株式会社ミズホ工業 採用担当', 'saiyo@mizuho-kogyo.example', '【株式会社ミズホ工業】内定のご連絡', '山田 太郎 様\n\n先日は面接にお越しいただきありがとうございました。\n選考の結果、ぜひ一緒に働いていただきたく、内定のご連絡を差し上げます。\n\n株式会社ミズホ工業 採用担当', 'offer', '株式会社ミズホ工業'],
    ['株式会社ミズホ工業 採用担当', 'saiyo@mizuho-kogyo.example', '面接日程のご案内', '山田 太郎 様\n\n書類選考の結果、面接にお越しいただきたくご連絡いたしました。\n面接日程のご案内です。\n日時：6月3日（水）10:00〜11:00', 'interview', '株式会社ミズホ工業'],
    ['株式会社ミズホ工業 採用担当', 'saiyo@mizuho-kogyo.example', '選考結果のご連絡', '山田 太郎 様\n\nこの度はご応募いただき、誠にありがとうございました。\n慎重に選考を進めましたが、今回はご期待に添えない結果となりました。', 'other', '株式会社ミズホ工業'],
    ['株式会社ミズホ工業 採用担当', 'saiyo@mizuho-kogyo.example', 'ご応募ありがとうございます', '山田 太郎 様\n\nこの度はご応募いただき、誠にありがとうございます。\n書類選考を通過された方には、面接のご案内をお送りします。', 'other', '株式会社ミズホ工業'],
    ['株式会社ミズホ工業', 'scout@mizuho-kogyo.example', '【スカウト】株式会社ミズホ工業よりカジュアル面談のご提案', '山田 太郎 様\n\nはじめまして。株式会社ミズホ工業の採用担当です。\nプロフィールを拝見し、ご連絡いたしました。ぜひ一度お話しできれば幸いです。', 'outreach', '株式会社ミズホ工業'],
    ['한빛소프트 채용팀', 'recruit@hanbit-soft.example', '[한빛소프트] 1차 면접 안내', '김민수 님 안녕하세요.\n\n지원해 주셔서 감사합니다. 서류 전형에 합격하셔서 아래와 같이 1차 면접을 진행하고자 합니다.\n\n한빛소프트 주식회사', 'interview', '한빛소프트 주식회사'],
    ['한빛소프트 채용팀', 'recruit@hanbit-soft.example', '[한빛소프트] 지원 결과 안내', '김민수 님 안녕하세요.\n\n아쉽게도 이번에는 함께하기 어렵게 되었습니다. 지원해 주셔서 감사합니다.', 'other', null],
    ['云图科技 招聘组', 'hr@yuntu-tech.example', '云图科技面试邀请', '尊敬的李明：\n您好！感谢您投递我司前端开发工程师职位。我们诚挚地邀请您参加面试。\n面试时间：2026-12-10 14:00', 'interview', null],
    ['云图科技 招聘组', 'hr@yuntu-tech.example', '应聘结果通知', '感谢您的投递。很遗憾，经评估您目前与该职位匹配度不够。', 'other', null],
    ['云图科技 招聘组', 'hr@yuntu-tech.example', '简历已收到', '感谢您投递我司职位。如果通过筛选，我们将通知您参加面试。', 'other', null],
  ])('%s: %s', (fromName, fromEmail, subject, body, kind, company) => {
    const r = extract({ fromName, fromEmail, subject, body });
    expect(r.kind).toBe(kind);
    if (company !== null) expect(r.company).toBe(company);
  });

  it('the employer a Japanese agency says the reader applied to, not the agency', () => {
    const r = extract({
      fromName: '株式会社ジョブリンク',
      fromEmail: 'support@joblink-agent.example',
      subject: '【株式会社ミズホ工業】へのご応募ありがとうございます',
      body: '山田 太郎 様\n\nこの度は、株式会社ミズホ工業へのご応募、誠にありがとうございます。\n応募受付を代行しております株式会社ジョブリンクです。',
    });
    expect(r.company).toBe('株式会社ミズホ工業');
  });

  it('a headhunter’s own company is not the employer', () => {
    const r = extract({
      fromName: '佐々木（株式会社キャリアブリッジ）',
      fromEmail: 'sasaki@careerbridge-agent.example',
      subject: 'ポジションのご紹介',
      body: '初めまして。転職エージェント、株式会社キャリアブリッジの佐々木と申します。\nご経歴を拝見し、大手メーカーのポジションをご紹介したくご連絡いたしました。',
    });
    expect(r.kind).toBe('outreach');
    expect(r.company).toBeNull();
  });

  it('Latin text is not read by these tables', () => {
    const r = extract({ fromName: 'Ana', fromEmail: 'ana@example.org', subject: 'Lunch', body: 'Are you free for lunch on Friday?' });
    expect(r.kind).toBe('other');
  });
});

describe('a position field of a platform’s notification', () => {
  it.each([
    ['Functie: Afwasser', 'Afwasser'],
    ['Vaga: Repositor de Loja', 'Repositor de Loja'],
    ['Stanowisko: Python Developer w Kodeks Systems', 'Python Developer'],
  ])('%s', (field, role) => {
    const r = extract({
      fromName: 'Werkplein',
      fromEmail: 'team@werkplein-app.example',
      subject: 'Update',
      body: `Hallo Sanne,\n\nJe bent uitgenodigd voor een sollicitatiegesprek.\n\n${field}\nDatum: 12 maart, 14:00\n\nWerkplein`,
    });
    expect(r.role).toBe(role);
  });

  it('a sentence after the label is no title', () => {
    const r = extract({ fromName: 'Werkplein', fromEmail: 'team@werkplein-app.example', subject: 'Update', body: 'Hallo Sanne,\n\nFunctie: we zoeken nog iemand. Meer informatie volgt.\n\nWerkplein' });
    expect(r.role).toBeNull();
  });
});
