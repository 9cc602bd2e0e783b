/**
 * A mail-site redesign, simulated: every class token in a page's HTML (class attributes and the class selectors of
 * its <style> blocks) is replaced by a hash of itself, the way Gmail and Outlook rename their obfuscated class
 * names. Attributes, roles, ARIA labels, ids, text and structure stay as they were. The end-to-end suites serve
 * every Gmail and Outlook page a second time through this transform (tests/e2e/harness.ts `renameClasses`), and
 * the adapter tests read the fixtures through it.
 *
 * Class names inside mail content (`gmail_quote`, `gmail_signature`) are renamed too, although a redesign of the
 * mail app would not change what other mail programs wrote: the stricter page is the one tested.
 */

/** The renamed form of one class token: the same token always gives the same name, and no name is kept. */
export function renamedClass(token: string): string {
  // FNV-1a, 32 bits: stable across runs and engines.
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `r${hash.toString(36).padStart(7, '0')}`;
}

const renameList = (value: string): string => value.replace(/[^\s]+/g, (token) => renamedClass(token));

// Attribute names are matched after whitespace, so `data-class=` or `aria-class=` stay untouched.
const CLASS_ATTRIBUTE = /(\sclass\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const STYLE_BLOCK = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;
// A class selector in CSS: a dot, not after a digit or a word character (so 1.45 and url(a.gif) stay).
const CSS_CLASS = /(^|[^\w.\-\d])\.(-?[A-Za-z_][\w-]*)/g;

/** `html` with every class name renamed by `renamedClass`. */
export function renameClasses(html: string): string {
  return html
    .replace(STYLE_BLOCK, (_m, open: string, css: string, close: string) => open + css.replace(CSS_CLASS, (_c, before: string, name: string) => `${before}.${renamedClass(name)}`) + close)
    .replace(CLASS_ATTRIBUTE, (_m, prefix: string, dq?: string, sq?: string, bare?: string) => {
      if (dq !== undefined) return `${prefix}"${renameList(dq)}"`;
      if (sq !== undefined) return `${prefix}'${renameList(sq)}'`;
      return `${prefix}${renameList(bare ?? '')}`;
    });
}

/** A CSS selector for elements carrying every one of `classes` on a renamed page (for tests that need a class). */
export function renamedSelector(classes: string, renamed: boolean): string {
  return classes.replace(/\.(-?[A-Za-z_][\w-]*)/g, (_m, name: string) => `.${renamed ? renamedClass(name) : name}`);
}

/**
 * The two layouts every Gmail and Outlook end-to-end case runs in (Chromium and Firefox): the pages as served, and
 * the same pages with every class name renamed, as after a redesign. Use with `describe.each(LAYOUTS)`.
 */
export const LAYOUTS = [
  ['pages as served', false],
  ['every class name renamed', true],
] as const;
