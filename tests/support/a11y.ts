/**
 * Accessibility checks shared by the end-to-end suites: axe-core (run inside the page) at WCAG 2.2 AA, and the
 * contrast of the focus indicator of the element that has focus, computed from its styles.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** axe-core's browser build, injected into pages as a script. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets the issue asks for: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe in the page (axe must be injected first) on `include` (CSS selectors; the whole document when empty)
 * and returns the violations, each with the elements it names. Runs in the page: self-contained.
 */
export async function runAxeInPage({ include, tags }: { include: string[]; tags: string[] }): Promise<AxeViolation[]> {
  type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
  const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
  const context = include.length ? { include: include.map((s) => [s]) } : document;
  const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
}

export interface FocusIndicator {
  /** What has focus: tag, accessible label or text. */
  element: string;
  /** The indicator's colour and what it is drawn on. */
  indicator: string;
  against: string;
  /** The contrast ratio (1–21), or 0 when no indicator was drawn at all. */
  ratio: number;
}

/**
 * The focus indicator of the focused element (through open shadow roots): its outline, else its box-shadow,
 * else its border, and the contrast of that colour against what it is drawn on: the element's own background
 * for an inset indicator, the background around it otherwise. Runs in the page: self-contained.
 */
export function focusIndicatorInPage(): FocusIndicator {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return { element: 'nothing', indicator: '', against: '', ratio: 0 };

  const parse = (c: string): [number, number, number, number] | null => {
    let m = c.match(/rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)/);
    if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
    m = c.match(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/);
    if (m) return [Number(m[1]) * 255, Number(m[2]) * 255, Number(m[3]) * 255, m[4] === undefined ? 1 : Number(m[4])];
    return null;
  };
  const over = (top: [number, number, number, number], under: [number, number, number]): [number, number, number] => [
    top[0] * top[3] + under[0] * (1 - top[3]),
    top[1] * top[3] + under[1] * (1 - top[3]),
    top[2] * top[3] + under[2] * (1 - top[3]),
  ];
  const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  /** The colour behind `node`: its backgrounds and its ancestors', composited over the canvas. */
  const backgroundOf = (node: Element | null): [number, number, number] => {
    const layers: [number, number, number, number][] = [];
    for (let n = node; n; n = parentOf(n)) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c[3] > 0) layers.push(c);
      if (c && c[3] >= 1) break;
    }
    const dark = matchMedia('(prefers-color-scheme: dark)').matches && getComputedStyle(document.documentElement).colorScheme.includes('dark');
    let color: [number, number, number] = dark ? [18, 18, 18] : [255, 255, 255];
    for (const layer of layers.reverse()) color = over(layer, color);
    return color;
  };
  const luminance = ([r, g, b]: [number, number, number]) => {
    const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };

  const style = getComputedStyle(el);
  let color: [number, number, number, number] | null = null;
  let inset = false;
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) {
    color = parse(style.outlineColor);
    inset = parseFloat(style.outlineOffset) < 0;
  } else if (style.boxShadow && style.boxShadow !== 'none') {
    color = parse(style.boxShadow);
    inset = style.boxShadow.includes('inset');
  }
  const name = `${el.localName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
  if (!color) return { element: name, indicator: 'none', against: '', ratio: 0 };
  const behind = backgroundOf(inset ? el : parentOf(el));
  const drawn = over(color, behind);
  const [a, b] = [luminance(drawn), luminance(behind)].sort((x, y) => y - x) as [number, number];
  return { element: name, indicator: drawn.map(Math.round).join(','), against: behind.map(Math.round).join(','), ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100 };
}
