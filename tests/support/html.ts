/** The balanced `<tag>…</tag>` element of `html` that opens at `start` (fixtures are well-formed). */
export function balancedBlock(html: string, start: number, tag = 'div'): string {
  if (start < 0) throw new Error(`no <${tag}> to take`);
  const re = new RegExp(`<\\/?${tag}\\b[^>]*>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`unbalanced <${tag}> at ${start}`);
}
