/**
 * Test helpers around core/insert: whether an editor holds a letter we inserted, and taking it out again, to check
 * that an insert left the user's draft exactly as it was. The extension itself never removes a letter (inserting
 * again replaces it in place), so these live with the tests. A letter inside a quote or a protected block is
 * history, not ours, as for insertLetter.
 */
import { LETTER_SELECTOR, MARK_ATTRIBUTE, type InsertOptions } from '../../core/insert';

export { insertLetter } from '../../core/insert';

function quotedSelector(options?: InsertOptions): string {
  return ['blockquote', ...(options?.protectedBlocks ?? [])].join(', ');
}

function ourLetters(editor: Element, options?: InsertOptions): HTMLElement[] {
  const outer = `${LETTER_SELECTOR}, ${quotedSelector(options)}`;
  return Array.from(editor.querySelectorAll<HTMLElement>(LETTER_SELECTOR)).filter((el) => {
    const holder = el.parentElement?.closest(outer);
    return !(holder && holder !== editor && editor.contains(holder));
  });
}

const meaningful = (n: Node | null): boolean => !!n && (n.nodeType === 1 || (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== ''));

function nextMeaningful(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && !meaningful(next)) next = next.nextSibling;
  return next;
}

const isBlankLine = (el: Element): boolean =>
  (el.tagName === 'DIV' || el.tagName === 'P') && el.children.length === 1 && el.firstElementChild!.tagName === 'BR' && (el.textContent ?? '').trim() === '';

/** Whether `editor` holds a letter we inserted. Never throws. */
export function hasLetter(editor: HTMLElement, options?: InsertOptions): boolean {
  try {
    return ourLetters(editor, options).length > 0;
  } catch {
    return false;
  }
}

/**
 * Removes our letter(s) and the blank line added after one (unless the user wrote in it, or it is the only line
 * left in its block), and fires `input` (deleteContent) and `change`. Returns whether anything was removed.
 */
export function removeLetter(editor: HTMLElement, options?: InsertOptions): boolean {
  try {
    const letters = ourLetters(editor, options);
    if (letters.length === 0) return false;
    for (const wrapper of letters) {
      const next = nextMeaningful(wrapper);
      const spacer = next instanceof Element && next.getAttribute(MARK_ATTRIBUTE) === 'spacer' ? next : null;
      const parent = wrapper.parentNode!;
      wrapper.remove();
      if (!spacer) continue;
      let first = parent.firstChild;
      while (first && !meaningful(first)) first = first.nextSibling;
      const lastLine = first === spacer && nextMeaningful(spacer) === null;
      if (isBlankLine(spacer) && !lastLine) spacer.remove();
      else spacer.removeAttribute(MARK_ATTRIBUTE);
    }
    const view = editor.ownerDocument.defaultView!;
    editor.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'deleteContent' }));
    editor.dispatchEvent(new view.Event('change', { bubbles: true }));
    return true;
  } catch {
    return false;
  }
}
