import { hostFor } from '../../core/read/hosts';
import { answerLetterRequest, readThreadContext, toThreadInfo, type ThreadContext } from '../../core/pipeline';
import { defaultPreferences } from '../../core/settings/preferences';
import { readFixture } from '../support/shared';

const doc = (name: string) => new DOMParser().parseFromString(readFixture(name), 'text/html');
const gmail = hostFor('https://mail.google.com/mail/u/0/')!;
const outlook = hostFor('https://outlook.office.com/mail/')!;

/** Whether the button belongs on the thread, as the background answers the content script. */
const recruiterThread = ({ snapshot, user }: ThreadContext) =>
  answerLetterRequest({ type: 'dp:letter', snapshot, user, choice: null }, defaultPreferences()).recruiterThread;

describe('readThreadContext', () => {
  test('a Gmail offer thread: Priya at Northwind Labs, offer stage', () => {
    const ctx = readThreadContext(gmail, doc('gmail-thread-inline-reply.html'));
    expect(ctx.recruiter).toMatchObject({ firstName: 'Priya', role: 'Senior Frontend Engineer', company: 'Northwind Labs', kind: 'offer' });
    expect(ctx.stage).toBe('offer');
    expect(recruiterThread(ctx)).toBe(true);
    expect(ctx.receivedAt).toEqual(expect.any(Number));
  });

  test('an Outlook interview thread: Jane at Contoso, interview stage', () => {
    const ctx = readThreadContext(outlook, doc('outlook-reading-pane-reply.html'));
    expect(ctx.recruiter).toMatchObject({ firstName: 'Jane', role: 'Data Analyst', kind: 'interview' });
    expect(ctx.recruiter.company).toMatch(/^Contoso/);
    expect(ctx.stage).toBe('interview');
  });

  test('a personal thread is not a recruiter thread', () => {
    const ctx = readThreadContext(gmail, doc('gmail-thread-non-recruiter.html'));
    expect(ctx.recruiter.kind).toBe('other');
    expect(recruiterThread(ctx)).toBe(false);
  });

  test('an unrecognised page gives an empty context, never an exception', () => {
    const ctx = readThreadContext(gmail, doc('gmail-broken.html'));
    expect(ctx.snapshot).toBeNull();
    expect(ctx.recruiter).toEqual({ firstName: null, fullName: null, role: null, company: null, kind: 'other' });
    const info = toThreadInfo('gmail', ctx, { hasDraft: false, canOpenReply: false });
    expect(info).toMatchObject({ host: 'gmail', threadOpen: false, subject: '', stage: 'outreach' });
  });
});
