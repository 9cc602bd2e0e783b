/**
 * Reliability: the deliberately broken host pages used by tests/e2e/reliability-broken.e2e.test.ts, checked at the
 * adapter level first, so an e2e failure there can be told apart from a fixture that no longer breaks what it says.
 * Every adapter call must quietly return nothing usable (null / []) and never throw.
 */
import { gmail } from '../../core/read/gmail';
import { outlook } from '../../core/read/outlook';
import { answerLetterRequest, readThreadContext } from '../../core/pipeline';
import { defaultPreferences } from '../../core/settings/preferences';
import { readFixture } from '../support/shared';

function parse(name: string): Document {
  return new DOMParser().parseFromString(readFixture(name), 'text/html');
}

describe.each([
  ['gmail-broken.html', gmail],
  ['gmail-renamed.html', gmail],
  ['outlook-broken.html', outlook],
  ['outlook-renamed.html', outlook],
] as const)('%s', (name, host) => {
  const doc = parse(name);

  test('offers nothing the button could be mounted on: no recruiter thread with a reply toolbar', () => {
    const { snapshot, user } = readThreadContext(host, doc);
    const { recruiterThread } = answerLetterRequest({ type: 'dp:letter', snapshot, user, choice: null }, defaultPreferences());
    const mountable = host.composers(doc).filter((c) => c.toolbarSlot && c.inOpenThread && recruiterThread);
    expect(mountable).toEqual([]);
  });

  test('gives the popup nothing to insert into: no reply editor in a read thread, no Reply button', () => {
    const context = readThreadContext(host, doc);
    const draftInThread = context.snapshot !== null && host.composers(doc).some((c) => c.inOpenThread);
    expect(draftInThread).toBe(false);
    if (context.snapshot !== null) expect(host.replyButton?.(doc) ?? null).toBeNull();
  });
});

test('gmail-renamed.html: the reply is intact, only the conversation cannot be read', () => {
  const doc = parse('gmail-renamed.html');
  expect(gmail.readThread(doc)).toBeNull();
  const [reply, ...more] = gmail.composers(doc);
  expect(more).toEqual([]);
  expect(reply?.toolbarSlot).not.toBeNull();
  expect(reply?.editor.querySelector('.gmail_quote_container')).not.toBeNull();
});

test('outlook-renamed.html: the conversation reads as before, only the reply editor and Reply buttons are gone', () => {
  const doc = parse('outlook-renamed.html');
  const context = readThreadContext(outlook, doc);
  expect(context.recruiter).toMatchObject({ firstName: 'Jane', company: 'Contoso Ltd.', kind: 'interview' });
  expect(outlook.composers(doc)).toEqual([]);
  expect(outlook.replyButton?.(doc) ?? null).toBeNull();
});
