/**
 * Follows compose/reply editors as a single-page mail app opens and closes them. Work per mutation batch is
 * proportional to the nodes that changed: added elements are tested against the host's `composerHint`, and
 * removals only re-check the editors already known. Everything stops when `signal` aborts.
 */
import type { Composer, MailHost } from './hosts/index';

export interface TrackerCallbacks {
  /** A new editor appeared (with a toolbar slot to mount in). */
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

export function trackComposers(doc: Document, host: MailHost, cb: TrackerCallbacks, signal: AbortSignal): Tracker {
  const known = new Map<HTMLElement, Composer>();
  const view = doc.defaultView;
  let scheduled = false;

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
      // Without a toolbar there is nowhere to mount yet; a later mutation (the toolbar arriving) rescans.
      if (!c.toolbarSlot) continue;
      seen.add(c.editor);
      const prev = known.get(c.editor);
      if (prev && prev.toolbarSlot === c.toolbarSlot && prev.toolbarSlot.isConnected) continue;
      if (prev) cb.onRemove(prev);
      known.set(c.editor, c);
      cb.onAdd(c);
    }
    for (const [editor, c] of known) {
      if (!seen.has(editor) || !editor.isConnected) {
        known.delete(editor);
        cb.onRemove(c);
      }
    }
  }

  function schedule(): void {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    // Mail apps build a compose window over several mutation batches; one scan after they settle is enough.
    (view?.requestAnimationFrame ?? ((f: () => void) => setTimeout(f, 16)))(() => scan());
  }

  function mayHoldComposer(node: Node): boolean {
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    try {
      return el.matches(host.composerHint) || el.querySelector(host.composerHint) !== null;
    } catch {
      return false;
    }
  }

  const Observer = view?.MutationObserver;
  if (Observer && doc.body) {
    const observer = new Observer((records) => {
      let removed = false;
      for (const r of records) {
        if (r.removedNodes.length > 0) removed = true;
        if (!scheduled) for (const n of r.addedNodes) if (mayHoldComposer(n)) { schedule(); break; }
      }
      if (removed && known.size > 0) {
        for (const [editor, c] of known) {
          if (!editor.isConnected || !c.toolbarSlot?.isConnected) schedule();
        }
      }
    });
    observer.observe(doc.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  signal.addEventListener(
    'abort',
    () => {
      for (const c of known.values()) cb.onRemove(c);
      known.clear();
    },
    { once: true },
  );

  scan();
  return { rescan: scan, composers: known };
}
