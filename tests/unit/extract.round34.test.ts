// Hand-written messages for the mechanisms of issue 14's twenty-eighth round (gathering round 34). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { STATE_AT, confidence } from '../../core/extract/confidence';
import { extract } from '../support/extract-message';

describe("a network member's From name", () => {
  it('a given name and an initial relayed by a network is no company', () => {
    const body = "Bonjour Léa,\n\nJe suis Claire, responsable du recrutement chez Brindille Conseil. Votre profil a retenu mon attention pour un poste de Cheffe de projet.\n\nÊtes-vous disponible pour un échange cette semaine ?\n\nClaire V.";
    const r = extract({ fromName: 'Claire V. via Réseaupro', fromEmail: 'inmail@reseaupro.example', subject: 'Claire V. vous a envoyé un message', body });
    expect(r.company).toBe('Brindille Conseil');
  });
});

describe('English stage evidence', () => {
  it.each([
    ['one job put to the reader by a person is no alert', 'Maren Holt', 'maren.holt@fjordline-search.example', 'Great job for you', 'Hi Tom,\n\nWe have a great job for an experienced Go developer with our client, a growing fintech. Your profile looks like a strong fit. Are you interested?\n\nMaren Holt', 'outreach'],
    ['asked whether the applicant is open to a quick chat', 'Priya Nair', 'priya@lanternbio.example', 'Your application for Data Engineer', 'Hi, I am a recruiter at Lantern Bio and came across your application for the Data Engineer role. Would you be open to a quick chat about the team?', 'interview'],
    ['an interview promised on a condition, with a recruiter as its subject', 'Lantern Bio Hiring Team', 'no-reply@lanternbio.example', 'Thank you for applying to Lantern Bio', "Hi Tom,\n\nThanks for applying to the Data Engineer position at Lantern Bio. We've received your application. If your experience is a match, a recruiter will reach out to schedule an interview.\n\nLantern Bio Recruiting", 'other'],
  ])('%s', (_label, fromName, fromEmail, subject, body, kind) => {
    expect(extract({ fromName, fromEmail, subject, body }).kind).toBe(kind);
  });
});

describe("words that end no job title (the role's shape table)", () => {
  it.each(['Next Stage', 'Recruiter Screening', 'Recruiter AI Platform', 'Internship Joining', 'Instructor Application Has Been Approved', 'Teacher Project'])('%s is no title', (value) => {
    expect(confidence('role', 'subject', value)).toBe(0);
  });
  it('a sentence verb before the title lowers it', () => {
    expect(confidence('role', 'subject', 'Be an Associate')).toBeLessThan(confidence('role', 'subject', 'Associate Attorney'));
  });
  it.each(['Head of Platform', 'Platform Engineer', 'Project Manager', 'Backend Engineer (Platform)', 'Process Engineer'])('%s stays a title', (value) => {
    expect(confidence('role', 'subject', value)).toBeGreaterThan(0.5);
  });
});

describe("a department's word before an organisation's name", () => {
  it('Indonesian "HRD" before a legal form is the HR department', () => {
    const body = 'Kepada Yth. Budi,\n\nKami mengundang Anda untuk mengikuti interview untuk posisi Staff Admin pada hari Senin pukul 09.00.\n\nHRD PT Sinar Baru';
    expect(extract({ fromName: 'HRD PT Sinar Baru', fromEmail: 'hrd@sinarbaru.example', subject: 'Undangan Interview', body }).company).toBe('PT Sinar Baru');
  });
});

describe('what the round must not read (review)', () => {
  const invitation = 'Hello Tom,\n\nThank you for applying for the Marketing Assistant position. We would like to invite you to an interview on Tuesday at 10:00.\n\nBest regards,\nThe team';
  it.each([
    ['Studio K.', 'jobs@studiok.example', 'Studio K.'],
    ['HRD Antwerp NV', 'jobs@hrdantwerp.example', 'HRD Antwerp NV'],
  ])('the company %s from its own domain keeps its name', (fromName, fromEmail, company) => {
    expect(extract({ fromName, fromEmail, subject: 'Interview invitation', body: invitation }).company).toBe(company);
  });

  it.each(['Senior Software Engineer - Platform', 'Chargé de communication - Stage', 'Analyst, Sanctions Screening', 'Investment Associate - Early Stage', 'Manager, Special Project'])(
    '%s stays a title',
    (value) => {
      expect(confidence('role', 'subject', value)).toBeGreaterThan(0.5);
    },
  );

  it('a job board\'s single job for the reader is still an alert', () => {
    const body = 'Hi Tom,\n\nData Analyst / Acme Analytics · Leeds (Hybrid)\nAcme Analytics is looking for a Data Analyst to join its insights team. See the job and apply in one click.\n\nView job';
    expect(extract({ fromName: 'Jobsite', fromEmail: 'jobs-noreply@jobsite.example', subject: 'Job for you: Data Analyst', body }).kind).toBe('other');
  });

  it('an acknowledgement that asks the applicant to talk is the next step', () => {
    const body = 'Hi Tom,\n\nThank you for your application for the Data Engineer role at Lantern Bio. Would you be open to a quick chat?\n\nPriya';
    expect(extract({ fromName: 'Priya Nair', fromEmail: 'priya@lanternbio.example', subject: 'Your application for Data Engineer', body }).kind).toBe('interview');
  });

  it("an interview on the reader's willingness is still an invitation", () => {
    const body = "Hi Tom,\n\nCongratulations, the hiring manager enjoyed your case study for the Data Engineer role! If you're still interested, the recruiting coordinator will call you tomorrow to set up your onsite interview.\n\nMaya";
    expect(extract({ fromName: 'Maya Chen', fromEmail: 'maya.chen@lanternbio.example', subject: 'Data Engineer - onsite', body }).kind).toBe('interview');
  });

  it.each(['Ejecutiva de Cobranza está listo', 'Processo de Analista de Planejamento Financeiro', 'Confirmation of Next Stage'])('%s is not stated', (value) => {
    expect(confidence('role', 'body-strong', value)).toBeLessThan(STATE_AT);
  });
});
