/**
 * Checks a user's template before it is saved: what Mustache cannot parse, names the letter does not have,
 * and tags that are not allowed here (unescaped values, partials, other delimiters). Each problem is a code with
 * what fills it (core/model.ts `Problem`) and where it is, as a 1-based line and column; the faces word it.
 */
import Mustache, { type TemplateSpans } from 'mustache';
import type { Problem, ProblemCode } from '../model';
import { MUSTACHE_TAGS } from './templates';
import type { LetterView } from './view';

/** A problem found in a template, at a 1-based line and column. */
export interface TemplateProblem {
  problem: Problem;
  line: number;
  column: number;
}

/** Every name a template may use, in the order the options page lists them (described there, `variable_<name>`). */
export const TEMPLATE_VARIABLES = [
  'warm',
  'formal',
  'brief',
  'keepDoorOpen',
  'formalAddress',
  'v1',
  'v2',
  'v3',
  'greeting',
  'thePosition',
  'theTeam',
  'touchSentence',
  'reasonSentence',
  'regretSentence',
  'doorOpenSentence',
  'keepInTouchSentence',
  'signOff',
  'senderName',
  'signature',
  'firstName',
  'fullName',
  'role',
  'company',
  'keepInTouch',
] as const satisfies readonly (keyof LetterView)[];

const KNOWN_NAMES: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);

/** A problem at an offset in the template, before it is turned into a line and column. */
interface Found {
  problem: Problem;
  offset: number;
}

const found = (offset: number, code: ProblemCode, ...params: string[]): Found => ({
  problem: params.length ? { code, params } : { code },
  offset,
});

/** Lists what is wrong with a template: syntax errors, unknown names, unescaped tags. Empty = valid. */
export function templateProblems(template: string): TemplateProblem[] {
  let tokens: TemplateSpans;
  try {
    tokens = Mustache.parse(template, MUSTACHE_TAGS);
  } catch (error) {
    return [at(template, syntaxProblem(template, error))];
  }
  const problems: Found[] = [];
  collectTokenProblems(template, tokens, problems);
  return problems.sort((a, b) => a.offset - b.offset).map((p) => at(template, p));
}

function at(template: string, { problem, offset }: Found): TemplateProblem {
  return { problem, ...lineAndColumn(template, offset) };
}

function collectTokenProblems(template: string, tokens: TemplateSpans, problems: Found[]): void {
  for (const token of tokens) {
    const [type, name, start, end] = token;
    const source = template.slice(start, end);
    switch (type) {
      case 'name':
      case '#':
      case '^':
        if (!KNOWN_NAMES.has(name)) problems.push(unknownName(name, start));
        break;
      case '&':
        problems.push(found(start, 'templateUnescaped', source, name));
        break;
      case '>':
        problems.push(found(start, 'templatePartial', source));
        break;
      case '=':
        problems.push(found(start, 'templateDelimiters', source));
        break;
      default:
        break;
    }
    const children = token[4];
    if ((type === '#' || type === '^') && Array.isArray(children)) collectTokenProblems(template, children, problems);
  }
}

function unknownName(name: string, offset: number): Found {
  const suggestion = closestName(name);
  return suggestion ? found(offset, 'templateUnknownNameLike', name, suggestion) : found(offset, 'templateUnknownName', name);
}

function closestName(name: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const known of KNOWN_NAMES) {
    const distance = editDistance(name.toLowerCase(), known.toLowerCase());
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/*
 * Mustache reports where its scanner gave up, which is often the end of the template. A person editing the
 * template needs the tag that caused it, so these look back for it.
 */
function syntaxProblem(template: string, error: unknown): Found {
  const text = error instanceof Error ? error.message : String(error);
  const offset = Number(/ at (\d+)$/.exec(text)?.[1] ?? template.length);

  if (text.startsWith('Unclosed tag')) return found(unclosedTagStart(template) ?? offset, 'templateUnclosedTag');
  const unopened = /^Unopened section "(.*)" at \d+$/.exec(text);
  if (unopened) return found(offset, 'templateUnopenedSection', unopened[1] ?? '');
  const unclosed = /^Unclosed section "(.*)" at \d+$/.exec(text);
  if (unclosed) {
    const name = unclosed[1] ?? '';
    const closer = /^\{\{\s*\/\s*([^}]*?)\s*\}\}/.exec(template.slice(offset));
    if (closer) return found(offset, 'templateMismatchedClose', closer[1] ?? '', name);
    const opener = openSectionStart(template, name);
    return found(opener?.offset ?? offset, 'templateUnclosedSection', `${opener?.sigil ?? '#'}${name}`, name);
  }
  // Mustache's own words (English), for a case none of the above knows: better than saying nothing.
  return found(Math.min(offset, template.length), 'templateUnreadable', text);
}

function unclosedTagStart(template: string): number | null {
  let position = 0;
  for (;;) {
    const open = template.indexOf('{{', position);
    if (open === -1) return null;
    const closing = template[open + 2] === '{' ? '}}}' : '}}';
    const close = template.indexOf(closing, open + 2);
    if (close === -1) return open;
    position = close + closing.length;
  }
}

function openSectionStart(template: string, name: string): { offset: number; sigil: string } | null {
  const open: { name: string; offset: number; sigil: string }[] = [];
  for (const match of template.matchAll(/\{\{\s*([#^/])\s*([^}]*?)\s*\}\}/g)) {
    const [, sigil = '', tagName = ''] = match;
    if (sigil === '/') {
      if (open[open.length - 1]?.name === tagName) open.pop();
    } else {
      open.push({ name: tagName, offset: match.index, sigil });
    }
  }
  const section = open.reverse().find((s) => s.name === name);
  return section ? { offset: section.offset, sigil: section.sigil } : null;
}

function lineAndColumn(template: string, offset: number): { line: number; column: number } {
  const before = template.slice(0, Math.max(0, Math.min(offset, template.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
