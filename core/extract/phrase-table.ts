// A table of phrases per concept and language, compiled once into a finder: which concepts does a text state?
// Phrases use a small syntax (see stage-phrases.ts): words, `word*` for a word's continuations, `a/b` for one of
// several words (`-` for none), `~` for a gap of up to four words. Each phrase is tried only when its anchor (its
// longest fixed stretch of letters) occurs: one substring scan over the text finds every anchor at once.

const GAP = '(?:[^\\s]+\\s+){0,4}?';
const LETTER = '[\\p{L}\\p{N}]';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}

/** One word of a phrase as a pattern: `offr*`, `ti/le/vi`; null when the word may be left out (`gerne/-`). */
function wordPattern(word: string): { pattern: string; optional: boolean } {
  const options = word.split('/');
  const optional = options.includes('-');
  const alternatives = options
    .filter((o) => o !== '-' && o !== '')
    .map((o) => (o.endsWith('*') ? `${escape(o.slice(0, -1))}${LETTER}*` : escape(o)));
  return { pattern: alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`, optional };
}

/** A phrase as a regular expression matched at word boundaries (the text is lower case, spaces normalised or not). */
export function phrasePattern(phrase: string): string {
  let out = '';
  let gap = false;
  let first = true;
  for (const word of phrase.trim().split(/\s+/)) {
    if (word === '~') {
      gap = true;
      continue;
    }
    const { pattern, optional } = wordPattern(word);
    const piece = first ? pattern : `\\s+${gap ? GAP : ''}${pattern}`;
    out += optional ? (first ? `(?:${pattern}\\s+)?` : `(?:${piece})?`) : piece;
    if (!(first && optional)) first = false;
    gap = false;
  }
  return `(?<!${LETTER})${out}(?!${LETTER})`;
}

/**
 * The anchors of a phrase: the longest fixed word (or `word*` stem) every match must contain, when it has four letters
 * or more; otherwise, if longer, each alternative of the word whose shortest alternative is longest.
 */
export function phraseAnchors(phrase: string): string[] {
  let best = '';
  let bestAlternatives: string[] = [];
  let bestShortest = 0;
  for (const word of phrase.trim().split(/\s+/)) {
    if (word === '~') continue;
    const options = word.split('/');
    if (options.includes('-')) continue;
    const stems = options.map((o) => (o.endsWith('*') ? o.slice(0, -1) : o));
    if (stems.length === 1) {
      if ((stems[0] ?? '').length > best.length) best = stems[0] ?? '';
    } else {
      const shortest = Math.min(...stems.map((s) => s.length));
      if (shortest > bestShortest) {
        bestShortest = shortest;
        bestAlternatives = stems;
      }
    }
  }
  if (best.length >= 4 || (best.length >= 3 && best.length >= bestShortest)) return [best];
  return bestAlternatives.length > 0 ? bestAlternatives : best !== '' ? [best] : [];
}

export type PhraseTable<C extends string> = Record<C, Partial<Record<string, readonly string[]>>>;

interface Entry<C> {
  concept: C;
  source: string;
  re: RegExp | null;
}

/** Compile a table into a function naming the concepts a (lower-case) text states, each with the words that state it. */
export function phraseFinder<C extends string>(table: PhraseTable<C>): (text: string) => Map<C, string[]> {
  const byAnchor = new Map<string, Entry<C>[]>();
  for (const [concept, languages] of Object.entries(table) as [C, Partial<Record<string, readonly string[]>>][]) {
    for (const phrases of Object.values(languages)) {
      for (const phrase of phrases ?? []) {
        const entry: Entry<C> = { concept, source: phrase, re: null };
        for (const anchor of phraseAnchors(phrase)) {
          // An apostrophe in an anchor is matched in both spellings by the phrase; the anchor scan keys on letters.
          const key = anchor.split(/['’]/).sort((a, b) => b.length - a.length)[0] ?? anchor;
          if (key === '') continue;
          byAnchor.set(key, [...(byAnchor.get(key) ?? []), entry]);
        }
      }
    }
  }
  // A hit on "offerta" is also a hit on "offer": the anchors each key starts with are looked up with it.
  const keys = [...byAnchor.keys()];
  const sharing = new Map(keys.map((k) => [k, Array.from({ length: k.length }, (_, i) => k.slice(0, i + 1)).filter((p) => byAnchor.has(p))]));
  const scan = new RegExp(
    [...keys]
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'gu',
  );
  return (text: string): Map<C, string[]> => {
    const found = new Map<C, string[]>();
    const tried = new Set<Entry<C>>();
    // Anchors inside other anchors are found too: the scan restarts one letter after each hit.
    for (let at = 0; at < text.length; ) {
      scan.lastIndex = at;
      const m = scan.exec(text);
      if (m === null) break;
      for (const entry of (sharing.get(m[0]) ?? []).flatMap((k) => byAnchor.get(k) ?? [])) {
        if (tried.has(entry)) continue;
        tried.add(entry);
        entry.re ??= new RegExp(phrasePattern(entry.source), 'u');
        const said = entry.re.exec(text);
        if (said) found.set(entry.concept, [...(found.get(entry.concept) ?? []), said[0]]);
      }
      at = m.index + 1;
    }
    return found;
  };
}
