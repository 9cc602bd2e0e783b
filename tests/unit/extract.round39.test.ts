// Hand-written messages for the mechanisms of issue 14's thirty-third round (gathering round 39). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('a clock time is no employer', () => {
  it.each([
    ['11am', 'Interview cancelled – Riverside College', 'Dear Sam Reyes\n\nInterview cancelled\n\nRiverside College has cancelled the interview on 4 January 2021 at 11am about your application to study Mathematics.\n\nContact Riverside College if you have any questions.'],
    ['2 p.m', 'Interview cancelled – Riverside College', 'Dear Sam Reyes\n\nInterview cancelled\n\nRiverside College has cancelled the interview on 6 May 2021 at 2 p.m. about your application to study Chemistry.\n\nContact Riverside College if you have any questions.'],
    ['2pm', 'Interview cancelled – Riverside College', 'Dear Sam Reyes\n\nInterview cancelled\n\nRiverside College has cancelled the interview on 6 May 2021 at 2pm about your application to study Chemistry.\n\nContact Riverside College if you have any questions.'],
  ])('"at %s" names no company', (time, subject, body) => {
    expect(extract({ fromName: 'Apply for teacher training', fromEmail: 'do-not-reply@apply-desk.example', subject, body }).company).not.toBe(time);
  });
});

describe("an organisation's name is no job title", () => {
  it.each(['Harbour Teacher Training Consortium', 'Northgate Teacher Training Academy', 'Eastmoor Nurse Education Trust'])('"Interview cancelled – %s"', (org) => {
    const body = `Dear Sam,\n\n${org} has cancelled your interview on 4 May because the course is now full.\n\nApply Desk`;
    expect(extract({ fromName: 'Apply Desk', fromEmail: 'do-not-reply@applydesk.example', subject: `Interview cancelled – ${org}`, body }).role).not.toBe(org);
  });
  it.each([
    ['Head of School', 'Interview invitation – Head of School'],
    ['Director of the Institute', 'Interview invitation – Director of the Institute'],
    ['Head of Secondary School', 'Interview invitation – Head of Secondary School'],
    ['Deputy Head of Junior School', 'Interview invitation – Deputy Head of Junior School'],
  ])('"%s" stays a title', (role, subject) => {
    const body = `Dear Sam,\n\nWe would like to invite you to an interview for the ${role} position on Friday at 10:00.\n\nKind regards,\nNell Okafor\nHarbourline Schools`;
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@harbourline.example', subject, body }).role).toBe(role);
  });
});

describe("lower-case words after the sender's name are the sentence's", () => {
  it('"Parcelwise written interview" names Parcelwise', () => {
    const body = 'Hi Sam!\n\nJust checking in to see if you are still interested in moving forward. Let us know either way!\n\nThanks,\nNell';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell.okafor@parcelwise.example', subject: 'Re: Parcelwise written interview – Account Manager', body }).company).toBe('Parcelwise');
  });
  it('a legal form written in lower case stays ("Volksbank eG")', () => {
    const body = 'Hallo Sam,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Montag um 10:00 Uhr ein.\n\nViele Grüße\nNell Okafor\nVolksbank eG';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell.okafor@volksbank.example', subject: 'Einladung zum Vorstellungsgespräch', body }).company).toBe('Volksbank eG');
  });
  it('a connector goes on with the name', () => {
    const body = 'Hi Sam,\n\nWe would like to invite you to an interview for the Welder position on Monday at 9:00.\n\nNell Okafor';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@parcelwise.example', subject: 'Interview at Parcelwise & Sons – Welder', body }).company).not.toBe('Parcelwise');
  });
});

describe('"IT" in capitals is part of a title', () => {
  it('the subject\'s "IT Service Desk Analyst" keeps its field', () => {
    const body = 'Hello,\n\nI see that your company is seeking an "IT Service Desk Analyst" at the moment. We may have someone who could suit.\n\nKind regards,\nNell Okafor';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@harbourline.example', subject: 'Your IT Service Desk Analyst vacancy', body }).role).not.toBe('Service Desk Analyst');
  });
});

describe('"IT" in an all-capitals subject is the pronoun', () => {
  it('"GO FOR IT PROJECT MANAGER ROLE" names no title with the sentence', () => {
    const body = 'Hi Sam,\n\nI came across your profile and think you would be a great fit for a Project Manager role with my client. Open to a quick call?\n\nNell Okafor';
    const role = extract({ fromName: 'Nell Okafor', fromEmail: 'nell@harbourline.example', subject: 'WHY NOT GO FOR IT PROJECT MANAGER ROLE', body }).role;
    expect(role ?? '').not.toMatch(/GO FOR/);
  });
});

describe('a region after the company is its office', () => {
  it('"Harbourline US" is Harbourline', () => {
    const body = 'Hi Sam,\n\nThank you for applying. We would like to invite you to a first round interview on Tuesday at 10:00.\n\nHarbourline Recruiting';
    expect(extract({ fromName: 'Harbourline US', fromEmail: 'no-reply@harbourline-recruiting.example', subject: 'Next steps: Graduate Analyst – Harbourline', body }).company).not.toBe('Harbourline US');
  });
});

describe('an assessment or an assignment sent as a step of the process is an interview', () => {
  it.each([
    ['assessments to complete', 'Your Internship Application to Harbourline', 'Dear Applicant,\n\nThank you for your interest in an internship at Harbourline. Please complete a minimum of four assessments at the link below within seven days of receiving this mail.\n\nThe Harbourline Team'],
    ['a take-home assignment', 'Assignment for the Product Designer interview process', "Hi Sam,\n\nPlease find attached an assignment that is part of our interview process. It would be great if you could send it back to us by Friday.\n\nBest,\nNell Okafor\nTalent Partner | Harbourline"],
    ['written interview questions', 'Next steps with Harbourline – Copywriter', "Hi Sam!\n\nThanks for your interest in Harbourline! My name is Nell, I'm on the Harbourline Talent Acquisition Team – nice to meet you! Ravi enjoyed chatting with you and we would like to continue the interview process with you. Please try to return the following within 48 hours:\n\n1. Our written interview questions: https://forms.example/harbourline-7\n\nNell"],
  ])('%s', (_what, subject, body) => {
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@harbourline.example', subject, body }).kind).toBe('interview');
  });
  it("a job board's skill assessments are no interview", () => {
    const body = 'Stand out to recruiters.\n\nMembers who complete skill assessments are more likely to get hired. Take assessments now and see jobs that match your skills.';
    expect(extract({ fromName: 'Jobnet', fromEmail: 'messages-noreply@jobnet.example', subject: 'Stand out to recruiters', body }).kind).not.toBe('interview');
  });
});

describe('no job to decline: a founder asking about pains, a shop offer, a research study', () => {
  it.each([
    ['a customer-discovery call', 'Quick question about your invoicing', "Hi Sam,\n\nI'm working on a solution for small bakeries that lose hours on supplier invoices. Would you be open to a quick 10-minute conversation about your pain points?\n\nNot selling anything, promise.\n\nNell Okafor\nFounder, Crumbly"],
    ['a shop discount', 'Something special for you', "Hi there,\n\nAs a valued customer, we're excited to offer you something special: a 15% discount on your next purchase. This offer is valid until Sunday.\n\nThe Crumbly Team"],
    ['a research study', 'Research interview invitation', 'Dear Sam,\n\nWe are conducting interviews as part of a research study on how students plan their week. As a second-year student you are in an ideal position to help. There is no compensation for participating.\n\nNell Okafor'],
  ])('%s', (_what, subject, body) => {
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@crumbly.example', subject, body }).kind).toBe('other');
  });
  it('an offer of a job with a discount perk stays an offer', () => {
    const body = 'Dear Sam,\n\nWe are delighted to offer you the position of Store Supervisor at Crumbly, starting 1 June. Staff enjoy a 20% discount in every shop. Please sign the attached offer letter by Friday.\n\nNell Okafor';
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@crumbly.example', subject: 'Your offer: Store Supervisor', body }).kind).toBe('offer');
  });
  it.each([
    ['a UX researcher invited to interview', 'Interview invitation – UX Researcher', 'Hi Sam,\n\nThanks for your interest in joining Crumbly as a UX Researcher. We would like to invite you to a first round interview on Tuesday at 10:00. Please be ready to walk us through a recent usability study you ran, including how you recruited participants.\n\nNell Okafor\nTalent Partner, Crumbly', 'interview'],
    ['a researcher approached', 'Senior UX Researcher at Crumbly', "Hi Sam,\n\nWe're growing our research team and you'd own user research sessions end to end, from recruiting participants to synthesis. Would you be open to a quick call this week?\n\nNell Okafor\nFounder, Crumbly", 'outreach'],
    ['"a senior position to lead"', 'Quick question', 'Hi Sam,\n\nWould you be interested in a senior position to lead our user research sessions? You would plan studies and work with participants across Europe. Free for a call on Tuesday?\n\nNell Okafor', 'outreach'],
    ['a founder\'s first engineer', 'Building something new', "Hi Sam,\n\nWe're working on a new tool for bakery supply chains and I'd love to have you on board as our first engineer. Would you be open to a quick call this week?\n\nNell Okafor\nFounder, Crumbly", 'outreach'],
    ['a shop\'s interview with a staff discount', 'Chat on Saturday?', "Hi Sam,\n\nThanks for dropping off your details at the shop. We'd love to invite you to an interview with our store manager on Saturday at 11am. Team members get a 30% discount on everything, too!\n\nNell Okafor", 'interview'],
  ])('%s keeps its stage', (_what, subject, body, kind) => {
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@crumbly.example', subject, body }).kind).toBe(kind);
  });
  it('a founder recruiting stays an approach', () => {
    const body = "Hi Sam,\n\nI came across your profile. I'm working on a solution for bakeries and we are hiring a founding engineer. Would you be open to a quick call this week?\n\nNell Okafor\nFounder, Crumbly";
    expect(extract({ fromName: 'Nell Okafor', fromEmail: 'nell@crumbly.example', subject: 'Founding engineer at Crumbly', body }).kind).toBe('outreach');
  });
});
