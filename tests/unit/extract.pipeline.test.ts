// The button decision and the stage the letter declines, from what the extractor read.
import { analyseThread, answerLetterRequest, toThreadInfo } from '../../core/pipeline';
import type { ThreadSnapshot } from '../../core/model';
import { defaultPreferences } from '../../core/settings/preferences';

function snapshot(subject: string, body: string): ThreadSnapshot {
  return {
    host: 'gmail',
    subject,
    messages: [{ fromName: 'Jane Doe', fromEmail: 'jane@northwind.io', dateText: null, timestamp: null, body, quoted: '', signature: '', byUser: false }],
    recruiterIndex: 0,
  };
}

const SPLIT = snapshot(
  'Hello from Northwind',
  'Hi Sam,\n\nI came across your profile and we are hiring for our platform team. Would you be open to a quick call on Thursday at 15:00 to talk about the interview process?\n\nJane',
);
const REJECTION = snapshot('Update', 'Hi Sam,\n\nUnfortunately, we have decided to move forward with another candidate.\n\nJane');

describe('pipeline', () => {
  it('no button on mail with nothing to decline, and the popup is told why', () => {
    const ctx = analyseThread(REJECTION, null);
    const info = toThreadInfo('gmail', ctx, { hasDraft: true, canOpenReply: false });
    expect(info.nothingToDecline).toBe('rejection');
    const answer = answerLetterRequest({ type: 'dp:letter', snapshot: REJECTION, user: null, choice: null }, defaultPreferences());
    expect(answer.recruiterThread).toBe(false);
  });

  it('a split stage: the letter declines the outreach, the interview is offered and can be chosen', () => {
    const prefs = defaultPreferences();
    const first = answerLetterRequest({ type: 'dp:letter', snapshot: SPLIT, user: null, choice: null }, prefs);
    expect(first.recruiterThread).toBe(true);
    expect(first.stage).toBe('outreach');
    expect(first.stageAlternatives).toEqual(['interview']);
    const chosen = answerLetterRequest({ type: 'dp:letter', snapshot: SPLIT, user: null, choice: { ...first.choice, reason: 'accepted-other-offer', stage: 'interview' } }, prefs);
    expect(chosen.letter.text).not.toEqual(first.letter.text);
    expect(chosen.letter.text.toLowerCase()).toContain('interview');
  });

  it('a stage that is not one of the alternatives is ignored', () => {
    const prefs = defaultPreferences();
    const plain = answerLetterRequest({ type: 'dp:letter', snapshot: SPLIT, user: null, choice: { reason: 'accepted-other-offer', tone: 'warm' } }, prefs);
    const asked = answerLetterRequest({ type: 'dp:letter', snapshot: SPLIT, user: null, choice: { reason: 'accepted-other-offer', tone: 'warm', stage: 'offer' } }, prefs);
    expect(asked.letter.text).toEqual(plain.letter.text);
  });
});
