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

  it('an offer of employment by its name, in the present tense ("Anställningserbjudande", "erbjuder dig en anställning")', () => {
    const r = extract({
      fromName: 'Bageri Solrosen',
      fromEmail: 'info@solrosen-bageri.example',
      subject: 'Anställningserbjudande – bagare',
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
    ['Having read it twice, the panel has decided to reject your application for the Yard Supervisor post.'],
    ['Regrettably we will not select you for the final round, as the post calls for three years on site.'],
  ])('a refusal: %s', (sentence) => {
    const r = extract({ ...from, subject: 'Your application for Yard Supervisor', body: `Hello Dev,\n\nThank you for applying. ${sentence}\n\nBest wishes,\nTamsin Lowe\nRecruitment Coordinator` });
    expect(r.kind).toBe('other');
  });

  it('thanks for registering on a talent platform is account mail', () => {
    const r = extract({
      fromName: 'Brightpath Talent',
      fromEmail: 'no-reply@brightpath-talent.example',
      subject: 'Welcome to Brightpath',
      body: 'Dear Lina,\n\nThanks for registering with Brightpath! Sign in with lina.k to add your skills and experience; the employers we work with may then get in touch about an opportunity.',
    });
    expect(r.kind).toBe('other');
  });

  it('an acknowledgement that promises to write about the next stage invites to nothing yet', () => {
    const r = extract({
      fromName: 'Kelso Foods Careers',
      fromEmail: 'careers@kelsofoods.example',
      subject: 'Application received',
      body: "Dear Omar,\n\nYour application for Shift Lead has been duly received. We'll read it carefully and get back to you about the next steps once the posting closes.\n\nKelso Foods Careers",
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
    ['German offer received', 'Nächste Schritte', 'Hallo Jonas,\n\nanbei erhalten Sie wie besprochen unser Angebot, mit Gehalt und Startdatum in der Werkstatt.\n\nGreta Albers', 'offer'],
    ['Polish decision to hire', 'Decyzja', 'Dzień dobry,\n\nPo rozmowie kwalifikacyjnej zdecydowaliśmy się na zatrudnienie Pana na stanowisku Stolarz. Prosimy o kontakt.\n\nGreta Albers', 'offer'],
    ['a closed role', 'Joiner – an update', 'Hi Jonas,\n\nThe joiner vacancy in our Bremen workshop has been closed for good after a change of plans. Thanks for your patience with us.\n\nGreta', 'other'],
    ['a new hire congratulated by a platform', 'Great news', "Hi Jonas,\n\nThe workshop just told us: you've officially been hired as their joiner! We wish you a good start.\n\nThe Greta Team", 'other'],
    ['an account created', 'Welcome', 'Hello Jonas,\n\nGood news: your account has been successfully activated. Add a photo and your experience to get noticed by employers.\n\nGreta', 'other'],
    ['a Portuguese talent pool', 'Banco de talentos', 'Olá João,\n\nObrigado pelo contacto. O seu currículo foi incluído no nosso banco de talentos e será considerado em futuras vagas de marcenaria.\n\nGreta', 'other'],
  ])('%s', (_what, subject, body, kind) => {
    expect(extract({ ...from, subject, body }).kind).toBe(kind);
  });
});

describe('false readings the review found', () => {
  it('outreach that opens by congratulating on a new role stays outreach', () => {
    const body =
      "Hi Sam,\n\nCongratulations on your new role at Brightwave! I'm recruiting a Senior Backend Engineer for a fintech client and your background stands out. Would you be open to a quick call next week?\n\nLeah";
    expect(extract({ fromName: 'Leah Morton', fromEmail: 'leah@northlight-search.example', subject: 'Backend role', body }).kind).toBe('outreach');
  });

  it('a slot that could not be given is no refusal', () => {
    const body =
      "Hi Sam,\n\nThanks for applying to the Warehouse Planner position. We were unable to select you for the Tuesday slot as it is full, so we'd like to invite you to an interview on Wednesday at 10:00 instead.\n\nLeah";
    expect(extract({ fromName: 'Leah Morton', fromEmail: 'leah.morton@kelsofoods.example', subject: 'Interview', body }).kind).toBe('interview');
  });

  it.each([
    ['jobson@morgonsoffan.example', 'a radio presenter named Jobson'],
    ['redaktion@stellenbosch-radio.example', 'a place starting with a job word'],
    ['wettbewerb@radionord.example', 'a competition desk'],
  ])('a sender not named for hiring (%s, %s) opens nothing', (fromEmail) => {
    const body = 'Hej Erik! Vi vill gärna bjuda in dig till en intervju på torsdag om din bok. Passar klockan 14 för dig?';
    expect(extract({ fromName: 'Morgonsoffan', fromEmail, subject: 'Hej', body }).kind).toBe('other');
  });

  it("the reader's own employer writing about a contract renewal is no approach", () => {
    const body =
      'Hallo Jonas,\n\nim Zuge der Verlängerung Ihres Arbeitsvertrags möchten wir Sie zu einem Gespräch mit Ihrer Teamleitung am Dienstag um 10:00 einladen.\n\nIhre Personalabteilung';
    expect(extract({ fromName: 'Personalabteilung', fromEmail: 'personal@lindenholz-werke.example', subject: 'Ihr Vertrag', body }).kind).toBe('other');
  });

  it.each([
    ['Jan van Dijk', 'Dijk'],
    ['Ana da Silva', 'Silva'],
  ])('a name particle is no "from": %s', (person, family) => {
    const body = `Hello Priya,\n\n${person} has invited you to complete a recorded interview.\n\n[Start Interview]\n\n© 2026 Testloom.`;
    expect(extract({ fromName: 'Testloom', fromEmail: 'interviews@testloom.example', subject: 'Interview Invitation', body }).company).not.toBe(family);
  });

  it('"someone from Human Resources" names no employer', () => {
    const body = 'Hello Priya,\n\nSomeone from Human Resources has invited you to complete a recorded interview.\n\n© 2026 Testloom.';
    expect(extract({ fromName: 'Testloom', fromEmail: 'interviews@testloom.example', subject: 'Interview Invitation', body }).company).not.toBe('Human Resources');
  });

  it("a contraction still promises (\"we'll contact you regarding the next stage\")", () => {
    const body = "Dear Omar,\n\nThank you for applying to the Shift Lead position; your application has been received. We'll review it and contact you regarding the next stage.\n\nKelso Foods Careers";
    expect(extract({ fromName: 'Kelso Foods Careers', fromEmail: 'careers@kelsofoods.example', subject: 'Application received', body }).kind).toBe('other');
  });
});

describe("round 14's development parts", () => {
  it('"vía" relays like "via" ("Lucía vía Reclutia")', () => {
    const r = extract({
      fromName: 'Lucía vía Reclutia',
      fromEmail: 'lucia@reclutia-talento.example',
      subject: 'Una oportunidad',
      body: 'Hola Pablo,\n\nVi tu perfil y creo que hay una oportunidad de Jefe de Ventas que podría interesarte. ¿Tenés 15 minutos esta semana?\n\nLucía',
    });
    expect(r.firstName).toBe('Lucía');
    expect(r.company).not.toBe('Lucía vía Reclutia');
  });

  it('a Dutch article signing with a team is no company ("Het Recruitment Team")', () => {
    const body = 'Hoi Sanne,\n\nBedankt voor je sollicitatie op de functie Planner! We nemen binnen twee werkdagen contact met je op.\n\nHet Recruitment Team';
    expect(extract({ fromName: 'Recruitment Team', fromEmail: 'noreply@planners-werving.example', subject: 'Bedankt', body }).company).not.toBe('Het');
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
      body: 'Dear Ravi,\n\nMarlow Analytics Pvt. Ltd. would like to meet you for the Data Analyst opening: can you come to our Pune office on Monday at 11:00?\n\nHiring Team',
    });
    expect(r.company).toBe('Marlow Analytics Pvt. Ltd.');
  });

  it('a region after the name is its office, not part of it', () => {
    const r = extract({
      fromName: 'Ines Carvalho',
      fromEmail: 'ines.carvalho.talent@gmail.com',
      subject: 'Support Engineer | Halvorsen Robotics EMEA',
      body: 'Hi Tom,\n\nI came across your profile and think you would be a strong fit for our Support Engineer team at Halvorsen Robotics EMEA. Are you open to a quick chat this week?\n\nInes',
    });
    expect(r.company).toBe('Halvorsen Robotics');
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
