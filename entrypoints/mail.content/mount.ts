/**
 * Mounts UI in an open shadow root in (or, for a table cell, beside) a host-page element. WXT's createShadowRootUi registers an
 * invalidation callback per UI that is never released, which would keep every closed reply's button alive
 * on a page the user keeps open all day; this small mounter releases everything on remove.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface Mounted {
  host: HTMLElement;
  /** The element the UI was mounted for. */
  slot: Element;
  container: HTMLElement;
  remove(): void;
}

// Gmail and Outlook have single-key shortcuts; keys typed in our UI must not reach them.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Where the UI goes: `in` the anchor (a toolbar; a table cell gets a cell of its own beside it), or just `before` it
 * (an editor whose toolbar was not recognised: never inside the editable area, where it would become draft text).
 */
export type Placement = 'in' | 'before';

export function mountInShadow(
  ctx: ContentScriptContext,
  anchor: Element,
  css: string,
  onMount: (container: HTMLElement) => void,
  onRemove: (container: HTMLElement) => void,
  placement: Placement = 'in',
): Mounted {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('decline-politely-ui');
  host.setAttribute('data-decline-politely', 'ui');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  // Gmail's toolbar is a table row: a cell of our own beside the Send cell keeps the button on the same line.
  const outer = placement === 'in' && anchor.tagName === 'TD' ? doc.createElement('td') : host;
  if (placement === 'before') {
    host.style.display = 'block';
    host.style.margin = '4px 0';
    anchor.before(host);
  } else if (outer !== host) {
    outer.setAttribute('data-decline-politely', 'cell');
    outer.style.verticalAlign = 'middle';
    outer.append(host);
    anchor.after(outer);
  } else {
    anchor.append(host);
  }
  onMount(container);

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    off();
    onRemove(container);
    outer.remove();
  };
  const off = ctx.onInvalidated(remove);
  return { host, slot: anchor, container, remove };
}

/** Light or dark, from the first opaque background behind `el` (Gmail and Outlook themes do not follow the OS). */
export function themeOf(el: Element): 'light' | 'dark' {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node && view; node = node.parentElement) {
    const m = view.getComputedStyle(node).backgroundColor.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110 ? 'dark' : 'light';
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
