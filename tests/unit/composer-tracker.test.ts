import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EDITOR_SENTINEL, SWEEP_INTERVAL, trackComposers } from '../../core/read/composer-tracker';
import { hostFor, type Composer } from '../../core/read/hosts';
import { PROJECT_ROOT, readFixture } from '../support/shared';

const gmail = hostFor('https://mail.google.com/mail/u/0/')!;
const outlook = hostFor('https://outlook.cloud.microsoft/mail/')!;

/** The browser's report that an element with our sentinel animation was rendered (happy-dom runs no CSS animations). */
function rendered(el: Element, animationName = EDITOR_SENTINEL): void {
  el.dispatchEvent(Object.assign(new Event('animationstart', { bubbles: true }), { animationName }));
}

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

  test('an editor whose toolbar never renders is reported after the tracker has looked again for it, and again with its toolbar once it shows', async () => {
    load('gmail-thread-inline-reply.html');
    const toolbar = document.querySelector('[role="group"]')!;
    const holder = toolbar.parentElement!;
    toolbar.remove();
    start();
    // Not at once: the app may still be rendering the toolbar.
    expect(added).toHaveLength(0);
    // After its bounded looks (20 x 100 ms), the editor is reported without a toolbar: its button is anchored to it.
    await vi.waitFor(() => expect(added).toHaveLength(1), { timeout: 10_000, interval: 50 });
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

  test('the content script stylesheet starts the sentinel animation on editable elements, with no specificity', () => {
    const css = readFileSync(resolve(PROJECT_ROOT, 'entrypoints', 'mail.content', 'editor-sentinel.css'), 'utf8');
    expect(css).toContain(`@keyframes ${EDITOR_SENTINEL} `);
    expect(css).toMatch(new RegExp(`:where\\(\\[contenteditable="true"\\]\\)\\s*\\{\\s*animation: ${EDITOR_SENTINEL} 1ms;`));
  });

  test('an editor the app renders without focus is found when the browser reports the sentinel animation', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    load('gmail-thread-inline-reply.html');
    const { reply, parent } = closeReply();
    start();
    parent.append(reply);
    // Another animation of the page's is not ours: nothing is looked at.
    rendered(reply.querySelector('[g_editable="true"]')!, 'page-fade-in');
    await vi.advanceTimersByTimeAsync(50);
    expect(added).toHaveLength(0);
    rendered(reply.querySelector('[g_editable="true"]')!);
    await vi.advanceTimersByTimeAsync(50);
    // Found within a frame, long before the sweep.
    expect(added).toHaveLength(1);
    expect(SWEEP_INTERVAL).toBeGreaterThan(1000);
  });

  test('an editor whose toolbar renders later is looked at again until it has one, then no more', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    const parsed = new DOMParser().parseFromString(readFixture('outlook-popout-collapsed.html'), 'text/html');
    document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
    const actions = document.querySelector('.composeActions')!;
    const holder = actions.parentElement!;
    actions.remove();
    const looks = vi.spyOn(outlook, 'composers');
    trackComposers(document, outlook, { onAdd: (c) => added.push(c), onRemove: (c) => removed.push(c) }, controller.signal);
    rendered(document.querySelector('[aria-multiline="true"]')!);
    await vi.advanceTimersByTimeAsync(350);
    expect(added).toHaveLength(0);
    const before = looks.mock.calls.length;
    expect(before).toBeGreaterThanOrEqual(3);
    holder.prepend(actions);
    await vi.advanceTimersByTimeAsync(150);
    expect(added).toHaveLength(1);
    // Found: the quick re-looks stop (only the slow sweep is left).
    const after = looks.mock.calls.length;
    await vi.advanceTimersByTimeAsync(900);
    expect(looks.mock.calls.length).toBe(after);
    looks.mockRestore();
  });
});
