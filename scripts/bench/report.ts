/** One measured figure, its target, and whether it meets it (null when there is no target). */
export interface Row {
  group: string;
  name: string;
  value: string;
  target: string;
  ok: boolean | null;
  /** True for figures that move between runs on a shared 2-core machine. */
  noisy?: boolean;
  raw?: unknown;
}

export function formatTable(rows: Row[]): string {
  const head = ['group', 'figure', 'value', 'target', 'ok'];
  // Cells are Markdown table cells (the README quotes the table), so a '|' inside one is escaped.
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const body = rows.map((r) => [r.group, r.name + (r.noisy ? ' (noisy)' : ''), r.value, r.target, r.ok === null ? '' : r.ok ? 'yes' : 'NO'].map(cell));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** The q-quantile (0 ≤ q ≤ 1) of values, interpolating between the two nearest ranks (so the median of an even count is the mean of the middle two). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * A bootstrap percentile interval for the median of `values`: the central `level` share of the medians of
 * `resamples` resamples drawn with replacement. The generator is seeded, so the same figures give the same interval.
 */
export function bootstrapMedianInterval(values: number[], level = 0.9, resamples = 2000): [number, number] {
  if (values.length === 0) return [NaN, NaN];
  let seed = 0x9e3779b9;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const medians: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = Array.from({ length: values.length }, () => values[Math.floor(random() * values.length)]!);
    medians.push(quantile(sample, 0.5));
  }
  return [quantile(medians, (1 - level) / 2), quantile(medians, 1 - (1 - level) / 2)];
}
