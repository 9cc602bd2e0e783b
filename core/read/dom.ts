/**
 * Small DOM helpers for the host adapters. Lookups are typed as HTMLElement: the mail pages are HTML documents. Everything works on the root it is given (a Document, an Element or
 * a DocumentFragment such as a template's content) and never throws on a missing element or an unsupported
 * selector: a missing Gmail/Outlook element is normal.
 */
import { splitPlainText, tidyText } from './mail-text';
import { DOCUMENT_POSITION_FOLLOWING, isElement, TEXT_NODE } from '../node';

export { isElement } from '../node';

/** Alternatives for one thing on the page, most preferred first. */
export type Selectors = readonly string[];

function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    // An engine that does not know a selector (or a malformed one) means "not found", not a crash.
    return [];
  }
}

function elementMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The first element matching the first alternative that matches anything, or undefined. */
export function $optional(root: ParentNode | null | undefined, selectors: Selectors): HTMLElement | undefined {
  if (!root) return undefined;
  for (const selector of selectors) {
    const found = queryAll(root, selector)[0];
    if (found) return found as HTMLElement;
  }
  return undefined;
}

/** Every element matching any alternative, once each, in document order. */
export function $$(root: ParentNode | null | undefined, selectors: Selectors): HTMLElement[] {
  if (!root) return [];
  const seen = new Set<Element>();
  for (const selector of selectors) for (const el of queryAll(root, selector)) seen.add(el);
  return inDocumentOrder([...seen]) as HTMLElement[];
}

/**
 * The matches of the first alternative that matches anything. Use it when the alternatives describe the same
 * thing at different depths (a message wrapper and, failing that, its inner part), so nothing is counted twice.
 */
export function $$first(root: ParentNode | null | undefined, selectors: Selectors): HTMLElement[] {
  if (!root) return [];
  for (const selector of selectors) {
    const found = queryAll(root, selector);
    if (found.length > 0) return found as HTMLElement[];
  }
  return [];
}

/** The closest ancestor-or-self matching the first alternative that has such an ancestor. */
export function closestOf(el: Element | null | undefined, selectors: Selectors): HTMLElement | undefined {
  if (!el) return undefined;
  for (const selector of selectors) {
    try {
      const found = el.closest(selector);
      if (found) return found as HTMLElement;
    } catch {
      // unsupported selector: try the next alternative
    }
  }
  return undefined;
}

/** True when `el` matches any alternative. */
export function matchesAny(el: Element, selectors: Selectors): boolean {
  return selectors.some((selector) => elementMatches(el, selector));
}

export function inDocumentOrder<T extends Node>(nodes: T[]): T[] {
  return nodes.sort((a, b) => {
    if (a === b) return 0;
    return a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/** A trimmed attribute value, or null when absent or blank. */
export function attr(el: Element | null | undefined, name: string): string | null {
  const value = el?.getAttribute(name);
  if (value == null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** An input's current value (falls back to its value attribute), or null. */
export function inputValue(el: Element | null | undefined): string | null {
  if (!el) return null;
  const live = (el as Partial<HTMLInputElement>).value;
  const value = typeof live === 'string' ? live : el.getAttribute('value');
  return value == null ? null : value;
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'select', 'button', 'input', 'textarea']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);
const PARAGRAPHS = new Set(['p', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'pre']);
const CELLS = new Set(['td', 'th']);
// Block edges are marked while walking and resolved at the end, like innerText's "required line breaks":
// a run of block edges is one line break (two around paragraphs), and a <br> that ends a block adds none.
const BLOCK_EDGE = '\u0001';
const PARAGRAPH_EDGE = '\u0002';
const EDGE_RUN = /\n?[ \t]*(?:[\u0001\u0002][ \t]*)+/g;
const HIDDEN_STYLE = /(?:^|;)\s*display\s*:\s*none/i;
const PRE_STYLE = /white-space\s*:\s*pre(?!-line)/i;

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

/** Text buckets a walk can send text to. */
type Bucket = 'body' | 'quoted' | 'signature';

interface WalkOptions {
  /** Elements where the quoted history starts: they and everything after them go to `quoted`. */
  quote?: Selectors;
  /** Elements holding a signature (before the history). */
  signature?: Selectors;
}

/**
 * Walks `node` in document order and renders it as plain text with line breaks where the page has blocks and
 * `<br>`s, roughly what a person would copy. Hidden elements, scripts, styles and form controls are skipped.
 */
function walk(node: Node, options: WalkOptions): Record<Bucket, string> {
  const out: Record<Bucket, string[]> = { body: [], quoted: [], signature: [] };
  let quoting = false;
  let signatureDepth = 0;
  let preDepth = 0;
  const bucket = (): Bucket => (quoting ? 'quoted' : signatureDepth > 0 ? 'signature' : 'body');
  const emit = (text: string): void => {
    out[bucket()].push(text);
  };

  // Iterative walk with explicit exit markers, so deep pages cannot overflow the stack.
  type Frame =
    | { node: Node; exit: false }
    | { node: Element; exit: true; signature: boolean; pre: boolean; block: boolean; paragraph: boolean; cell: boolean };
  const stack: Frame[] = [{ node, exit: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.exit) {
      if (frame.block) emit(frame.paragraph ? PARAGRAPH_EDGE : BLOCK_EDGE);
      if (frame.cell) emit(' \t ');
      if (frame.signature) signatureDepth--;
      if (frame.pre) preDepth--;
      continue;
    }
    const current = frame.node;
    if (current.nodeType === TEXT_NODE) {
      const data = current.nodeValue ?? '';
      // A no-break space survives collapsing: "<div>&nbsp;</div>" is a visible blank line, not a block edge.
      emit(preDepth > 0 ? data : data.replace(/[\s\u00a0]+/g, (run) => (run.includes('\u00a0') ? '\u00a0' : ' ')));
      continue;
    }
    if (!isElement(current)) {
      // Documents and fragments: just their children.
      const kids = current.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
      continue;
    }
    const name = current.localName.toLowerCase();
    if (current !== node && (SKIPPED.has(name) || isHidden(current))) continue;
    if (name === 'br') {
      emit('\n');
      continue;
    }
    if (!quoting && options.quote && current !== node && matchesAny(current, options.quote)) quoting = true;
    const signature = !quoting && !!options.signature && current !== node && matchesAny(current, options.signature);
    const pre = name === 'pre' || PRE_STYLE.test(current.getAttribute('style') ?? '');
    const block = BLOCKS.has(name);
    const paragraph = PARAGRAPHS.has(name);
    const cell = CELLS.has(name);
    if (signature) signatureDepth++;
    if (pre) preDepth++;
    if (block) emit(paragraph ? PARAGRAPH_EDGE : BLOCK_EDGE);
    stack.push({ node: current, exit: true, signature, pre, block, paragraph, cell });
    const kids = current.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  const join = (parts: string[]): string =>
    tidyText(
      parts
        .join('')
        .replace(/\r\n?/g, '\n')
        .replace(EDGE_RUN, (run) => (run.includes(PARAGRAPH_EDGE) ? '\n\n' : '\n')),
    );
  return { body: join(out.body), quoted: join(out.quoted), signature: join(out.signature) };
}

/** Plain text of a node (see `walk`), lines trimmed, at most one blank line in a row. */
export function plainText(node: Node | null | undefined): string {
  if (!node) return '';
  return walk(node, {}).body;
}

/**
 * The text of `node` in three parts by markup alone: before the first `quote` element (minus `signature`
 * elements), the `signature` elements, and from the first `quote` element to the end.
 */
export function textParts(node: Node, quote: Selectors, signature: Selectors): Record<Bucket, string> {
  return walk(node, { quote, signature });
}

/**
 * A message body as its own words, its quoted history and its signature. Markup markers win (e.g. Gmail's
 * `.gmail_quote`, Outlook's `#divRplyFwdMsg`); where there are none the plain-text conventions are used.
 */
export function splitMessage(
  body: Node,
  quote: Selectors,
  signature: Selectors,
): { body: string; quoted: string; signature: string } {
  const parts = walk(body, { quote, signature });
  const plain = splitPlainText(parts.body);
  return {
    body: plain.body,
    quoted: [plain.quoted, parts.quoted].filter(Boolean).join('\n\n'),
    signature: parts.signature || plain.signature,
  };
}

/** The text of the first element, trying the alternatives in order, whose text is not blank; '' when none. */
export function firstText(root: ParentNode | null | undefined, selectors: Selectors): string {
  if (!root) return '';
  for (const selector of selectors) {
    for (const el of queryAll(root, selector)) {
      const text = plainText(el).replace(/\s+/g, ' ').trim();
      if (text) return text;
    }
  }
  return '';
}

const hasText = (el: Element): boolean => (el.textContent ?? '').trim() !== '';

/**
 * What follows `marker`'s block inside `container`, found by structure alone: going up from `marker`, the
 * outermost level at which later siblings hold text, and there the sibling with the most text. A message
 * lays out its header (with the sender) first and its content below, so this is the content when no class
 * names it. Undefined when nothing with text follows.
 */
export function contentBelow(container: Element, marker: Element): HTMLElement | undefined {
  let found: HTMLElement | undefined;
  for (let node: Element | null = marker; node && node !== container && container.contains(node); node = node.parentElement) {
    let best: Element | undefined;
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if (hasText(next) && (!best || (next.textContent ?? '').length > (best.textContent ?? '').length)) best = next;
    }
    if (best) found = best as HTMLElement;
  }
  return found;
}

/**
 * The largest ancestor-or-self of `el` below `root` that holds none of `others` (besides `el`): the part of
 * the page that belongs to `el` alone, such as a message around its sender when no wrapper is recognised.
 */
export function ownRegion(el: HTMLElement, others: readonly Element[], root: ParentNode): HTMLElement {
  let region = el;
  for (let parent = el.parentElement; parent && (parent as Node) !== (root as Node); parent = parent.parentElement) {
    if (others.some((other) => other !== el && parent!.contains(other))) break;
    if (parent.localName === 'body' || parent.localName === 'html') break;
    region = parent;
  }
  return region;
}
