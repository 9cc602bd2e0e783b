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
