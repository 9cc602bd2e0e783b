import { SWEEP_INTERVAL, trackComposers } from '../../core/read/composer-tracker';
import { hostFor, type Composer } from '../../core/read/hosts';
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

  /** Takes the inline reply off the page, as a thread looks before the user clicks Reply. */
  function closeReply(): { reply: Element; parent: Element } {
    const reply = document.querySelector('.ip.adB')!;
    const parent = reply.parentElement!;
    reply.remove();
    return { reply, parent };
  }

  beforeEach(() => {
    controller = new AbortController();
    added = [];
    removed = [];
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  test('reports the editors already on the page once', async () => {
    load('gmail-thread-inline-reply.html');
    const tracker = start();
    expect(added).toHaveLength(1);
    expect(added[0]?.kind).toBe('inline');
    tracker.rescan();
    document.body.dispatchEvent(new FocusEvent('focusin'));
    await frame();
    expect(added).toHaveLength(1);
  });

  test('finds a reply when focus moves into it, and lets go when it closes', async () => {
    load('gmail-thread-inline-reply.html');
    const { reply, parent } = closeReply();
    start();
    expect(added).toHaveLength(0);

    parent.append(reply);
    reply.querySelector<HTMLElement>('[g_editable="true"]')!.focus();
    await frame();
    expect(added).toHaveLength(1);

    reply.remove();
    document.body.click();
    await frame();
    expect(removed).toHaveLength(1);
    expect(removed[0]?.editor).toBe(added[0]?.editor);
  });

  test('a click (Reply, or a keyboard shortcut typed outside an editor) makes it look', async () => {
    load('gmail-thread-inline-reply.html');
    const { reply, parent } = closeReply();
    start();
    parent.append(reply);
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'r', bubbles: true }));
    await frame();
    expect(added).toHaveLength(1);
  });

  test('an editor whose toolbar is not rendered yet is reported, and again with its toolbar once it shows', async () => {
    load('gmail-thread-inline-reply.html');
    const toolbar = document.querySelector('[role="group"]')!;
    const holder = toolbar.parentElement!;
    toolbar.remove();
    start();
    expect(added).toHaveLength(1);
    expect(added[0]?.toolbarSlot).toBeNull();
    holder.append(toolbar);
    document.body.click();
    await frame();
    expect(removed.map((c) => c.editor)).toEqual([added[0]?.editor]);
    expect(added).toHaveLength(2);
    expect(added[1]?.editor).toBe(added[0]?.editor);
    expect(toolbar.contains(added[1]!.toolbarSlot)).toBe(true);
  });

  test('does no work at all for DOM mutations', async () => {
    load('gmail-thread-inline-reply.html');
    const spy = vi.spyOn(gmail, 'composers');
    start();
    spy.mockClear();
    for (let i = 0; i < 100; i++) document.body.append(Object.assign(document.createElement('div'), { textContent: `noise ${i}` }));
    await frame();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  test('keys typed inside the editor do not make it look', async () => {
    load('gmail-thread-inline-reply.html');
    const spy = vi.spyOn(gmail, 'composers');
    start();
    spy.mockClear();
    const editor = document.querySelector<HTMLElement>('[g_editable="true"]')!;
    editor.contentEditable = 'true';
    editor.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true }));
    await frame();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  test('the slow sweep finds a draft the app opened on its own, and lets go of one it closed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    load('gmail-thread-inline-reply.html');
    const { reply, parent } = closeReply();
    start();
    parent.append(reply);
    await vi.advanceTimersByTimeAsync(SWEEP_INTERVAL + 50);
    expect(added).toHaveLength(1);
    reply.remove();
    await vi.advanceTimersByTimeAsync(SWEEP_INTERVAL + 50);
    expect(removed).toHaveLength(1);
  });

  test('stops listening and releases every editor when the context ends', async () => {
    load('gmail-thread-inline-reply.html');
    start();
    controller.abort();
    expect(removed).toHaveLength(1);
    const { reply, parent } = closeReply();
    parent.append(reply);
    reply.querySelector<HTMLElement>('[g_editable="true"]')!.focus();
    await frame();
    expect(added).toHaveLength(1);
  });

  test('a page it does not recognise gives no editors and no errors', async () => {
    load('gmail-broken.html');
    start();
    document.body.dispatchEvent(new FocusEvent('focusin'));
    await frame();
    expect(added).toEqual([]);
  });
});
