// Hand-written messages for the mechanisms of issue 14's seventeenth round (gathering round 23). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { STATE_AT, confidence } from '../../core/extract/confidence';
import { AUTOMATED_MAILBOX, NO_REPLY_MAILBOX } from '../../core/extract/lexicon';
import { isRoleMailbox } from '../../core/extract/names/display';
import { extract, fromHiringTeam } from '../support/extract-message';

describe('one table of automated mailboxes', () => {
  it.each(['no-reply', 'noreply', 'do_not_reply', 'donotreply', 'no-responder', 'nao.responda', 'nicht-antworten', 'niet-beantwoorden', 'non_rispondere', 'nie-odpowiadaj'])(
    '"%s@" says no one reads replies',
    (local) => {
      expect(NO_REPLY_MAILBOX.test(local)).toBe(true);
      expect(AUTOMATED_MAILBOX.test(local)).toBe(true);
      expect(isRoleMailbox(local)).toBe(true);
    },
  );

  it.each(['notifications', 'notificacoes', 'notifiche', 'notify', 'notiser', 'varsel', 'varsler', 'meddelanden', 'meddelelser', 'upozorneni', 'powiadomienia', 'avisos', 'alerts', 'mailer', 'invitations'])(
    '"%s@" is an automated mailbox',
    (local) => {
      expect(AUTOMATED_MAILBOX.test(local)).toBe(true);
    },
  );

  it.each(['jane.doe', 'careers', 'recruiting', 'hr', 'inviteme.ops', 'tomas'])('"%s@" is not automated', (local) => {
    expect(AUTOMATED_MAILBOX.test(local)).toBe(false);
  });

  it.each(['Nicht antworten', 'NIET BEANTWOORDEN', 'No-responder', 'Non rispondere'])('"%s" in a display name is no company', (value) => {
    expect(confidence('company', 'stated', value)).toBeLessThan(STATE_AT);
  });

  it("a job board's bare name from its Norwegian alerts mailbox is a suggestion, not the employer", () => {
    const r = extract({
      fromName: 'Jobbnett',
      fromEmail: 'varsler@jobbnett-app.no',
      subject: 'Du har en ny melding',
      body: 'Hei Kari,\n\nFjordlys Bygg AS har sett profilen din og vil gjerne snakke med deg om en ledig stilling som tømrer.\n\nLogg inn på Jobbnett for å svare.\n\nJobbnett',
    });
    expect(r.company).not.toBe('Jobbnett');
  });
});

describe('an organisation signing from its own shared inbox', () => {
  const body =
    'Olá Marina,\n\nVocê foi selecionada para participar do processo seletivo para a vaga de Analista Fiscal na Lumentex Têxtil.\n\nPara continuar, responda a este e-mail com sua disponibilidade.\n\nAtenciosamente,\nLumentex Têxtil';

  it('names the employer when the domain spells it', () => {
    const r = extract({ fromName: 'Lumentex Têxtil', fromEmail: 'recrutamento@lumentex.com.br', subject: 'Processo seletivo – Analista Fiscal', body });
    expect(r.company).toBe('Lumentex Têxtil');
    expect(r.firstName).toBeNull();
  });

  it("is not taken for the employer when an app's mailbox signs with the app's name", () => {
    const r = extract({
      fromName: 'ShiftBee',
      fromEmail: 'shifts@shiftbee-mail.com',
      subject: 'New shift available',
      body: 'Hi Tom,\n\nA new shift that matches your profile has been posted: Barista at Harbour Café, Saturday 9:00–15:00.\n\nApply now to secure your spot.\n\nThanks,\nShiftBee',
    });
    expect(r.company).not.toBe('ShiftBee');
  });

  it('keeps a person signing from a personal mailbox a person', () => {
    const r = extract({
      fromName: 'Lívia Prado',
      fromEmail: 'livia.prado@lumentex.com.br',
      subject: 'Vaga de Analista Fiscal',
      body: 'Olá Marina,\n\nVi seu perfil e gostaria de conversar sobre a vaga de Analista Fiscal na Lumentex Têxtil. Teria interesse?\n\nAbraços,\nLívia Prado',
    });
    expect(r.firstName).toBe('Lívia');
  });
});

describe('company names', () => {
  it('cuts the Turkish department abbreviation "İK" from an organisation', () => {
    const r = extract({
      fromName: 'Karadeniz Tekstil İK',
      fromEmail: 'ik@karadeniztekstil.com.tr',
      subject: 'Mülakat Daveti - Üretim Planlama Uzmanı',
      body: 'Sayın Elif Hanım,\n\nÜretim Planlama Uzmanı pozisyonu için yaptığınız başvuru değerlendirilmiş olup sizi mülakata davet etmek isteriz.\n\nSaygılarımızla,\nKaradeniz Tekstil İK',
    });
    expect(r.company).toBe('Karadeniz Tekstil');
  });

  it.each(['Compania mea', 'Firma noastră', 'Echipa noastra'])('Romanian "%s" is no company', (value) => {
    expect(confidence('company', 'domain-named', value)).toBeLessThan(STATE_AT);
  });
});

describe('sign-offs in Russian, Ukrainian, Turkish and Romanian', () => {
  it.each([
    ['С уважением, Дарья Волкова\nHR-менеджер', 'Дарья'],
    ['З повагою,\nМарина Литвин\nрекрутерка', 'Марина'],
  ])('the signer after "%s" is the recruiter', (signature, first) => {
    const r = extract({
      fromName: 'Карьера Альфастрой',
      fromEmail: 'career@alfastroy-team.ru',
      subject: 'Приглашение на собеседование',
      body: `Здравствуйте, Иван!\n\nПриглашаем вас на собеседование на вакансию инженера-сметчика в четверг в 11:00.\n\n${signature}`,
    });
    expect(r.firstName).toBe(first);
  });
});

describe('Russian approaches', () => {
  it.each([
    'Добрый день, Анна! Меня зовут Олег, веду поиск Data Engineer в команду Северпэй. Подскажите, пожалуйста, ваши ожидания по доходу и формат работы.',
    'Здравствуйте, Анна! Это Олег, занимаюсь подбором в Северпэй. Позиция Data Engineer предполагает удалённую работу. Удобно ли обсудить?',
  ])('"%s" is outreach', (body) => {
    const r = extract({ fromName: 'Олег Смирнов', fromEmail: 'o.smirnov@severpay.ru', subject: 'Data Engineer в Северпэй', body });
    expect(r.kind).toBe('outreach');
  });

  it('an order line item ("позиция заказа") is no approach', () => {
    const r = extract({
      fromName: 'Магазин Электрон',
      fromEmail: 'orders@elektron-shop.ru',
      subject: 'Ваш заказ №48213',
      body: 'Здравствуйте! Одна позиция вашего заказа временно отсутствует на складе. Мы сообщим, когда товар поступит.',
    });
    expect(r.kind).toBe('other');
  });
});

describe('offers', () => {
  it.each([
    ['Оффер', 'Добрый день, Павел!\n\nВы успешно прошли все этапы отбора, и мы предлагаем вам присоединиться к нашей команде на позиции аналитика. Вам направлен оффер с условиями.'],
    ['Офер', 'Добрий день, Павле!\n\nРаді повідомити: вам надіслано офер на посаду аналітика. Пропонуємо вам приєднатися до нашої команди з 1 березня.'],
    ["Offre d'emploi - Comptable", "Bonjour Claire,\n\nSuite à nos entretiens, nous avons le plaisir de vous faire une offre pour le poste de comptable au sein de notre cabinet.\n\nCordialement,\nLe service RH"],
  ])('"%s" is an offer', (subject, body) => {
    expect(fromHiringTeam(subject, body).kind).toBe('offer');
  });
});

describe('refusals', () => {
  it('"another candidate has been selected" from an applicant-tracking mailbox is nothing to decline', () => {
    const r = extract({
      fromName: 'acme@myworkday.com',
      fromEmail: 'acme@myworkday.com',
      subject: 'Acme career opportunity update on Data Analyst',
      body: "Hello Robin,\n\nThank you for your interest in Data Analyst.\n\nIn reviewing all candidates' backgrounds, we wanted to update you that another candidate has been selected for this opportunity whose experience more closely matches the position's requirements.\n\nWe appreciate your interest in Acme careers, so please continue to explore our opportunities.\n\nAcme Global Talent Acquisition Team",
    });
    expect(r.kind).toBe('other');
  });

  it('"you have not been referred to the hiring manager" is nothing to decline', () => {
    const r = extract({
      fromName: 'Staffing Office',
      fromEmail: 'staffingoffice@agency-example.gov',
      subject: 'Notice of Results for IT Specialist (Network)',
      body: 'Dear Robin Kessler,\n\nThis refers to the application you recently submitted for the position below.\n\nPosition Title: IT Specialist (Network)\n\nYou have not been referred to the hiring manager for this position.\n\nApplicants that were referred to the hiring manager for this position may be contacted for an interview.',
    });
    expect(r.kind).toBe('other');
  });

  it('Portuguese "seguido com outros perfis" is a refusal', () => {
    const r = extract({
      fromName: 'Ondaverde Energia',
      fromEmail: 'rh@ondaverde.com.br',
      subject: 'Processo seletivo – Analista de Marketing',
      body: 'Bruno,\n\nObrigado por dedicar seu tempo ao processo de Analista de Marketing.\n\nEmbora tenhamos seguido com outros perfis para esta vaga, valorizamos suas competências em análise de dados.\n\nManteremos seu perfil ativo e entraremos em contato quando surgir uma oportunidade mais alinhada.\n\nOndaverde Energia',
    });
    expect(r.kind).toBe('other');
  });
});

describe('invitations and what follows an interview', () => {
  it('"what day and time works best for you" asks for an interview time', () => {
    const r = extract({
      fromName: 'Dana Reyes',
      fromEmail: 'dana.reyes@harborline.example',
      subject: 'RE: Regarding your job submission for Network Engineer Position #311',
      body: 'Hi Sam,\n\nGood news. I just heard from the team and they would like to set up the 30 minute MS Teams meeting with you. Please see the availability below and let me know what day and time works best for you.\n\nMonday 1:00PM or 2:30PM\nTuesday 3:00PM\n\nThanks,\nDana',
    });
    // Read as an interview, or as an approach with the interview offered beside it: either way a letter to decline.
    expect([r.kind, ...(r.stageAlternatives ?? [])]).toContain('interview');
  });

  // A guard: read so before this round, by the application and the next step.
  it('a Portuguese invitation to the next stage of an application is an interview', () => {
    const r = fromHiringTeam(
      'Sua candidatura – Analista de Compras',
      'Olá Beatriz,\n\nObrigado pela sua candidatura. Temos boas notícias: gostaríamos de te convidar para a próxima etapa do processo!\n\nCumprimentos',
    );
    expect(r.kind).toBe('interview');
  });

  it('French thanks for attending an interview, the decision still to come, is nothing to decline', () => {
    const r = fromHiringTeam(
      'Merci pour votre entretien - Technicien',
      "Bonjour Marc,\n\nNous vous remercions d'avoir participé à l'entretien pour le poste de technicien. Nous finalisons actuellement notre processus de sélection et vous informerons de notre décision très prochainement.\n\nCordialement",
    );
    expect(r.kind).toBe('other');
  });
});
