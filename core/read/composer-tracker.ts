/**
 * Follows compose/reply editors as a single-page mail app opens and closes them, at no cost per DOM mutation.
 *
 * Gmail and Outlook mutate their pages constantly (mail arriving, lists re-rendering); a MutationObserver on the
 * page, even one that does nothing, doubled the cost of such a burst in our benchmark, and so did small observers
 * on a reply's ancestors. A reply, though, only ever opens because the user did something (a click, a keyboard
 * shortcut) and the mail app then moves focus into it. So the tracker looks for editors after those events
 * (coalesced to one look per frame), after navigation, and in a slow sweep that catches drafts the app restores on
 * its own. A closed editor takes our button with it at once; the tracker lets go of it at the next event or sweep.
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

const TRIGGERS = ['focusin', 'click', 'keyup'] as const;


function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA');
}

export function trackComposers(doc: Document, host: MailHost, cb: TrackerCallbacks, signal: AbortSignal): Tracker {
  const known = new Map<HTMLElement, Composer>();
  const composers = new Map<HTMLElement, Composer>();
  const view = doc.defaultView;
  let scheduled = false;

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
    for (const c of found) {
      // An editor without a toolbar is reported too (its button is anchored to the editor); when the toolbar
      // shows up later, the changed slot reports it again.
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
      for (const editor of [...known.keys()]) forget(editor);
    },
    { once: true },
  );

  scan();
  return { rescan: scan, composers };
}
