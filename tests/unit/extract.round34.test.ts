// Hand-written messages for the mechanisms of issue 14's twenty-eighth round (gathering round 34). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { confidence } from '../../core/extract/confidence';
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

describe("a team's word before an organisation's name", () => {
  it.each([
    ['Romanian "Echipa"', 'Echipa Lumina Soft SRL', 'cariere@luminasoft.example', 'Invitație la interviu', 'Bună ziua Andrei,\n\nVă invităm la un interviu pentru postul de Programator Java, marți la ora 10:00.\n\nEchipa Lumina Soft SRL', 'Lumina Soft SRL'],
    ['Indonesian "HRD"', 'HRD PT Sinar Baru', 'hrd@sinarbaru.example', 'Undangan Interview', 'Kepada Yth. Budi,\n\nKami mengundang Anda untuk mengikuti interview untuk posisi Staff Admin pada hari Senin pukul 09.00.\n\nHRD PT Sinar Baru', 'PT Sinar Baru'],
  ])('%s', (_label, fromName, fromEmail, subject, body, company) => {
    expect(extract({ fromName, fromEmail, subject, body }).company).toBe(company);
  });
});
