/**
 * The content script ↔ background protocol: the page is read in the tab (readPage), sent as plain data, analysed
 * and answered with the letter in the background (answerLetterRequest); the popup analyses the same read itself.
 */
import { hostFor } from '../../core/read/hosts';
import { readPage } from '../../core/read/page';
import { isLetterAnswer, isLetterRequest, isOpenOptionsRequest, isThreadRead, OPEN_OPTIONS, type LetterRequest } from '../../core/protocol';
import { defaultPreferences, type Preferences } from '../../core/settings/preferences';
import { buttonReason, REASONS, STAGES, type Stage } from '../../core/letter/reasons';
import { preferencesChanged } from '../../core/settings/keys';
import { analyseThread, answerLetterRequest, readThreadContext } from '../../core/pipeline';
import { readFixture } from '../support/shared';

const doc = (name: string) => new DOMParser().parseFromString(readFixture(name), 'text/html');
const gmail = hostFor('https://mail.google.com/mail/u/0/')!;

/** What crosses the message boundary: the structured clone a browser makes is JSON-like for this data. */
const sent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function request(fixture: string, choice: LetterRequest['choice'] = null): LetterRequest {
  return sent({ type: 'dp:letter', ...readPage(gmail, doc(fixture)), choice });
}

const prefs = (changes: Partial<Preferences> = {}): Preferences => ({ ...defaultPreferences(), name: 'Alex Morgan', ...changes });

describe('reading in the tab, analysing elsewhere', () => {
  test('the read is plain data that survives the trip, and analysing it equals reading the page directly', () => {
    const page = doc('gmail-thread-inline-reply.html');
    const read = readPage(gmail, page);
    expect(sent(read)).toEqual(read);
    expect(isLetterRequest({ type: 'dp:letter', ...sent(read), choice: null })).toBe(true);
    expect(analyseThread(sent(read.snapshot), sent(read.user))).toEqual(readThreadContext(gmail, page));
  });

  test('an unrecognised page reads as nulls, never an exception', () => {
    expect(readPage(gmail, doc('gmail-broken.html')).snapshot).toBeNull();
    expect(analyseThread(null, null).recruiter.kind).toBe('other');
  });
});

describe('answerLetterRequest', () => {
  test('a recruiter offer thread: the button belongs, and the default letter is ready, signed with the saved name', () => {
    const answer = answerLetterRequest(request('gmail-thread-inline-reply.html'), prefs());
    expect(answer).toMatchObject({ recruiterThread: true, stage: 'offer', showOnAllReplies: false, customReasonAvailable: false });
    expect(answer.choice).toEqual({ reason: buttonReason(answer.defaultReason, 'offer', false), tone: answer.defaultTone });
    expect(answer.letter.text).toMatch(/^(Hi|Dear|Hello) Priya/);
    expect(answer.letter.text).toContain('Senior Frontend Engineer');
    expect(answer.letter.text).toContain('Northwind Labs');
    expect(answer.letter.text).toContain('Alex Morgan');
    expect(isLetterAnswer(sent(answer))).toBe(true);
  });

  test('a chosen reason and tone are the ones written with', () => {
    const brief = answerLetterRequest(request('gmail-thread-inline-reply.html', { reason: 'compensation', tone: 'brief' }), prefs());
    const warm = answerLetterRequest(request('gmail-thread-inline-reply.html', { reason: 'compensation', tone: 'warm' }), prefs());
    expect(brief.choice).toEqual({ reason: 'compensation', tone: 'brief' });
    expect(brief.letter.text).not.toEqual(warm.letter.text);
    expect(brief.letter.text.length).toBeLessThan(warm.letter.text.length);
  });

  test('a personal thread gets no button unless the user asked for it on every reply', () => {
    expect(answerLetterRequest(request('gmail-thread-non-recruiter.html'), prefs()).recruiterThread).toBe(false);
    const everywhere = answerLetterRequest(request('gmail-thread-non-recruiter.html'), prefs({ showOnAllReplies: true }));
    expect(everywhere).toMatchObject({ recruiterThread: false, showOnAllReplies: true });
  });

  test('without a saved name the letter is signed with the account name the page shows', () => {
    const req = request('gmail-thread-inline-reply.html');
    const answer = answerLetterRequest(req, prefs({ name: '' }));
    expect(req.user?.name).toBeTruthy();
    expect(answer.letter.text).toContain(req.user!.name!);
  });

  test('an unwritten custom reason falls back to one that fits, as the button shows it', () => {
    const answer = answerLetterRequest(request('gmail-thread-inline-reply.html'), prefs({ defaultReason: 'custom', customReason: { en: '  ', de: '', fr: '', es: '' } }));
    expect(answer.customReasonAvailable).toBe(false);
    expect(answer.choice.reason).toBe('staying-current-role');
  });
});

describe('buttonReason', () => {
  test.each(STAGES.flatMap((stage) => REASONS.map((r) => [stage, r.id] as const)))('%s / %s: a reason that fits the stage', (stage: Stage, id) => {
    for (const custom of [true, false]) {
      const reason = buttonReason(id, stage, custom);
      expect(REASONS.find((r) => r.id === reason)!.stages).toContain(stage);
      if (reason === 'custom') expect(custom).toBe(true);
      if (REASONS.find((r) => r.id === id)!.stages.includes(stage) && (id !== 'custom' || custom)) expect(reason).toBe(id);
    }
  });
});

describe('message validators', () => {
  const read = () => sent({ host: 'gmail', ...readPage(gmail, doc('gmail-thread-inline-reply.html')), hasDraft: true, canOpenReply: false });

  test('accept what the faces send', () => {
    expect(isThreadRead(read())).toBe(true);
    expect(isThreadRead({ ...read(), snapshot: null, user: null })).toBe(true);
    expect(isLetterRequest(request('gmail-thread-inline-reply.html'))).toBe(true);
    expect(isLetterRequest(request('gmail-thread-inline-reply.html', { reason: 'location', tone: 'formal' }))).toBe(true);
  });

  test.each([
    ['no host', (r: Record<string, unknown>) => ({ ...r, host: 'yahoo' })],
    ['a message without a body', (r: Record<string, unknown>) => ({ ...r, snapshot: { ...(r.snapshot as object), messages: [{ fromName: 'x' }] } })],
    ['a recruiter index past the end', (r: Record<string, unknown>) => ({ ...r, snapshot: { ...(r.snapshot as object), recruiterIndex: 99 } })],
    ['a numeric subject', (r: Record<string, unknown>) => ({ ...r, snapshot: { ...(r.snapshot as object), subject: 42 } })],
    ['a user that is a string', (r: Record<string, unknown>) => ({ ...r, user: 'me' })],
    ['no draft flag', (r: Record<string, unknown>) => ({ ...r, hasDraft: undefined })],
  ])('reject a read with %s', (_what, spoil) => {
    expect(isThreadRead(spoil(read()))).toBe(false);
  });

  test('reject letter requests with an unknown reason or tone, or of another type', () => {
    const base = request('gmail-thread-inline-reply.html');
    expect(isLetterRequest({ ...base, choice: { reason: 'bored', tone: 'warm' } })).toBe(false);
    expect(isLetterRequest({ ...base, choice: { reason: 'location', tone: 'rude' } })).toBe(false);
    expect(isLetterRequest({ ...base, type: 'dp:read-thread' })).toBe(false);
    expect(isLetterRequest(null)).toBe(false);
    expect(isLetterAnswer({ ...answerLetterRequest(base, prefs()), letter: { text: 'x' } })).toBe(false);
  });

  test('know the request to open the options page, and nothing else for it', () => {
    expect(isOpenOptionsRequest(sent(OPEN_OPTIONS))).toBe(true);
    expect(isOpenOptionsRequest({ type: 'dp:letter' })).toBe(false);
    expect(isOpenOptionsRequest('dp:open-options')).toBe(false);
    expect(isOpenOptionsRequest(null)).toBe(false);
  });
});

describe('preferencesChanged', () => {
  test('a change to the settings, a letter template or where they are kept counts; other writes do not', () => {
    expect(preferencesChanged({ prefs: {} })).toBe(true);
    expect(preferencesChanged({ 'template:interview': {} })).toBe(true);
    expect(preferencesChanged({ 'dp:area': {} })).toBe(true);
    // Keeping a damaged value aside, or remembering the welcome, must not make every mail tab ask again.
    expect(preferencesChanged({ 'dp:quarantine': {} })).toBe(false);
    expect(preferencesChanged({ 'dp:welcomed': {} })).toBe(false);
    expect(preferencesChanged({})).toBe(false);
  });
});
