// Hand-written messages for the mechanisms of issue 14's thirty-second round (gathering round 38). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { tidyCompany } from '../../core/extract/company/candidates';
import { extract } from '../support/extract-message';

describe('a business pitch to the reader has nothing to decline', () => {
  it.each([
    ['a product demo', 'Cut your warehouse costs', "Hi Sam,\n\nAt Parcelwise we help companies like yours cut picking costs by a fifth. I'd love to show you a quick demo. Do you have 15 minutes on Thursday?\n\nNell Okafor\nParcelwise"],
    ['a partnership', 'Partnership idea: Harbourline x Parcelwise', 'Hi Sam,\n\nI think there is a real opportunity for Harbourline and Parcelwise to build a joint delivery feed. Would you be open to a quick call to explore a partnership?\n\nBest,\nNell Okafor\nHead of Alliances, Parcelwise'],
    ['an acquisition', 'A confidential question about Okafor Plumbing', "Hi Mr. Okafor,\n\nI represent buyers looking at plumbing businesses in the region, and I wanted to ask whether you'd be open to a confidential conversation about acquisition interest. A 10-minute call at your convenience?\n\nNell Brandt"],
    ['a speaking invitation', 'Invitation to speak at Harbour DevDays', 'Dear Sam,\n\nWe would like to invite you to speak at Harbour DevDays on 4 June. It is a speaking opportunity in front of 300 engineers; talks run 30 minutes.\n\nKind regards,\nNell Okafor\nProgramme chair'],
  ])('%s', (_what, subject, body) => {
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@parcelwise.example', subject, body }).kind).toBe('other');
  });
  it.each([
    ['a recruiter who names the role', 'Quick chat?', "Hi Sam,\n\nWe help companies like yours ship faster, and we are hiring a Staff Engineer to lead our platform team. Would you be open to a quick call on Thursday?\n\nNell Okafor\nParcelwise"],
    ['a startup founder who found the profile', "Parcelwise: we're raising, and building", "Hi Sam,\n\nI came across your profile and loved your work on routing. We're raising our seed round and I'd love to tell you what we are building. Are you open to a call?\n\nNell Okafor\nFounder, Parcelwise"],
  ])('%s stays an approach', (_what, subject, body) => {
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@parcelwise.example', subject, body }).kind).toBe('outreach');
  });
});

describe('a refusal or a withdrawn offer in new words has nothing to decline', () => {
  it.each([
    ['not advanced to the next round', 'Your application: Lab Technician', 'Dear Sam,\n\nThank you for your interest in Harbourline. Our hiring team reviewed your application and we are not able to advance you to the next round for the Lab Technician position.\n\nWe wish you all the best.\nHarbourline HR'],
    ['an offer that has been rescinded', 'Your offer', 'Dear Sam,\n\nWe are writing to let you know that your offer has been rescinded following the restructuring of the team.\n\nHarbourline Recruitment'],
  ])('%s', (_what, subject, body) => {
    expect(extract({ fromName: 'Harbourline HR', fromEmail: 'hr@harbourline.example', subject, body }).kind).toBe('other');
  });
  it('an offer with a deadline stays an offer', () => {
    const body = 'Dear Sam,\n\nWe are delighted to offer you the position of Lab Technician at Harbourline, starting 1 June. Please sign the attached offer letter by Friday.\n\nHarbourline HR';
    expect(extract({ fromName: 'Harbourline HR', fromEmail: 'hr@harbourline.example', subject: 'Your offer: Lab Technician', body }).kind).toBe('offer');
  });
});

describe("a staffing firm's hot list of consultants is the firm's, not an employer's", () => {
  it('its own name is no employer', () => {
    const body = 'Hi,\n\nPlease find below our hot list of consultants currently available for C2C projects.\n\nJava Developer - 8 yrs - Open\nQA Analyst - 6 yrs - Open\n\nKindly forward your requirements.\n\nThanks,\nNell Okafor\nBrightcore Systems Inc';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@brightcoresystems.example', subject: 'Brightcore Systems Hot List', body }).company).toBeNull();
  });
  it('a unit named in the job description ("join the Payments division") is no client', () => {
    const body = 'Hi,\n\nPlease find our hot list of consultants currently available below.\n\nCurrently we are looking for a Sr. Java Developer. The engineer will join the Payments division and work on the checkout systems.\n\nThanks,\nNell Okafor\nBrightcore Systems Inc';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@brightcoresystems.example', subject: 'Sr. Java Developer', body }).company).not.toBe('Payments');
  });
  it("a state's code after a city is no client", () => {
    const body = 'Dear Candidate:\n\nMy client, located in Austin, TX is looking for a Java developer for a long-term contract.\n\nWould you know of anyone who might be interested?\n\nNell Okafor';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@brightcore.example', subject: 'Java developer needed in Austin, TX', body }).company).not.toBe('TX');
  });
});

describe("a people department's name after the organisation's is cut", () => {
  it.each([
    ['Harbourline People Operations Team', 'Harbourline'],
    ['Harbourline People & Culture', 'Harbourline'],
    ['Premier People Services', 'Premier People Services'],
  ])('tidyCompany: %s', (name, company) => {
    expect(tidyCompany(name)).toBe(company);
  });
  it.each([
    ['Harbourline University People and Culture', 'Harbourline University'],
  ])('%s', (sender, company) => {
    const body = `Dear Sam,\n\nThank you for applying for the Lab Technician position. We would like to invite you to an interview on Tuesday at 10:00.\n\nKind regards,\n${sender}`;
    expect(extract({ fromName: sender, fromEmail: 'careers@harbourline.example', subject: 'Interview invitation: Lab Technician', body }).company).toBe(company);
  });
});

describe('refusal words that refuse nothing', () => {
  it("the reader's choice on a condition keeps an offer an offer", () => {
    const body = "Hi Sam,\n\nI sent the offer letter for the Controls Engineer position on Monday and haven't heard back.\n\nIf you've decided to pursue another opportunity, I understand; just let me know. If you're still planning to accept the offer, please confirm so we can arrange your start date.\n\nNell Okafor\nHarbourline Robotics";
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@harbourline.example', subject: 'Re: Offer – Controls Engineer', body }).kind).toBe('offer');
  });
  it('a regret about an interview moved to a new time keeps the interview', () => {
    const body = 'Dear Sam,\n\nI regret to inform you that the Thursday interview for the Payroll Lead position must be rescheduled. Could we move it to Monday at 10:30? Please let me know if that works for you.\n\nNell Okafor\nHR Coordinator, Harbourline';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@harbourline.example', subject: 'Payroll Lead interview: a new date', body }).kind).toBe('interview');
  });
  it('a refusal stays a refusal', () => {
    const body = 'Dear Sam,\n\nThank you for interviewing for the Payroll Lead position. Unfortunately, we have decided to move forward with another candidate.\n\nNell Okafor\nHarbourline';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@harbourline.example', subject: 'Payroll Lead', body }).kind).toBe('other');
  });
});

describe('smaller readings', () => {
  it('"Need" before a title in a subject is no part of it', () => {
    const body = 'Hi,\n\nWe have an urgent opening with one of our clients in New Jersey. Please send me your resume if you are interested.\n\nNell';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@brightcore.example', subject: 'Need Business Analysis Manager with Pega, NJ', body }).role).toBe('Business Analysis Manager');
  });
  it('an energy company in a display name is no person ("Clarke Energia")', () => {
    const body = 'Olá, Mateus!\n\nObrigado pela sua candidatura à vaga de Analista de Dados. Em breve entraremos em contato.';
    expect(extract({ fromName: 'Clarke Energia Trial', fromEmail: 'clarkeenergia@mail.example', subject: 'Sua candidatura', body }).firstName).toBeNull();
  });
});

describe('more names that are no employer, and a title with its reference note', () => {
  it('a team word in Romanian before the name ("Echipa Lunaris.md")', () => {
    const body = 'Bună ziua,\n\nVă mulțumim pentru aplicație. Vă invităm la un interviu pentru postul de Psiholog joi la ora 10:00.\n\nCu stimă,\nEchipa Lunaris.md';
    expect(extract({ fromName: 'Echipa Lunaris.md', fromEmail: 'echipa@lunaris-md.example', subject: 'Invitație la interviu - Lunaris.md', body }).company).toBe('Lunaris.md');
  });
  it("a web form's tag in the subject ([Portfolio])", () => {
    const body = 'Hi Sam,\n\nI found your portfolio and I am impressed with your Django work. We have an exciting opportunity that matches your skills. Would you be open to a quick call?\n\n---\nFrom: Nell Okafor\nEmail: nell.okafor@mail.example';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell.okafor@mail.example', subject: '[Portfolio] Job Opportunity — from Nell Okafor', body }).company).toBeNull();
  });
  it('a reference note after the title ("(ref)")', () => {
    const body = 'Dear Sam,\n\nThank you for applying. We would like to invite you to an interview for the post of Senior Research Technician (ref) on Tuesday at 10:00.\n\nKind regards,\nNell Okafor\nHarbourline Institute';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@harbourline.example', subject: 'Interview invitation', body }).role).toBe('Senior Research Technician');
  });
});

describe("the review's counter-examples keep their reading", () => {
  const ask = (subject: string, body: string, fromName = 'Nell Okafor', fromEmail = 'nell@lumen.example') => extract({ fromName, fromEmail, subject, body });
  it.each([
    ['Talent Acquisition Opportunity at Lumen', 'Hi Sam,\n\nWe are building out our team in Berlin and I think you would be a great fit. Would you be open to a quick call?\n\nNell Okafor\nLumen'],
    ['Strategic Partnership Manager – Lumen', 'Hi Sam,\n\nWe are looking for a Strategic Partnership Manager to join Lumen. Would you be open to a quick call this week?\n\nNell Okafor'],
    ['Founding engineer?', "Hi Sam,\n\nWe're raising our seed round and looking for a founding engineer to build the product with us. Would you be up for a quick call?\n\nNell Okafor\nFounder, Lumen"],
    ['Account Executive at Lumen', 'Hi Sam,\n\nOur platform helps retailers cut returns costs, and we are growing the sales team. Would you be interested in joining us as an Account Executive?\n\nNell Okafor'],
  ])('a recruiter\'s approach with business words stays one: %s', (subject, body) => {
    expect(ask(subject, body).kind).toBe('outreach');
  });
  it('a refusal that mentions a new date stays a refusal', () => {
    expect(ask('Your final interview – Data Analyst', 'Dear Sam,\n\nWe had hoped to find a new date for your final interview next week, but I regret to inform you that we have filled the position.\n\nNell Okafor').kind).toBe('other');
  });
  it("an offer's deadline warning keeps the offer", () => {
    expect(ask('Offer of employment – Data Analyst', 'Dear Sam,\n\nCongratulations! We are pleased to offer you the position of Data Analyst. Please accept the offer within 3 days, failing which it will be assumed that you are not interested and hence the offer will be withdrawn.\n\nNell Okafor').kind).toBe('offer');
  });
  it('Portuguese: a stage of the vacancy closed and the candidate approved keeps the invitation', () => {
    expect(ask('Processo seletivo', 'Olá Sam,\n\nA etapa de triagem da vaga de Analista de Dados foi encerrada e você avançou! Gostaríamos de agendar uma entrevista na próxima semana.\n\nNell Okafor').kind).toBe('interview');
  });
  it('an assessment required to go on keeps the invitation', () => {
    expect(ask('Next step: coding assessment', 'Hi Sam,\n\nThank you for your application. The next step is a short coding assessment; please complete it by Friday, as without it we are unable to move you forward.\n\nNell Okafor\nLumen').kind).toBe('interview');
  });
  it("an in-house recruiter's request for the reader's requirements keeps its company", () => {
    const body = 'Dear Sam,\n\nWe would like to invite you to an interview for the Data Analyst position on Tuesday at 10:00. If you need any adjustments, please share any requirements with us in advance.\n\nKind regards,\nNell Okafor\nNorthwind';
    expect(ask('Interview invitation: Data Analyst', body, 'Nell Okafor', 'nell.okafor@northwind.example').company).toBe('Northwind');
  });
  it('"the Tata group" keeps its name', () => {
    const body = 'Hi Sam,\n\nI came across your profile. Would you like to join the Tata group in Mumbai as a Data Analyst? Happy to tell you more.\n\nNell Okafor';
    const r = ask('Data Analyst in Mumbai', body, 'Nell Okafor', 'nell@mailbox.example');
    expect(r.company ?? r.suggestions?.company).toBe('Tata');
  });
  it('a staffing firm named for its people services keeps its name', () => {
    const body = 'Dear Sam,\n\nThank you for applying for the Lab Technician position. We would like to invite you to an interview on Tuesday at 10:00.\n\nKind regards,\nPremier People Services';
    expect(ask('Interview invitation: Lab Technician', body, 'Premier People Services', 'careers@premierpeopleservices.example').company).toBe('Premier People Services');
  });
  it('a qualifier in brackets that is no reference note stays in the title', () => {
    const body = 'Dear Sam,\n\nThank you for applying. We would like to invite you to an interview for the post of Operations Analyst (Reference Data) on Tuesday at 10:00.\n\nKind regards,\nNell Okafor\nHarbourline Bank';
    expect(ask('Interview invitation', body, 'Nell Okafor', 'nell@harbourlinebank.example').role).toBe('Operations Analyst (Reference Data)');
  });
});
