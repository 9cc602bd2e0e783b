/**
 * Follows compose/reply editors as a single-page mail app opens and closes them, at no cost per DOM mutation.
 *
 * Gmail and Outlook mutate their pages constantly (mail arriving, lists re-rendering); a MutationObserver on the
 * page, even one that does nothing, doubled the cost of such a burst in our benchmark, and so did small observers
 * on a reply's ancestors. So the tracker looks for editors only when something says one may have appeared:
 * - the browser itself tells: the content script's stylesheet (entrypoints/mail.content/editor-sentinel.css) gives
 *   every editable element a 1 ms animation named EDITOR_SENTINEL, and the browser fires `animationstart` when such an
 *   element is rendered, whether or not the app focuses it. Matching that rule is part of the style work the page
 *   does anyway; no script runs per mutation. (The rule has no specificity: a page animation on an editor wins,
 *   and the sweep below still finds that editor.)
 * - user input that may open a reply (a click, a shortcut) and focus moving into an editor;
 * - navigation, and a slow sweep that catches anything else (a page that cancels our animation).
 * Looks are coalesced to one per frame. A reply's toolbar may render after its editor: an editor found without one is
 * looked at again shortly, a bounded number of times. A closed editor takes our button with it at once; the tracker
 * lets go of it at the next look.
 */
import type { Composer, MailHost } from './host';

export interface TrackerCallbacks {
  /** A new editor appeared (or its toolbar slot changed: one that had none may get one once the toolbar renders). */
  onAdd(composer: Composer): void;
  /** A known editor left the page. */
  onRemove(composer: Composer): void;
}

export interface Tracker {
  /** Re-reads every editor now (after a navigation or a preference change). */
  rescan(): void;
  /** The editors currently known. */
  readonly composers: ReadonlyMap<HTMLElement, Composer>;
}

/** How often the slow sweep looks for editors that appeared without user input (ms). */
export const SWEEP_INTERVAL = 1500;

/** The animation the content script's stylesheet starts on every editable element as it is rendered. */
export const EDITOR_SENTINEL = 'decline-politely-editor';

/** How soon, and how many times, an editor found without its toolbar is looked at again. */
const TOOLBAR_RETRY_MS = 100;
const TOOLBAR_RETRIES = 20;

const TRIGGERS = ['focusin', 'click', 'keyup', 'animationstart'] as const;


function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA');
}

export function trackComposers(doc: Document, host: MailHost, cb: TrackerCallbacks, signal: AbortSignal): Tracker {
  const known = new Map<HTMLElement, Composer>();
  const composers = new Map<HTMLElement, Composer>();
  const view = doc.defaultView;
  let scheduled = false;
  let retries = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  function forget(editor: HTMLElement): void {
    const composer = known.get(editor);
    if (!composer) return;
    known.delete(editor);
    composers.delete(editor);
    cb.onRemove(composer);
  }

  function scan(): void {
    scheduled = false;
    if (signal.aborted) return;
    let found: Composer[] = [];
    try {
      found = host.composers(doc);
    } catch {
      // An unrecognised page is normal: no editors, no errors.
      found = [];
    }
    const seen = new Set<HTMLElement>();
    let waiting = false;
    for (const c of found) {
      // A reply's toolbar may render after its editor: look again shortly before settling for none. An editor still
      // without one after those looks is reported anyway (its button is anchored to the editor); when the toolbar
      // shows up later, the changed slot reports it again.
      if (!c.toolbarSlot && !known.has(c.editor) && retries < TOOLBAR_RETRIES) {
        waiting = true;
        continue;
      }
      seen.add(c.editor);
      const prev = known.get(c.editor);
      if (prev && prev.toolbarSlot === c.toolbarSlot && prev.container === c.container && (c.toolbarSlot?.isConnected ?? true)) continue;
      if (prev) forget(c.editor);
      known.set(c.editor, c);
      composers.set(c.editor, c);
      cb.onAdd(c);
    }
    for (const [editor, composer] of known) {
      if (!seen.has(editor) || !editor.isConnected || (composer.toolbarSlot && !composer.toolbarSlot.isConnected)) forget(editor);
    }
    clearTimeout(retry);
    if (waiting && retries < TOOLBAR_RETRIES) {
      retries++;
      retry = setTimeout(schedule, TOOLBAR_RETRY_MS);
    }
  }

  function schedule(): void {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    // Mail apps build a compose window over several tasks; one look after they settle is enough.
    (view?.requestAnimationFrame?.bind(view) ?? ((f: () => void) => setTimeout(f, 16)))(() => scan());
  }

  const onTrigger = (e: Event) => {
    // Keys typed into an editor or a field cannot open a reply; shortcuts are typed elsewhere.
    if (e.type === 'keyup' && isTyping(e.target)) return;
    // The page's own animations are none of our business.
    if (e.type === 'animationstart' && (e as AnimationEvent).animationName !== EDITOR_SENTINEL) return;
    retries = 0;
    schedule();
  };
  for (const type of TRIGGERS) doc.addEventListener(type, onTrigger, { capture: true, passive: true });

  let sweep: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    if (doc.visibilityState !== 'hidden') schedule();
    sweep = setTimeout(tick, SWEEP_INTERVAL);
  };
  sweep = setTimeout(tick, SWEEP_INTERVAL);

  signal.addEventListener(
    'abort',
    () => {
      for (const type of TRIGGERS) doc.removeEventListener(type, onTrigger, { capture: true });
      clearTimeout(sweep);
      clearTimeout(retry);
      for (const editor of [...known.keys()]) forget(editor);
    },
    { once: true },
  );

  scan();
  return { rescan: scan, composers };
}
