// Hand-written messages for the mechanisms of issue 14's twelfth round (gathering round 18). Written for these tests:
// names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('a recruiter who describes an agency’s work: the agency is not the employer', () => {
  it.each([
    ['Dana Pike', 'dana@brightpath-solutions.example', 'Backend roles', 'Hi Sam,\n\nI am a recruiter at Brightpath Solutions. We specialize in placing developers at fast-growing product companies.\n\nWould you be open to a chat?\n\nDana Pike\nBrightpath Solutions'],
    ['Dana Pike', 'dana@brightpath.example', 'Backend roles', 'Hi Sam,\n\nI am a recruitment consultant at Brightpath. I came across your profile and have a Backend Engineer role that fits you well.\n\nBest,\nDana Pike'],
    ['Lucía Mora', 'lucia.mora@cumbre-humana.example', 'Oportunidad: Jefe de Planta', 'Hola Andrés,\n\nSoy consultora de selección en Cumbre Humana. Revisé tu perfil y tengo una posición de Jefe de Planta.\n\n¿Te interesaría conversar?\n\nLucía Mora\nCumbre Humana'],
    ['Rafaela Dias', 'rafaela@norte-consultoria.example', 'Oportunidade: Analista Fiscal', 'Olá Bruno,\n\nSou a Rafaela, da Norte Consultoria. Estou conduzindo um processo seletivo para Analista Fiscal em um cliente nosso e o seu perfil chamou minha atenção.\n\nTeria interesse em conversar?\n\nRafaela Dias'],
    ['Ewa Nowak', 'ewa.nowak@kadrowy-most.example', 'Kierownik Magazynu - propozycja', 'Dzień dobry,\n\nprowadzę rekrutację dla naszego klienta na stanowisko Kierownik Magazynu. Klient oferuje umowę o pracę i premię roczną.\n\nW razie zainteresowania proszę o CV.\n\nEwa Nowak\nKadrowy Most'],
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

  it.each([
    ['a search on temporary hold', 'I am writing with an update on our search for a lecturer. Our search is on temporary hold until the program review is complete.', 'closed'],
    ['offered to and accepted by another candidate', 'The Grants Officer position has been offered and accepted by another candidate; I wanted to thank you personally.', 'rejection'],
    ['submitted to a client', 'Just a note to say you have been submitted to the Payroll Specialist role with Ferncastle Foods.', 'acknowledgement'],
  ])('says why: %s', (_, text, why) => {
    const r = extract({ fromName: 'Ruth Adler', fromEmail: 'ruth.adler@ferncastle.example', subject: 'Update', body: `Dear Kim,\n\n${text}\n\nRuth Adler` });
    expect(r.nothingToDecline).toBe(why);
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
    ['한빛소프트 채용팀', 'recruit@hanbit-soft.example', '[한빛소프트] 지원 결과 안내', '김민수 님 안녕하세요.\n\n아쉽게도 이번에는 함께하기 어렵게 되었습니다. 지원해 주셔서 감사합니다.', 'other', undefined],
    ['云图科技 招聘组', 'hr@yuntu-tech.example', '云图科技面试邀请', '尊敬的李明：\n您好！感谢您投递我司前端开发工程师职位。我们诚挚地邀请您参加面试。\n面试时间：2026-12-10 14:00', 'interview', undefined],
    ['云图科技 招聘组', 'hr@yuntu-tech.example', '应聘结果通知', '感谢您的投递。很遗憾，经评估您目前与该职位匹配度不够。', 'other', undefined],
    ['云图科技 招聘组', 'hr@yuntu-tech.example', '简历已收到', '感谢您投递我司职位。如果通过筛选，我们将通知您参加面试。', 'other', undefined],
  ])('%s: %s', (fromName, fromEmail, subject, body, kind, company) => {
    const r = extract({ fromName, fromEmail, subject, body });
    expect(r.kind).toBe(kind);
    // (A Chinese name is not read from its legal form: undefined leaves the company unchecked.)
    if (company !== undefined) expect(r.company).toBe(company);
  });

  it.each([
    ['ja', '株式会社ミズホ工業 採用担当', '選考結果のご連絡', '慎重に選考を進めましたが、今回はご期待に添えない結果となりました。'],
    ['ko', '한빛소프트 채용팀', '[한빛소프트] 지원 결과 안내', '아쉽게도 이번에는 함께하기 어렵게 되었습니다. 지원해 주셔서 감사합니다.'],
    ['zh', '云图科技 招聘组', '应聘结果通知', '感谢您的投递。很遗憾，经评估您目前与该职位匹配度不够。'],
  ])('a refusal is read as one (%s)', (_, fromName, subject, body) => {
    expect(extract({ fromName, fromEmail: 'hr@example-corp.example', subject, body }).nothingToDecline).toBe('rejection');
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

// Every false reading the two reviews of this round found (their own example messages), as guards.
describe('what the reviews found: no button, or the right stage', () => {
  const ja = (subject: string, body: string) => extract({ fromName: '株式会社ミズホ工業 採用担当', fromEmail: 'saiyo@mizuho-kogyo.example', subject, body });
  const ko = (subject: string, body: string) => extract({ fromName: '누리온랩 채용팀', fromEmail: 'recruit@nurion-lab.example', subject, body });
  const zh = (subject: string, body: string) => extract({ fromName: '云图科技 招聘组', fromEmail: 'hr@yuntu-tech.example', subject, body });

  it.each([
    ['a refused offer (ja)', () => ja('選考結果のご連絡', '選考の結果、誠に残念ながら、今回は内定をお出しすることができません。')],
    ['a refused offer (ko)', () => ko('지원 결과 안내', '지원해 주셔서 감사합니다.\n이번에는 입사를 제안드리기 어렵게 되었습니다.')],
    ['a refused offer (zh)', () => zh('应聘结果', '感谢您应聘我司职位。\n经过慎重考虑，我们无法向您发放offer。')],
    ['an offer withdrawn', () => ja('採用に関するご連絡', '内定の取り消しをご連絡いたします。')],
    ['a declined offer acknowledged', () => ja('ご連絡', '採用担当の佐藤です。内定のご辞退について、承知いたしました。')],
    ['not reaching an offer', () => ja('選考結果', '残念ながら内定には至りませんでした。')],
    ['a system adopted', () => extract({ fromName: 'ミズホ工業', fromEmail: 'info@mizuho-kogyo.example', subject: 'システム更新のお知らせ', body: '弊社は新しい会計システムの採用を決定しました。' })],
    ['someone else hired', () => ja('選考結果', '慎重に検討いたしましたが、別の方の採用が決定いたしました。')],
    ['thanks for a past interview (ja)', () => ja('面接のお礼', '先日は一次面接にお越しいただき、誠にありがとうございました。\n結果につきましては、1週間以内にご連絡いたします。')],
    ['an interview’s result to come (ja)', () => ja('選考状況', '一次面接の結果につきましては、現在社内で検討中です。')],
    ['thanks for a past interview (ko)', () => ko('면접 감사', '1차 면접에 참석해 주셔서 감사합니다.\n결과는 다음 주에 안내드리겠습니다.')],
    ['thanks for a past interview (zh)', () => zh('面试反馈', '感谢您参加面试，面试结果将在一周内通知您。')],
    ['an interviewer asked to sit in', () => ja('面接官のお願い', '来週の中途採用の一次面接の面接官をお願いできますでしょうか。')],
    ['a university admission (ko)', () => extract({ fromName: '입학처', fromEmail: 'admission@univ.example.ac.kr', subject: '합격 안내', body: '지원해 주셔서 감사합니다.\n2027학년도 수시 모집에 최종 합격하셨음을 축하드립니다.' })],
    ['a university admission (zh)', () => zh('录取通知', '感谢您的申请。恭喜您！您的录取通知书已寄出。')],
    ['a result announced later (ko)', () => ko('안내', '최종 합격 여부는 다음 주 금요일에 개별 안내드리겠습니다.')],
    ['homework (ko)', () => extract({ fromName: '데이터분석 강의', fromEmail: 'class@lms.example', subject: '[데이터분석 강의] 3주차 과제 안내', body: '3주차 과제 안내드립니다.\n질문은 학습 지원 게시판에 남겨주세요.' })],
    ['a product launch (zh)', () => extract({ fromName: '云图科技', fromEmail: 'news@yuntu-tech.example', subject: '新品发布会', body: '我们将于下周举行新品发布会。您是否有兴趣参加？' })],
    ['a visa interview (zh)', () => extract({ fromName: '签证中心', fromEmail: 'visa@visa-center.example', subject: '面试时间', body: '您的签证面试时间为2024年5月10日上午9点。' })],
    ['a boy-scout camp (ja)', () => extract({ fromName: '第3団', fromEmail: 'info@scout-3.example', subject: '夏キャンプ', body: 'ボーイスカウト第3団の夏キャンプのお知らせです。参加者を募集しています。' })],
    ['a parent-teacher meeting (ja)', () => extract({ fromName: 'みどり小学校', fromEmail: 'office@midori-es.example', subject: '個人面談のご案内', body: '2学期の個人面談のご案内です。図書ボランティアも募集しています。' })],
    ['onboarding (ko)', () => ko('입사 안내', '누리온랩 합류를 진심으로 환영합니다. 최종 합격 후 안내드린 입사 서류를 제출해 주세요.')],
    ['onboarding (zh)', () => zh('入职', '感谢您接受我们前端工程师岗位的录用通知。请于7月1日办理入职手续。')],
    ['an internship ad’s condition (zh)', () => zh('实习招聘', '实习表现优秀者可获正式录用。欢迎投递简历。')],
    ['a Swedish recruiter told of another offer', () => extract({ fromName: 'Sara Lind', fromEmail: 'rekrytering@nordvik.example', subject: 'Ditt besked', body: 'Hej Anna,\n\nTack för ditt besked att du har fått ett jobberbjudande på annat håll. Vi önskar dig lycka till i din nya tjänst.\n\nSara' })],
  ])('%s', (_, read) => {
    expect(read().kind).toBe('other');
  });

  it.each([
    ['an offer after the final interview (ja)', () => ja('内定のご連絡', '最終面接の結果、ぜひ山田様を採用させていただくことになりました。内定通知書を添付いたします。'), 'offer'],
    ['an offer after the final interview (ko)', () => ko('최종 합격 안내', '최종 면접 결과, 최종 합격하셨음을 알려드립니다. 축하드립니다.'), 'offer'],
    ['an offer after the interview (zh)', () => zh('录用通知', '恭喜您通过面试，我们很高兴向您发放offer。'), 'offer'],
    ['an interview moved (ko)', () => ko('[누리온랩] 1차 면접 일정 변경', '아쉽게도 기존 일정에 변동이 생겨 1차 면접 일정을 아래와 같이 변경하여 안내드립니다.\n일시: 12월 12일 14:00'), 'interview'],
    ['an interview moved (zh)', () => zh('面试时间调整', '很遗憾原定的面试时间需要调整。新的面试时间：12月12日 14:00'), 'interview'],
    ['a headhunter’s “next time” (ko)', () => extract({ fromName: '김지현', fromEmail: 'jihyun@talentsearch.example', subject: '포지션 제안', body: '안녕하세요. 헤드헌터 김지현입니다. 백엔드 개발자 포지션 제안드립니다.\n지금 이직 생각이 없으시다면 다음 기회에 다시 연락드리겠습니다.' }), 'outreach'],
    ['an invitation with “if you cannot attend” (ko)', () => ko('[누리온랩] 면접 안내', '서류 전형에 합격하셨습니다. 1차 면접 일정을 안내드리며, 참석이 어려우신 경우 회신 부탁드립니다.'), 'interview'],
    ['an invitation to visit the offices', () => extract({ fromName: 'Mia Holt', fromEmail: 'mia@fernhill.example', subject: 'Your application', body: 'Hi Sam,\n\nThank you for your application. We would like to invite you to visit our offices to meet the team.\n\nMia' }), 'interview'],
    ['a phone interview after being put forward', () => extract({ fromName: 'Ola Berg', fromEmail: 'ola@quarry-talent.example', subject: 'Next step', body: 'Hi Sam,\n\nYou have been put forward for a phone interview with the hiring manager at Acme on Tuesday at 3pm.\n\nOla' }), 'interview'],
    ['an offer after someone else declined', () => extract({ fromName: 'Ruth Adler', fromEmail: 'ruth@ferncastle.example', subject: 'Offer', body: 'Dear Kim,\n\nThe Data Analyst position was first offered to another candidate, who has since declined. I am pleased to offer you the position.\n\nRuth' }), 'offer'],
    ['a Dutch board’s invitation to interview', () => extract({ fromName: 'Werkplein', fromEmail: 'noreply@werkplein.example', subject: 'Uitnodiging', body: 'Hoi Sanne,\n\nWe hebben een passende vacature voor je gevonden en willen je graag uitnodigen voor een sollicitatiegesprek op dinsdag om 10:00.' }), 'interview'],
    ['a recruiter called Notis', () => extract({ fromName: 'Notis Papadopoulos', fromEmail: 'notis.papadopoulos@talentbridge.example', subject: 'Senior Backend Engineer', body: 'Hi Sam,\n\nThere is a role that could suit you perfectly: Senior Backend Engineer at Harbourline. I saw your profile. Would you be open to a quick chat?\n\nNotis' }), 'outreach'],
    ['an invitation with the parking garage on hold', () => extract({ fromName: 'Mia Holt', fromEmail: 'mia@fernhill.example', subject: 'Interview', body: 'Hi Sam,\n\nThank you for applying. We would like to invite you to an interview on Tuesday at 10:00. Please note the parking garage is on a temporary hold, so use the street.\n\nMia' }), 'interview'],
  ])('%s', (_, read, kind) => {
    expect(read().kind).toBe(kind);
  });

  it.each([
    ['みらい建設株式会社 人事部', 'みらい建設株式会社'],
    ['株式会社NTTデータ 採用担当', '株式会社NTTデータ'],
    ['株式会社Sansa 採用担当', '株式会社Sansa'],
    ['株式会社ほけんの窓口 採用担当', '株式会社ほけんの窓口'],
    ['누리온랩 주식회사 인사팀', '누리온랩 주식회사'],
    ['주식회사 카카오페이 인사팀', '주식회사 카카오페이'],
  ])('a company in the From name: %s', (fromName, company) => {
    expect(extract({ fromName, fromEmail: 'jinji@example-corp.example', subject: '面接のご案内', body: '面接のご案内です。\n日時：6月3日（水）10:00' }).company).toBe(company);
  });

  it.each([
    ['このたびはみらい建設株式会社の求人にご応募いただき、誠にありがとうございます。', 'みらい建設株式会社'],
    ['この度はミズホ工業株式会社にご応募いただき、誠にありがとうございます。', 'ミズホ工業株式会社'],
    ['当社は2020年に株式会社へ組織変更しました。面接のご案内です。', null],
    ['안녕하세요. 주식회사 누리온랩입니다. 면접 안내드립니다.', '주식회사 누리온랩'],
    ['이번 채용은 누리온랩 주식회사에서 진행합니다. 면접 안내드립니다.', '누리온랩 주식회사'],
  ])('a company in the text: %s', (body, company) => {
    expect(extract({ fromName: '採用担当', fromEmail: 'hr@example-corp.example', subject: 'ご案内', body }).company).toBe(company);
  });

  it.each([
    ['At Acme Robotics we place engineers at the heart of every product decision. We would like to invite you to an interview.', 'Acme Robotics'],
    ['Obrigado pela candidatura. Na Acmesoft, quando um cliente abrir um chamado, você responde. Queremos convidá-lo para uma entrevista.', 'Acmesoft'],
    ['Dziękujemy za aplikację. Jako pracodawca oferujemy umowę o pracę. Zapraszamy na rozmowę kwalifikacyjną w Kadromex.', 'Kadromex'],
  ])('an employer describing itself is no agency: %s', (body, company) => {
    const key = company.toLowerCase().replace(/\s/g, '');
    expect(extract({ fromName: `${company} HR`, fromEmail: `hr@${key}.example`, subject: 'Interview', body }).company).toBe(company);
  });

  it('a vowel-less all-capitals family name is a name', () => {
    expect(extract({ fromName: 'JASON NG', fromEmail: 'jason.ng@fernhill.example', subject: 'Interview', body: 'Hi Sam, can you do Tuesday at 10:00?' }).firstName).toBe('Jason');
  });
});

// The second review's findings (its own example messages), as guards.
describe('what the review of the mends found', () => {
  const ja = (subject: string, body: string) => extract({ fromName: '株式会社ミズホ工業 採用担当', fromEmail: 'saiyo@mizuho-kogyo.example', subject, body });
  const ko = (subject: string, body: string) => extract({ fromName: '누리온랩 채용팀', fromEmail: 'recruit@nurion-lab.example', subject, body });
  const zh = (subject: string, body: string) => extract({ fromName: '云图科技 招聘组', fromEmail: 'hr@yuntu-tech.example', subject, body });
  const en = (body: string, fromName = 'Acme Talent Team', fromEmail = 'careers@acme-robotics.example') => extract({ fromName, fromEmail, subject: 'Your application', body });

  it.each([
    ['a hard refusal (ko)', () => ko('결과 안내', '김민수 님\n\n검토 결과 이번에는 입사 제안을 드리기가 힘들 것 같습니다.')],
    ['no offer this time (zh)', () => zh('应聘结果', '李明您好：\n感谢您应聘我司前端工程师职位。\n经过慎重评估，本次没有正式offer给您。')],
    ['decided not to give an offer (zh)', () => zh('应聘结果', '李明您好：\n感谢您应聘我司前端工程师职位。\n经过慎重考虑，我们决定不向您发放offer。')],
    ['an offer found hard to give (ja)', () => ja('選考結果', '山田様\n\n慎重に選考いたしましたが、今回は内定を出すことは難しいという結論になりました。')],
    ['a condition before a dated interview (ko)', () => ko('안내', '김민수 님\n\n서류 전형 합격자에 한해 2025. 12. 3. 1차 면접을 진행할 예정입니다.')],
    ['no interview in this hiring (ko)', () => ko('채용 안내', '김민수 님\n\n이번 채용은 1차 면접 없이 서류 전형으로만 진행됩니다.')],
    ['a board’s recommendation inviting an application', () => extract({ fromName: 'Jobboard', fromEmail: 'noreply@jobboard.example', subject: 'Recommended job', body: 'Recommended job: Warehouse Associate at Acme Logistics. You are invited to submit your application today.' })],
    ['an acknowledgement inviting to explore other roles', () => en('Thank you for applying for the Data Analyst position at Acme. We have received your application. We invite you to explore other opportunities on our careers site.')],
    ['an acknowledgement inviting to register interest', () => en('Thank you for applying for the Data Analyst position at Acme. We have received your application. We also invite you to register your interest in future roles.')],
    ['a football position', () => extract({ fromName: 'Coach Dan', fromEmail: 'dan@fc-riverside.example', subject: 'Saturday', body: 'Here is your spot for Saturday.\n\nPosition: Goalkeeper\nKick-off: 10:30' })],
  ])('%s', (_, read) => {
    expect(read().kind).toBe('other');
  });

  it.each([
    ['an interview with “technical” (ja)', () => ja('面接のご案内', '書類選考の結果、技術面接のご案内をいたします。'), 'interview'],
    ['an interview for a systems engineer (ja)', () => ja('面接のご案内', 'システムエンジニア職へのご応募について、一次面接のご案内をいたします。'), 'interview'],
    ['an interview “if the date does not suit” (ja)', () => ja('面接のご案内', '一次面接の日程をご案内しますので、ご都合が悪い場合はお知らせください。'), 'interview'],
    ['an offer after the final interview’s result (ja)', () => ja('内定のご連絡', '先日の最終面接の結果、山田様を採用させていただくことになりました。'), 'offer'],
    ['an interview “do not be late” (ko)', () => ko('면접 안내', '1차 면접은 12월 3일 오후 2시에 진행되며, 늦지 않도록 유의해 주세요.'), 'interview'],
    ['an interview “if unavoidable” (ko)', () => ko('면접 안내', '1차 면접 일정을 안내드리며, 불가피한 사정으로 참석이 어려우시면 연락 주세요.'), 'interview'],
    ['an invitation after thanks in the same sentence (zh)', () => zh('面试邀请', '感谢您投递我司前端开发工程师职位，我们诚挚地邀请您参加面试，时间为12月10日下午2点。'), 'interview'],
    ['an interview “if you cannot come” (zh)', () => zh('面试通知', '请于12月10日14:00来公司面试，如无法参加请提前告知。'), 'interview'],
    ['an interview with a cancellation note (ja)', () => ja('面接のご案内', '一次面接のご案内です。\n面接のキャンセルや日程変更をご希望の場合は、前日までにご連絡ください。'), 'interview'],
    ['an interview with a reception desk (zh)', () => zh('面试通知', '诚邀您下周二来公司面试。面试当天请到前台报到。'), 'interview'],
    ['an offer with “if you accept” (ja)', () => ja('内定のご連絡', '内定を出させていただきますので、承諾いただける場合は書類をご返送ください。'), 'offer'],
    ['an invitation despite a candidate not selected elsewhere', () => en('We would like to invite you to an interview on Tuesday at 10:00. Candidates not being selected for the next round will be notified by email.'), 'interview'],
    ['a Swedish offer mentioning applications elsewhere', () => extract({ fromName: 'Sara Lind', fromEmail: 'rekrytering@nordvik.example', subject: 'Erbjudande', body: 'Hej Anna,\n\nVi har glädjen att erbjuda dig tjänsten som lagerarbetare hos oss. Om du redan har sökt jobb på annat håll, meddela oss gärna.\n\nSara' }), 'offer'],
  ])('%s', (_, read, kind) => {
    expect(read().kind).toBe(kind);
  });

  it.each([
    ['안녕하세요.\n저는 주식회사 누리온랩 인사팀 김민지입니다. 1차 면접 안내드립니다.', '주식회사 누리온랩'],
    ['안녕하세요 주식회사 누리온랩입니다. 1차 면접 안내드립니다.', '주식회사 누리온랩'],
    ['주식회사 NHN이 1차 면접을 안내드립니다.', '주식회사 NHN'],
    ['株式会社はてなの採用担当です。面接のご案内です。', '株式会社はてな'],
    ['株式会社ABC Japanの採用担当です。面接のご案内です。', '株式会社ABC Japan'],
    ['お世話になっております。みらい建設株式会社の佐藤です。面接のご案内です。', 'みらい建設株式会社'],
    ['はじめまして、株式会社ほけんの窓口です。面接のご案内です。', null],
  ])('a company in the text: %s', (body, company) => {
    expect(extract({ fromName: '採用担当', fromEmail: 'hr@example-corp.example', subject: 'ご案内', body }).company).toBe(company);
  });

  it('a department before the form in the From name', () => {
    expect(extract({ fromName: '採用担当 株式会社ミズホ工業', fromEmail: 'saiyo@mizuho-kogyo.example', subject: '面接のご案内', body: '面接のご案内です。' }).company).toBe('株式会社ミズホ工業');
  });

  it('a headhunter named only in the subject is an agency', () => {
    const r = extract({ fromName: '株式会社キャリアブリッジ', fromEmail: 'info@careerbridge.example', subject: 'ヘッドハンターより：営業部長ポジションのご提案', body: 'ご経歴を拝見し、ご連絡いたしました。営業部長のポジションをご紹介させてください。' });
    expect(r.company).toBeNull();
  });

  it.each([
    ['Essa vaga é uma oportunidade de crescer em uma empresa sólida. Queremos convidá-lo para uma entrevista.', 'Acmesoft'],
    ['W Kadromex każdy nasz klient jest dla nas najważniejszy. Zapraszamy na rozmowę kwalifikacyjną.', 'Kadromex'],
    ['We place all new engineers with a mentor. We would like to invite you to an interview.', 'Northwind'],
  ])('an employer describing itself is no agency: %s', (body, company) => {
    expect(extract({ fromName: `${company} HR`, fromEmail: `hr@${company.toLowerCase()}.example`, subject: 'Interview', body }).company).toBe(company);
  });

  it.each([['Position: Full-time'], ['Cargo: A combinar'], ['Poste : CDI']])('a contract term in a position field is no title: %s', (field) => {
    const r = en(`Thank you for applying. We would like to invite you to an interview on Tuesday at 10:00.\n\n${field}`);
    expect(r.role).toBeNull();
  });

  it('a position field keeps a title with “in”', () => {
    expect(en('Thank you for applying. We would like to invite you to an interview on Tuesday at 10:00.\n\nPosition: Lecturer in Computer Science').role).toBe('Lecturer in Computer Science');
  });

  it('a semicolon after a field label is no title', () => {
    expect(en('Thank you for applying.\n\nPosition: tbd; see below').role).toBeNull();
  });
});
