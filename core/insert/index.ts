/**
 * Writes the decline letter into a Gmail / Outlook-on-the-web reply editor without losing any of the user's draft.
 *
 * Placement: the letter goes at the very top of the editor, as its own block, followed by one blank line; the user's
 * typed text, their signature and the quoted history all stay below it, untouched. The caret ends on that blank line
 * (just after the letter), so the user can add a personal line that is theirs, outside our marked block.
 *
 * Marking: the letter lives in `<div data-decline-politely="letter">`, one `<div>` per line. Chromium's
 * `insertHTML` keeps that wrapper intact when it is inserted at the top (checked by tests/e2e/insert.e2e.test.ts);
 * every insert is verified afterwards anyway, and a result that does not look exactly right is rolled back.
 * A letter inside a quoted block (an earlier mail of ours quoted in the thread) is never treated as ours.
 */

export type { Letter } from '../model';
import type { InsertResult, Letter, Problem, ProblemCode } from '../model';
import { DOCUMENT_POSITION_FOLLOWING, ELEMENT_NODE, isElement, TEXT_NODE } from '../node';

/**
 * `protectedBlocks`: CSS selectors, matched inside the editor, of blocks that must stay below the letter and
 * unchanged: the quoted history and the user's signature (e.g. `.gmail_quote`, `.gmail_signature`,
 * `#divRplyFwdMsg`, `#appendonsend`, `[id^="Signature"]`).
 */
export interface InsertOptions {
  protectedBlocks: readonly string[];
}

/**
 * `strategy`: `execCommand` when the browser's editing command did the insert (one Ctrl+Z undoes it), `range` when
 * the DOM fallback did (not on the browser's undo stack). `replaced`: an earlier letter of ours was replaced.
 */
export type Inserted = Extract<InsertResult, { ok: false }> | { ok: true; strategy: 'execCommand' | 'range'; replaced: boolean };

/** The attribute that marks what we inserted: `letter` on the wrapper, `spacer` on the blank line we add after it. */
export const MARK_ATTRIBUTE = 'data-decline-politely';
/** Matches the wrapper of an inserted letter. */
export const LETTER_SELECTOR = `[${MARK_ATTRIBUTE}="letter"]`;

const VOID_TAGS = new Set(['BR', 'IMG', 'HR', 'INPUT', 'WBR']);

// A letter inside a blockquote was quoted from an earlier mail: it is history, not our insert, whatever the host.
const ALWAYS_QUOTED = 'blockquote';

// The exact shape core/letter/render.ts promises. Anything else (a tag, an attribute, a raw "<") never reaches insertHTML:
// the letter is then built from `letter.text` by the DOM fallback instead.
const SAFE_LETTER_HTML = /^(?:<div>(?:<br>|[^<>]*)<\/div>)+$/;

/**
 * Inserts `letter` at the top of `editor` (above typed text, signature and quoted history), or replaces the letter
 * inserted earlier. Tries `document.execCommand('insertHTML')` first (undoable with one Ctrl+Z), then a DOM fallback.
 * Focuses the editor and leaves the caret on the line just after the letter. Fires `input` (InputEvent,
 * inputType `insertFromPaste`) and `change` on the editor. Never throws.
 */
export function insertLetter(editor: HTMLElement, letter: Letter, options: InsertOptions): Inserted {
  let saved: SavedSelection | null = null;
  try {
    const unusable = whyUnusable(editor);
    if (unusable) return fail(unusable);
    if (typeof letter?.text !== 'string' || squeeze(letter.text) === '') return fail('letterEmpty');

    const protectedBlocks = selectorList(editor, options?.protectedBlocks ?? []);
    if ('error' in protectedBlocks) return fail(protectedBlocks.error);

    const job = prepare(editor, letter, protectedBlocks.guard);
    saved = saveSelection(job.view);
    for (const [name, strategy] of STRATEGIES) {
      if (strategy(job)) {
        finish(job);
        return { ok: true, strategy: name, replaced: job.previous !== null };
      }
      if (job.broken) return fail(job.broken);
    }
    restoreSelection(job.view, saved);
    return fail('insertImpossible');
  } catch (error) {
    restoreSelection(editor?.ownerDocument?.defaultView ?? null, saved);
    return fail({ code: 'insertCrashed', params: [error instanceof Error ? error.message : String(error)] });
  }
}

interface Job {
  editor: HTMLElement;
  doc: Document;
  view: Window & typeof globalThis;
  lines: string[];
  /** `letter.html` when it has the promised shape, else null (then only the DOM fallback may insert). */
  markup: string | null;
  /** The letter's text with all whitespace removed, to compare with what ended up in the editor. */
  expected: string;
  guard: string | null;
  quoted: string;
  /** Our earlier letter to replace (the first one), and any further copies to remove. */
  previous: HTMLElement | null;
  previousText: string;
  extras: HTMLElement[];
  /** The user's text outside our letters, whitespace removed, before the insert. */
  outside: string;
  guarded: { el: Element; text: string; mustFollow: boolean }[];
  /** Set by a strategy that succeeded. */
  wrapper: HTMLElement | null;
  /** Set when a failed attempt could not be rolled back: stop, and tell the user. */
  broken: ProblemCode | null;
}

type Strategy = (job: Job) => boolean;

/** Ordered: the first that applies wins; each returns false when it does not apply or did not work. */
const STRATEGIES: ReadonlyArray<readonly ['execCommand' | 'range', Strategy]> = [
  ['execCommand', viaExecCommand],
  ['range', viaRange],
];

function fail(problem: Problem | ProblemCode): Inserted {
  return { ok: false, problem: typeof problem === 'string' ? { code: problem } : problem };
}

function whyUnusable(editor: HTMLElement): ProblemCode | null {
  if (!isElement(editor)) return 'editorMissing';
  if (!editor.isConnected) return 'editorDetached';
  if (!editor.ownerDocument.defaultView) return 'editorNoWindow';
  const host = editor.closest('[contenteditable]');
  const mode = host?.getAttribute('contenteditable')?.toLowerCase();
  if (mode === 'plaintext-only') return 'editorPlainText';
  // happy-dom reads contenteditable="" as "inherit"; browsers read it as "true".
  if (!editor.isContentEditable && !(host === editor && mode === '')) return 'editorNotEditable';
  return null;
}

/** Validates the selectors one by one, so a typo is reported by name instead of silently unprotecting a block. */
function selectorList(editor: Element, selectors: readonly string[]): { guard: string | null } | { error: Problem } {
  const usable: string[] = [];
  for (const selector of selectors) {
    if (typeof selector !== 'string' || selector.trim() === '') continue;
    try {
      editor.matches(selector);
    } catch {
      return { error: { code: 'badProtectedSelector', params: [JSON.stringify(selector)] } };
    }
    usable.push(selector);
  }
  return { guard: usable.length > 0 ? usable.join(', ') : null };
}

function quotedSelector(guard: string | null): string {
  return guard ? `${guard}, ${ALWAYS_QUOTED}` : ALWAYS_QUOTED;
}

function prepare(editor: HTMLElement, letter: Letter, guard: string | null): Job {
  const doc = editor.ownerDocument;
  const view = doc.defaultView as Window & typeof globalThis;
  const quoted = quotedSelector(guard);
  const [previous = null, ...extras] = ourLetters(editor, quoted);
  // Whitespace between line <div>s would become stray text nodes in the editor.
  const html = typeof letter.html === 'string' ? letter.html.trim().replace(/<\/div>\s+<div>/g, '</div><div>') : '';
  const guarded = guard
    ? Array.from(editor.querySelectorAll(guard), (el) => ({
        el,
        text: squeeze(el.textContent),
        // A replaced letter stays where it was; it only has to stay above what it was above.
        mustFollow: previous === null || following(previous, el),
      }))
    : [];
  return {
    editor,
    doc,
    view,
    lines: letter.text.replace(/\r\n?/g, '\n').split('\n'),
    markup: SAFE_LETTER_HTML.test(html) ? html : null,
    expected: squeeze(letter.text),
    guard,
    quoted,
    previous,
    previousText: previous ? squeeze(previous.textContent) : '',
    extras,
    outside: draftText(editor, quoted),
    guarded,
    wrapper: null,
    broken: null,
  };
}

/**
 * Strategy 1: the browser's own editing command, so the insert is one step on the undo stack. A fresh letter is
 * inserted at a collapsed caret at the top of the editor, followed by a marked blank line: without that line
 * Chromium merges the letter's last line into the user's first paragraph. A replacement selects the old wrapper's
 * contents and inserts only the lines, so the wrapper (and the line after it) stays and one Ctrl+Z brings back
 * the previous letter.
 */
function viaExecCommand(job: Job): boolean {
  const { doc, view, editor } = job;
  if (job.markup === null || typeof doc.execCommand !== 'function') return false;
  const selection = view.getSelection();
  if (!selection) return false;

  const range = doc.createRange();
  let html: string;
  if (job.previous) {
    range.selectNodeContents(job.previous);
    html = job.markup;
  } else {
    // No caret position exists above a block that starts the editor (e.g. the quote, when the user deleted the
    // blank line above it): the command would put the letter inside it.
    if (startsInside(editor, job.guard)) return false;
    range.setStart(editor, 0);
    range.collapse(true);
    html = `<div ${MARK_ATTRIBUTE}="letter">${job.markup}</div><div ${MARK_ATTRIBUTE}="spacer"><br></div>`;
  }

  editor.focus();
  selection.removeAllRanges();
  selection.addRange(range);
  let done = false;
  try {
    done = doc.execCommand('insertHTML', false, html);
  } catch {
    done = false;
  }
  if (!done) return false;

  const wrapper = verify(job);
  if (wrapper) {
    job.wrapper = wrapper;
    return true;
  }
  rollBack(job);
  return false;
}

/** Strategy 2: build the letter from `letter.text` with createElement/textContent and put it in with a Range. */
function viaRange(job: Job): boolean {
  const { doc, editor } = job;
  const wrapper = buildLetter(doc, job.lines);
  const previous = job.previous?.parentNode ? job.previous : null;
  const range = doc.createRange();
  let spacer: HTMLElement | null = null;
  if (previous) {
    range.selectNode(previous);
    range.deleteContents();
    range.insertNode(wrapper);
  } else {
    const content = doc.createDocumentFragment();
    content.append(wrapper);
    // An empty line already at the top (Gmail's and Outlook's fresh replies have one) becomes the line after the letter.
    if (!isBlankLine(firstMeaningfulChild(editor), job.guard)) {
      spacer = doc.createElement('div');
      spacer.setAttribute(MARK_ATTRIBUTE, 'spacer');
      spacer.append(doc.createElement('br'));
      content.append(spacer);
    }
    range.setStart(editor, 0);
    range.collapse(true);
    range.insertNode(content);
  }

  if (verify(job) === wrapper) {
    job.wrapper = wrapper;
    return true;
  }
  if (previous) wrapper.replaceWith(previous);
  else {
    wrapper.remove();
    spacer?.remove();
  }
  return false;
}

function buildLetter(doc: Document, lines: readonly string[]): HTMLElement {
  const wrapper = doc.createElement('div');
  wrapper.setAttribute(MARK_ATTRIBUTE, 'letter');
  for (const line of lines) {
    const div = doc.createElement('div');
    if (line.trim() === '') div.append(doc.createElement('br'));
    else div.textContent = line;
    wrapper.append(div);
  }
  return wrapper;
}

/**
 * The insert counts only if: exactly one letter of ours (besides copies still to be removed) holding exactly the
 * letter's text; nested in plain <div>s only (not in a list, a quote, a table or a protected block); the user's
 * text outside it unchanged; every protected block still there, unchanged and below it.
 */
function verify(job: Job): HTMLElement | null {
  const { editor } = job;
  const letters = ourLetters(editor, job.quoted).filter((el) => !job.extras.includes(el));
  if (letters.length !== 1) return null;
  const wrapper = letters[0]!;
  if (squeeze(wrapper.textContent) !== job.expected) return null;
  for (let up = wrapper.parentElement; up && up !== editor; up = up.parentElement) {
    if (up.tagName !== 'DIV' || (job.guard !== null && up.matches(job.guard))) return null;
  }
  if (draftText(editor, job.quoted) !== job.outside) return null;
  for (const { el, text, mustFollow } of job.guarded) {
    if (!el.isConnected || !editor.contains(el) || el.contains(wrapper)) return null;
    if (squeeze(el.textContent) !== text) return null;
    if (mustFollow && !following(wrapper, el)) return null;
  }
  return wrapper;
}

/** Undo a command whose result failed verification, and check that the draft is back as it was. */
function rollBack(job: Job): void {
  try {
    job.doc.execCommand('undo');
  } catch {
    // Checked below.
  }
  const letters = ourLetters(job.editor, job.quoted);
  const back =
    draftText(job.editor, job.quoted) === job.outside &&
    letters.length === (job.previous ? 1 : 0) + job.extras.length &&
    (!job.previous || letters.some((el) => squeeze(el.textContent) === job.previousText));
  if (!back) {
    job.broken = 'insertBroken';
    return;
  }
  // Undo may bring back different node objects: find the letter to replace again.
  if (job.previous && !job.previous.isConnected) {
    job.previous = letters.find((el) => !job.extras.includes(el)) ?? null;
  }
}

function finish(job: Job): void {
  const wrapper = job.wrapper!;
  for (const extra of job.extras) {
    if (extra.isConnected && extra !== wrapper && !extra.contains(wrapper)) extra.remove();
  }
  placeCaret(job, wrapper);
  announce(job.editor, job.view, 'insertFromPaste');
}

/** Caret at the start of the line after the letter; at the end of the letter if that line is protected or missing. */
function placeCaret(job: Job, wrapper: HTMLElement): void {
  const { doc, view, editor } = job;
  const range = doc.createRange();
  let target = nodeAfter(wrapper, editor);
  while (isElement(target) && !VOID_TAGS.has(target.tagName)) {
    const child = firstMeaningfulChild(target);
    if (!child) break;
    target = child;
  }
  if (target && caretAllowed(target, job)) {
    if (isElement(target) && VOID_TAGS.has(target.tagName)) range.setStartBefore(target);
    else range.setStart(target, 0);
    range.collapse(true);
  } else {
    range.selectNodeContents(wrapper.lastElementChild ?? wrapper);
    range.collapse(false);
  }
  editor.focus();
  const selection = view.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

function caretAllowed(node: Node, job: Job): boolean {
  const el = isElement(node) && !VOID_TAGS.has(node.tagName) ? node : node.parentElement;
  if (!el || !el.isContentEditable) return false;
  if (job.guard === null) return true;
  const block = el.closest(job.guard);
  return !(block && job.editor.contains(block));
}

/** Tell the host the draft changed, so it autosaves and keeps Send enabled. */
function announce(editor: HTMLElement, view: Window & typeof globalThis, inputType: string): void {
  const input =
    typeof view.InputEvent === 'function'
      ? new view.InputEvent('input', { bubbles: true, inputType })
      : new view.Event('input', { bubbles: true });
  editor.dispatchEvent(input);
  editor.dispatchEvent(new view.Event('change', { bubbles: true }));
}

/** Our outermost letters in `editor`, skipping any inside a quoted/protected block. */
function ourLetters(editor: Element, quoted: string): HTMLElement[] {
  return Array.from(editor.querySelectorAll<HTMLElement>(LETTER_SELECTOR)).filter((el) => {
    const parent = el.parentElement;
    if (!parent || parent === editor) return true;
    const outer = parent.closest(`${LETTER_SELECTOR}, ${quoted}`);
    return !(outer && outer !== editor && editor.contains(outer));
  });
}

/** The user's text: everything outside our letters, whitespace removed (editing commands reshuffle whitespace). */
function draftText(root: Element, quoted: string): string {
  const walk = (node: Node, inQuote: boolean): string => {
    let out = '';
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) out += child.nodeValue ?? '';
      else if (isElement(child)) {
        const quote = inQuote || child.matches(quoted);
        if (!quote && child.getAttribute(MARK_ATTRIBUTE) === 'letter') continue;
        out += walk(child, quote);
      }
    }
    return out;
  };
  return squeeze(walk(root, false));
}

/** Whether the first thing in the editor (where a caret at its top would land) sits inside a protected block. */
function startsInside(editor: Element, guard: string | null): boolean {
  if (guard === null) return false;
  let node: Node | null = firstMeaningfulChild(editor);
  while (isElement(node)) {
    if (node.matches(guard)) return true;
    node = firstMeaningfulChild(node);
  }
  return false;
}

function isBlankLine(node: Node | null, guard: string | null): boolean {
  if (!isElement(node)) return false;
  if (node.tagName === 'BR') return true;
  if (node.tagName !== 'DIV' && node.tagName !== 'P') return false;
  if (guard !== null && (node.matches(guard) || node.querySelector(guard))) return false;
  const children = Array.from(node.childNodes).filter((n) => !isIgnorable(n));
  return children.length === 1 && isElement(children[0]!) && children[0].tagName === 'BR';
}

function firstMeaningfulChild(node: Node): Node | null {
  for (let child = node.firstChild; child; child = child.nextSibling) if (!isIgnorable(child)) return child;
  return null;
}

function nextMeaningful(node: Node): Node | null {
  for (let next = node.nextSibling; next; next = next.nextSibling) if (!isIgnorable(next)) return next;
  return null;
}

/** The next node after `node` (not inside it) within `root`. */
function nodeAfter(node: Node, root: Node): Node | null {
  for (let up: Node | null = node; up && up !== root; up = up.parentNode) {
    const next = nextMeaningful(up);
    if (next) return next;
  }
  return null;
}

function following(before: Node, after: Node): boolean {
  return (before.compareDocumentPosition(after) & DOCUMENT_POSITION_FOLLOWING) !== 0 && !before.contains(after);
}

function isIgnorable(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return (node.nodeValue ?? '').trim() === '';
  return node.nodeType !== ELEMENT_NODE;
}

function squeeze(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u200b]+/g, '');
}

interface SavedSelection {
  ranges: Range[];
}

function saveSelection(view: Window | null): SavedSelection | null {
  const selection = view?.getSelection();
  if (!selection) return null;
  const ranges: Range[] = [];
  for (let i = 0; i < selection.rangeCount; i++) ranges.push(selection.getRangeAt(i).cloneRange());
  return { ranges };
}

function restoreSelection(view: Window | null, saved: SavedSelection | null): void {
  try {
    const selection = view?.getSelection();
    if (!selection || !saved) return;
    selection.removeAllRanges();
    for (const range of saved.ranges) selection.addRange(range);
  } catch {
    // Best effort: a lost caret is not lost work.
  }
}
