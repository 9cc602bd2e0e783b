// Hand-written messages for the mechanisms of issue 14's ninth round (gathering round 13). Written for these tests:
// names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';
import { STATE_AT, confidence } from '../../core/extract/confidence';

describe('mail about employment lets the table read an invitation or an offer with no other job talk', () => {
  const invite = 'Hej Erik! Vi vill gärna bjuda in dig till en intervju på torsdag. Passar klockan 14 för dig?';

  it('from a sender named for hiring (a job platform relaying an employer)', () => {
    const r = extract({ fromName: 'Verkstad Nord via Jobbtorget', fromEmail: 'meddelanden@jobbtorget-mail.example', subject: 'Nytt meddelande', body: invite });
    expect(r.kind).toBe('interview');
  });

  it('from a recruiting mailbox', () => {
    const r = extract({ fromName: 'Verkstad Nord', fromEmail: 'rekrytering@verkstadnord.example', subject: 'Hej', body: invite });
    expect(r.kind).toBe('interview');
  });

  it('not from anyone else: a radio programme inviting to an interview stays unread', () => {
    const r = extract({ fromName: 'Morgonsoffan', fromEmail: 'redaktion@morgonsoffan.example', subject: 'Hej', body: invite });
    expect(r.kind).toBe('other');
  });

  it('an offer that names the employment itself, in the present tense ("erbjuder dig en anställning")', () => {
    const r = extract({
      fromName: 'Bageri Solrosen',
      fromEmail: 'info@solrosen-bageri.example',
      subject: 'Välkommen',
      body: 'Hej Elin,\n\nVi erbjuder dig en anställning som bagare från den 1 mars. Svara gärna senast fredag.\n\nHälsningar\nBageri Solrosen',
    });
    expect(r.kind).toBe('offer');
  });

  it('a shop\'s offer is still none', () => {
    const r = extract({ fromName: 'Bageri Solrosen', fromEmail: 'info@solrosen-bageri.example', subject: 'Veckans erbjudande', body: 'Hej! Vi erbjuder dig två kanelbullar till priset av en hela veckan.' });
    expect(r.kind).toBe('other');
  });
});

describe('refusals, registrations and acknowledgements in words the tables lacked', () => {
  const from = { fromName: 'Tamsin Lowe', fromEmail: 'tamsin.lowe@harrowgate-supplies.example' };

  it.each([
    ['We reviewed your application carefully and intend to reject your application for the Yard Supervisor position.'],
    ['We could not select you for the second round of the Yard Supervisor position because the role needs a forklift licence.'],
  ])('a refusal: %s', (sentence) => {
    const r = extract({ ...from, subject: 'Your application for Yard Supervisor', body: `Hello Dev,\n\nThank you for applying. ${sentence}\n\nBest wishes,\nTamsin Lowe\nRecruitment Coordinator` });
    expect(r.kind).toBe('other');
  });

  it('thanks for registering on a talent platform is account mail', () => {
    const r = extract({
      fromName: 'Brightpath Talent',
      fromEmail: 'no-reply@brightpath-talent.example',
      subject: 'Welcome to Brightpath',
      body: 'Dear Lina,\n\nThank you for registering on Brightpath. Your username is lina.k. Keep your profile up to date: employers looking for your skills and experience may contact you about an opportunity.',
    });
    expect(r.kind).toBe('other');
  });

  it('an acknowledgement that promises to write about the next stage invites to nothing yet', () => {
    const r = extract({
      fromName: 'Kelso Foods Careers',
      fromEmail: 'careers@kelsofoods.example',
      subject: 'Application received',
      body: 'Dear Omar,\n\nThank you for applying to the Shift Lead position. We confirm that your application has been successfully received. Our team will review it and contact you regarding the next stage of the process.\n\nKelso Foods Careers',
    });
    expect(r.kind).toBe('other');
  });

  it('one that asks the reader to book the next stage does', () => {
    const r = extract({
      fromName: 'Kelso Foods Careers',
      fromEmail: 'careers@kelsofoods.example',
      subject: 'Application received',
      body: 'Dear Omar,\n\nThank you for applying to the Shift Lead position. We would like to invite you to the next stage: please book a time for a video interview this week.\n\nKelso Foods Careers',
    });
    expect(r.kind).toBe('interview');
  });
});

describe('phrases the tables lacked, by concept', () => {
  const from = { fromName: 'Greta Albers', fromEmail: 'greta.albers@lindenholz-werke.example' };

  it.each([
    ['German offer, spelled without umlauts', 'Angebot', 'Hallo Jonas,\n\nwir freuen uns, Ihnen unser Angebot fuer die Position Schreiner (m/w/d) zu schicken. Der Vertrag liegt bei.\n\nGreta Albers', 'offer'],
    ['German offer received', 'Ihr Vertrag', 'Hallo Jonas,\n\nwie besprochen erhalten Sie heute unser Angebot für die Stelle in der Werkstatt, samt Gehalt und Startdatum.\n\nGreta Albers', 'offer'],
    ['Polish decision to hire', 'Decyzja', 'Dzień dobry,\n\nPo rozmowie kwalifikacyjnej zdecydowaliśmy się na zatrudnienie Pana na stanowisku Stolarz. Prosimy o kontakt.\n\nGreta Albers', 'offer'],
    ['a closed role', 'Update on the Joiner role', 'Hi Jonas,\n\nA quick update: the Joiner role at Lindenholz has been closed and will not reopen this year. Thank you for your time.\n\nGreta', 'other'],
    ['a new hire congratulated by a platform', 'Congratulations!', "Hi Jonas,\n\nYou've officially been hired as Joiner at Lindenholz Werke! Congratulations on your new role.\n\nThe Greta Team", 'other'],
    ['an account created', 'Welcome', 'Hello Jonas,\n\nYour account has been successfully created. Complete your profile and browse available opportunities.\n\nGreta', 'other'],
    ['a Portuguese talent pool', 'O seu perfil', 'Olá João,\n\nO seu perfil despertou o interesse da nossa equipa e foi incluído(a) na nossa Talent Pool para futuras oportunidades.\n\nGreta', 'other'],
  ])('%s', (_what, subject, body, kind) => {
    expect(extract({ ...from, subject, body }).kind).toBe(kind);
  });
});

describe('news of progress with the next step only promised is nothing to decline yet', () => {
  const from = { fromName: 'Equipe RH Serrano', fromEmail: 'rh@serrano-logistica.example' };

  it.each([
    ['Portuguese', 'Atualização do processo', 'Olá Bruno,\n\nVocê avançou para a próxima etapa do processo seletivo para Analista de Frota! Em breve entraremos em contato com os detalhes.\n\nEquipe RH'],
    ['French', 'Suite de votre candidature', 'Bonjour Inès,\n\nVotre entretien téléphonique du 4 mars est concluant. Vous serez prochainement invitée à un entretien avec la responsable du site.\n\nCordialement.'],
    ['English', 'Application update', 'Dear Arun,\n\nYou have advanced to the next stage of the selection for the Fleet Analyst position. The next steps will be shared with you shortly by the hiring team.\n\nHR'],
  ])('%s', (_lang, subject, body) => {
    expect(extract({ ...from, subject, body }).kind).toBe('other');
  });

  it('progress that comes with an invitation and a time is the next step', () => {
    const body =
      'Dear Arun,\n\nYou have advanced to the next stage of the Fleet Analyst position. We would like to invite you to an interview on Tuesday at 10:00; please confirm.\n\nHR';
    expect(extract({ ...from, subject: 'Interview', body }).kind).toBe('interview');
  });
});

describe('company names', () => {
  it('keeps an Indian or Singaporean legal form written with dots ("Pvt. Ltd.", "Pte. Ltd.")', () => {
    const r = extract({
      fromName: 'HR Team',
      fromEmail: 'hr@marlowanalytics.example',
      subject: 'Interview – Data Analyst',
      body: 'Dear Ravi,\n\nThank you for your interest in the Data Analyst position at Marlow Analytics Pvt. Ltd.. We are pleased to invite you for an interview on Monday at 11:00.\n\nRegards,\nHiring Team\nMarlow Analytics Pvt. Ltd.',
    });
    expect(r.company).toBe('Marlow Analytics Pvt. Ltd.');
  });

  it('a region after the name is its office, not part of it', () => {
    const r = extract({
      fromName: 'Ines Carvalho',
      fromEmail: 'ines.carvalho.talent@gmail.com',
      subject: 'Support Engineer | Halvorsen Robotics EMEA',
      body: 'Hi Tom,\n\nI came across your profile and think you would be a strong fit for our Support Engineer team. Are you open to a quick chat this week?\n\nInes',
    });
    expect(r.company ?? r.suggestions?.company ?? '').not.toMatch(/EMEA/);
  });

  it('an assessment platform relaying a person "from" the employer names that employer, not itself', () => {
    const body =
      'Hello Priya,\n\nMarisol Ortega from Quillfield Freight has invited you to complete a recorded interview.\n\n[Start Interview]\n\nThe link expires in five days.\n\n© 2026 Testloom. Hiring infrastructure.';
    const r = extract({ fromName: 'Testloom', fromEmail: 'interviews@testloom.example', subject: 'Interview Invitation', body });
    expect(r.company).toBe('Quillfield Freight');
  });

  it('a person who invites without an organisation is no employer', () => {
    const body = 'Hello Priya,\n\nMarisol Ortega has invited you to complete a recorded interview.\n\n[Start Interview]\n\n© 2026 Testloom.';
    const r = extract({ fromName: 'Testloom', fromEmail: 'interviews@testloom.example', subject: 'Interview Invitation', body });
    expect(r.company).not.toBe('Marisol Ortega');
  });

  it.each(['Veletrh', 'Targi', 'Jobbmesse', 'Nordic Career Fair'])('an event is no company: %s', (name) => {
    expect(confidence('company', 'named', name)).toBeLessThan(STATE_AT);
    expect(confidence('company', 'domain-named', name)).toBe(0);
  });
});
