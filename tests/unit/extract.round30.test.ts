// Hand-written messages for the mechanisms of issue 14's twenty-fourth round (gathering round 30). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe("an agency that describes its client's company without naming it, or names who retained it, is not the employer", () => {
  const sign = '\n\nBest,\nMorgan Pryce\nHollowell Group';
  it.each([
    ['one of my clients', 'Hi Sam,\n\nOne of my fintech clients is hiring a Platform Engineer. Fully remote. Interested?'],
    ['the role is at a firm', 'Hi Sam,\n\nI have a Platform Engineer role for you. The role is fully remote and based at a logistics firm in Leeds. Interested?'],
  ])('%s: no company is stated', (_case, body) => {
    const r = extract({ fromName: 'Morgan Pryce', fromEmail: 'morgan.pryce@hollowell.example', subject: 'Platform Engineer', body: body + sign });
    expect(r.company).toBeNull();
  });

  it('retained by a named employer: that employer', () => {
    const body = "Hi Sam,\n\nI'm Morgan at Hollowell Partners, retained by Quillmere Analytics for a Staff Data Engineer. Open to a chat?" + sign;
    const r = extract({ fromName: 'Morgan Pryce', fromEmail: 'morgan.pryce@hollowell.example', subject: 'Staff Data Engineer', body });
    expect(r.company ?? r.suggestions?.company).toBe('Quillmere Analytics');
  });

  it("an in-house recruiter's own company stays the employer", () => {
    const body = 'Hi Sam,\n\nWe are hiring a Platform Engineer at Quillmere Analytics. The role is fully remote. Interested?\n\nBest,\nMorgan Pryce\nTalent Partner, Quillmere Analytics';
    const r = extract({ fromName: 'Morgan Pryce', fromEmail: 'morgan.pryce@quillmere.example', subject: 'Platform Engineer', body });
    expect(r.company ?? r.suggestions?.company).toBe('Quillmere Analytics');
  });
});
