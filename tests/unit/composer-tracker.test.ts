import { trackComposers } from '../../core/composer-tracker';
import { hostFor, type Composer } from '../../core/hosts/index';
import { readFixture } from '../support/shared';

const gmail = hostFor('https://mail.google.com/mail/u/0/')!;

/** Loads a fixture's body into the test document. */
function load(name: string): void {
  const parsed = new DOMParser().parseFromString(readFixture(name), 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

const frame = () => new Promise((r) => setTimeout(r, 40));

describe('trackComposers', () => {
  let controller: AbortController;
  let added: Composer[];
  let removed: Composer[];

  function start() {
    return trackComposers(document, gmail, { onAdd: (c) => added.push(c), onRemove: (c) => removed.push(c) }, controller.signal);
  }

  beforeEach(() => {
    controller = new AbortController();
    added = [];
    removed = [];
  });
  afterEach(() => controller.abort());

  test('reports the editors already on the page once', async () => {
    load('gmail-thread-inline-reply.html');
    const tracker = start();
    expect(added).toHaveLength(1);
    expect(added[0]?.kind).toBe('inline');
    tracker.rescan();
    await frame();
    expect(added).toHaveLength(1);
  });

  test('follows a reply that opens and closes', async () => {
    load('gmail-thread-inline-reply.html');
    const reply = document.querySelector('.ip.adB')!;
    const parent = reply.parentElement!;
    reply.remove();
    start();
    expect(added).toHaveLength(0);

    parent.append(reply);
    await frame();
    expect(added).toHaveLength(1);

    reply.remove();
    await frame();
    expect(removed).toHaveLength(1);
    expect(removed[0]?.editor).toBe(added[0]?.editor);
  });

  test('ignores mutations that cannot hold an editor', async () => {
    load('gmail-thread-inline-reply.html');
    const spy = vi.spyOn(gmail, 'composers');
    start();
    spy.mockClear();
    for (let i = 0; i < 100; i++) document.body.append(Object.assign(document.createElement('div'), { textContent: `noise ${i}` }));
    await frame();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  test('stops observing and releases every editor when the context ends', async () => {
    load('gmail-thread-inline-reply.html');
    start();
    controller.abort();
    expect(removed).toHaveLength(1);
    const reply = document.querySelector('.ip.adB')!;
    const parent = reply.parentElement!;
    reply.remove();
    parent.append(reply);
    await frame();
    expect(added).toHaveLength(1);
  });

  test('a page it does not recognise gives no editors and no errors', async () => {
    load('gmail-broken.html');
    start();
    await frame();
    expect(added).toEqual([]);
  });
});
