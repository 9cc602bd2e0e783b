/**
 * The layout self-check the content script sends the popup (core/read/page.ts), and how the popup's view of the
 * thread turns it into "layout not recognised" (core/pipeline.ts toThreadInfo).
 */
import { analyseThread, toThreadInfo } from '../../core/pipeline';
import { gmail, outlook, type MailHost } from '../../core/read/hosts';
import { checkLayout, conversationInUrl, readPage } from '../../core/read/page';
import { isThreadRead } from '../../core/protocol';
import { renameClasses } from '../support/rename-classes';
import { readFixture } from '../support/shared';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

function layoutOf(host: MailHost, doc: Document) {
  return checkLayout(readPage(host, doc).snapshot, host.composers(doc));
}

describe('checkLayout', () => {
  test.each([
    ['gmail-thread-inline-reply.html', gmail],
    ['outlook-reading-pane-reply.html', outlook],
  ] as const)('%s: every part found, also with every class renamed', (name, host) => {
    const all = { thread: true, sender: true, body: true, editor: true, toolbar: true };
    expect(layoutOf(host, parse(readFixture(name)))).toEqual(all);
    expect(layoutOf(host, parse(renameClasses(readFixture(name))))).toEqual(all);
  });

  test('gmail-renamed.html: the reply is found, the conversation is not', () => {
    expect(layoutOf(gmail, parse(readFixture('gmail-renamed.html')))).toEqual({ thread: false, sender: false, body: false, editor: true, toolbar: true });
  });

  test('gmail-broken.html: nothing found', () => {
    expect(layoutOf(gmail, parse(readFixture('gmail-broken.html')))).toEqual({ thread: false, sender: false, body: false, editor: false, toolbar: false });
  });
});

describe('conversationInUrl', () => {
  test.each([
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd', true],
    ['gmail', 'https://mail.google.com/mail/u/0/#label/Jobs+2025/19aa1b2c3d4e5f63', true],
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox', false],
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox/p2', false],
    ['gmail', 'https://mail.google.com/mail/u/0/#search/recruiter', false],
    ['gmail', 'https://mail.google.com/mail/u/0/', false],
    ['outlook', 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2ZjQtMDACLTAwCgAQAMNBwqHRPH1Iq0ZnFZpQ6aY%3D', true],
    ['outlook', 'https://outlook.live.com/mail/0/inbox', false],
    ['outlook', 'not a url', false],
  ] as const)('%s %s → %s', (host, url, expected) => {
    expect(conversationInUrl(host, url)).toBe(expected);
  });
});

describe('toThreadInfo: layout not recognised', () => {
  const nothing = { thread: false, sender: false, body: false, editor: false, toolbar: false };
  const none = analyseThread(null, null);

  test('no conversation read although the address names one: not recognised', () => {
    const info = toThreadInfo('gmail', none, { hasDraft: false, canOpenReply: false, layout: nothing, conversationInUrl: true });
    expect(info).toMatchObject({ threadOpen: false, layoutUnrecognised: true, layout: nothing });
  });

  test('no conversation read but a reply editor is open: not recognised', () => {
    const info = toThreadInfo('gmail', none, { hasDraft: false, canOpenReply: false, layout: { ...nothing, editor: true }, conversationInUrl: false });
    expect(info.layoutUnrecognised).toBe(true);
  });

  test('the inbox, with no conversation and no editor: simply no email open', () => {
    const info = toThreadInfo('gmail', none, { hasDraft: false, canOpenReply: false, layout: nothing, conversationInUrl: false });
    expect(info.layoutUnrecognised).toBe(false);
  });

  test('a read thread is recognised', () => {
    const doc = parse(readFixture('gmail-thread-inline-reply.html'));
    const page = readPage(gmail, doc);
    const info = toThreadInfo('gmail', analyseThread(page.snapshot, page.user), { hasDraft: true, canOpenReply: false, layout: layoutOf(gmail, doc), conversationInUrl: true });
    expect(info.layoutUnrecognised).toBe(false);
  });

  test('the content script answer is checked: a malformed layout is refused', () => {
    const read = { host: 'gmail', snapshot: null, user: null, hasDraft: false, canOpenReply: false };
    expect(isThreadRead({ ...read, layout: nothing, conversationInUrl: true })).toBe(true);
    expect(isThreadRead({ ...read, layout: { ...nothing, toolbar: 'yes' } })).toBe(false);
    expect(isThreadRead({ ...read, conversationInUrl: 1 })).toBe(false);
  });
});
