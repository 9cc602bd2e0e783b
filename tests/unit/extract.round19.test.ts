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

  it.each([['张经理'], ['인사팀'], ['新卒 採用'], ['人事部'], ['面试官'], ['김대리'], ['株式会社']])('%s is no person', (name) => {
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
