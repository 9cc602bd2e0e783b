import type { Letter } from '../model';
import Mustache, { type TemplateSpans } from 'mustache';
import { detectLanguage, isLetterLanguage, type LetterLanguage } from '../extract/language';
import type { Stage } from './reasons';
import { buildLetterView, collapseBlankLines, MARKS, tidySignature, type LetterInput, type LetterView } from './view';
import offerTemplate from '../../templates/offer.mustache?raw';
import interviewTemplate from '../../templates/interview.mustache?raw';
import outreachTemplate from '../../templates/outreach.mustache?raw';
import offerTemplateDe from '../../templates/de/offer.mustache?raw';
import interviewTemplateDe from '../../templates/de/interview.mustache?raw';
import outreachTemplateDe from '../../templates/de/outreach.mustache?raw';
import offerTemplateFr from '../../templates/fr/offer.mustache?raw';
import interviewTemplateFr from '../../templates/fr/interview.mustache?raw';
import outreachTemplateFr from '../../templates/fr/outreach.mustache?raw';
import offerTemplateEs from '../../templates/es/offer.mustache?raw';
import interviewTemplateEs from '../../templates/es/interview.mustache?raw';
import outreachTemplateEs from '../../templates/es/outreach.mustache?raw';

export { LETTER_LANGUAGES, isLetterLanguage, type LetterLanguage } from '../extract/language';
export { buildLetterView, signOffLines, textFor, type LetterChoice, type LetterInput, type LetterView, type PerLanguage, type SenderProfile } from './view';

/** A rendered letter (core/model.ts `Letter`). */
export type RenderedLetter = Letter;

/** A problem found in a template, at a 1-based line and column. */
export interface TemplateProblem {
  message: string;
  line: number;
  column: number;
}

/** Every name a template may use, with a description for the options page. */
export const TEMPLATE_VARIABLES = [
  { name: 'warm', description: 'Section for the warm tone: {{#warm}}…{{/warm}}' },
  { name: 'formal', description: 'Section for the formal tone: {{#formal}}…{{/formal}}' },
  { name: 'brief', description: 'Section for the brief tone: {{#brief}}…{{/brief}}' },
  { name: 'keepDoorOpen', description: 'Section shown when you chose to keep the door open' },
  { name: 'formalAddress', description: 'Section for addressing the recruiter formally (Spanish usted; always on in German and French)' },
  { name: 'v1', description: 'Pick one of two wordings, fixed per thread: {{#v1}}…{{/v1}}{{^v1}}…{{/v1}} (also v2, v3)' },
  { name: 'v2', description: 'A second independent choice of wording, like v1' },
  { name: 'v3', description: 'A third independent choice of wording, like v1' },
  { name: 'greeting', description: 'The opening line, e.g. "Hi Jane," or "Hello,"' },
  { name: 'thePosition', description: 'The job, e.g. "the Senior Engineer role at Acme" or "the position"' },
  { name: 'theTeam', description: 'Who made the offer, e.g. "the team at Acme" or "your team"' },
  { name: 'touchSentence', description: 'A detail from the thread (a day, a person, a team), or empty' },
  { name: 'reasonSentence', description: 'Your reason, as one or two complete sentences' },
  { name: 'doorOpenSentence', description: 'An offer to stay in touch (empty when the door is not kept open)' },
  { name: 'keepInTouchSentence', description: 'How to reach you, from your preferences (empty when not set)' },
  { name: 'signOff', description: 'The closing, e.g. "Best wishes,"' },
  { name: 'senderName', description: 'Your name (the line is left out when empty)' },
  { name: 'signature', description: 'Your signature, exactly as you wrote it' },
  { name: 'firstName', description: "The recruiter's first name, or empty" },
  { name: 'fullName', description: "The recruiter's full name, or empty" },
  { name: 'role', description: 'The job title as read from the email, or empty' },
  { name: 'company', description: 'The company as read from the email, or empty' },
  { name: 'keepInTouch', description: 'Your stay-in-touch line exactly as set in preferences, or empty' },
] as const satisfies readonly { name: keyof LetterView; description: string }[];

/** The built-in template for each stage and language. */
export const DEFAULT_TEMPLATES_BY_LANGUAGE: Record<LetterLanguage, Record<Stage, string>> = {
  en: { offer: offerTemplate, interview: interviewTemplate, outreach: outreachTemplate },
  de: { offer: offerTemplateDe, interview: interviewTemplateDe, outreach: outreachTemplateDe },
  fr: { offer: offerTemplateFr, interview: interviewTemplateFr, outreach: outreachTemplateFr },
  es: { offer: offerTemplateEs, interview: interviewTemplateEs, outreach: outreachTemplateEs },
};

/** The built-in (English) template for each stage. */
export const DEFAULT_TEMPLATES: Record<Stage, string> = DEFAULT_TEMPLATES_BY_LANGUAGE.en;

const EMPTY_MARK = '\uE000';
const SIGNATURE_MARK = '\uE001';
const MUSTACHE_TAGS: [string, string] = ['{{', '}}'];

/**
 * Renders a template with a view. Values are inserted as literal text: `text` is the plain letter and `html`
 * is built from `text` by escaping each line, so nothing in a value can become markup.
 * `language` is the template's language (English when left out); it decides typographic details such as the
 * narrow no-break space French puts before ; : ! ?.
 * @throws Error when the template does not parse (see {@link templateProblems}).
 */
export function renderLetter(template: string, view: LetterView, language: LetterLanguage = 'en'): RenderedLetter {
  const signature = tidySignature(view.signature);
  const renderView = { ...view, signature: signature ? SIGNATURE_MARK : '' };
  const escape = (value: unknown): string => {
    if (value === SIGNATURE_MARK) return SIGNATURE_MARK;
    const text = String(value).replace(MARKS, '');
    return text === '' ? EMPTY_MARK : text;
  };
  const rendered = Mustache.render(template, renderView, {}, { escape, tags: MUSTACHE_TAGS });
  const text = tidyLetter(rendered, language).split(SIGNATURE_MARK).join(signature);
  return { text, html: textToHtml(text) };
}

/**
 * Builds and renders a letter in `choice.language`, with the user's own template for the stage when there is one
 * that fits the language (see {@link templateLanguage}). A custom template that does not parse (or renders
 * nothing) falls back to the default rather than blocking the user.
 */
export function composeLetter(input: LetterInput & { templates?: Partial<Record<Stage, string>> }): RenderedLetter {
  const view = buildLetterView(input);
  const language = isLetterLanguage(input.choice.language) ? input.choice.language : 'en';
  const custom = input.templates?.[input.choice.stage];
  if (custom != null && custom.trim() !== '') {
    try {
      const written = templateLanguage(custom);
      if (written === 'any' || written === language) {
        const letter = renderLetter(custom, view, language);
        if (letter.text !== '') return letter;
      }
    } catch {
      // The options page reports the syntax error; here the user just needs a letter.
    }
  }
  return renderLetter(DEFAULT_TEMPLATES_BY_LANGUAGE[language][input.choice.stage], view, language);
}

/**
 * The language a template is written in, told from its own words (not from the names in braces or comments):
 * 'any' when it has no words of its own, English when it has some but they do not say which language.
 *
 * The user keeps one template per stage. They wrote it in one language, so it is used for letters in that
 * language; a letter in another language uses the built-in template of that language, since mixing the user's
 * English sentences with German reason and greeting phrases would read as a mistake. A template made only of
 * names ("{{greeting}} … {{reasonSentence}} … {{signOff}}") fits every language.
 * @throws Error when the template does not parse.
 */
export function templateLanguage(template: string): LetterLanguage | 'any' {
  const words = literalText(Mustache.parse(template, MUSTACHE_TAGS));
  if (!/\p{L}/u.test(words)) return 'any';
  return detectLanguage(words) ?? 'en';
}

function literalText(tokens: TemplateSpans): string {
  let text = '';
  for (const token of tokens) {
    if (token[0] === 'text') text += token[1];
    const children = token[4];
    if ((token[0] === '#' || token[0] === '^') && Array.isArray(children)) text += ` ${literalText(children)} `;
  }
  return text;
}

/** Lists what is wrong with a template: syntax errors, unknown names, unescaped tags. Empty = valid. */
export function templateProblems(template: string): TemplateProblem[] {
  let tokens: TemplateSpans;
  try {
    tokens = Mustache.parse(template, MUSTACHE_TAGS);
  } catch (error) {
    const { message, offset } = describeSyntaxError(template, error);
    return [{ message, ...lineAndColumn(template, offset) }];
  }
  const problems: { message: string; offset: number }[] = [];
  collectTokenProblems(template, tokens, problems);
  return problems
    .sort((a, b) => a.offset - b.offset)
    .map(({ message, offset }) => ({ message, ...lineAndColumn(template, offset) }));
}

function tidyLetter(rendered: string, language: LetterLanguage): string {
  const lines: string[] = [];
  for (const line of rendered.split(/\r\n?|\n/)) {
    const withoutMarks = line.replace(MARKS, (mark) => (mark === EMPTY_MARK ? '' : mark));
    // A line that held only values which turned out empty (no name, no stay-in-touch line) goes away
    // entirely instead of leaving a stray blank line in the middle of the sign-off.
    if (line.includes(EMPTY_MARK) && withoutMarks.trim() === '') continue;
    lines.push(tidyLine(withoutMarks, language));
  }
  return collapseBlankLines(lines).join('\n');
}

function tidyLine(line: string, language: LetterLanguage): string {
  const spaced = line.replace(/[ \t\u00A0]+/g, ' ');
  // French sets ; : ! ? off with a narrow no-break space; a plain space typed there becomes one, so the mark
  // never wraps onto a line of its own.
  const punctuated = language === 'fr' ? spaced.replace(/[ \u202F]+([;:!?])/g, '\u202F$1') : spaced;
  return punctuated
    .replace(/ +([.,;:!?])/g, '$1')
    // "Acme Inc." at the end of a sentence, or an empty value between two full stops, must not give "..".
    .replace(/\.(?: ?\.)+/g, (dots) => (dots.length >= 3 && !dots.includes(' ') ? dots : '.'))
    .replace(/([!?])\./g, '$1')
    .trim();
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function textToHtml(text: string): string {
  if (text === '') return '';
  return text
    .split('\n')
    .map((line) => {
      if (line === '') return '<div><br></div>';
      const escaped = line.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
      // HTML collapses runs of spaces; a signature indented by hand should keep its shape.
      return `<div>${escaped.replace(/^ +| {2,}/g, (spaces) => '&nbsp;'.repeat(spaces.length))}</div>`;
    })
    .join('');
}

const KNOWN_NAMES: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES.map((v) => v.name));

function collectTokenProblems(
  template: string,
  tokens: TemplateSpans,
  problems: { message: string; offset: number }[],
): void {
  for (const token of tokens) {
    const [type, name, start, end] = token;
    const source = template.slice(start, end);
    switch (type) {
      case 'name':
      case '#':
      case '^':
        if (!KNOWN_NAMES.has(name)) problems.push({ message: unknownNameMessage(name), offset: start });
        break;
      case '&':
        problems.push({
          message: `"${source}" would insert text without escaping it, which is not allowed. Use {{${name}}} instead.`,
          offset: start,
        });
        break;
      case '>':
        problems.push({ message: `Partials such as "${source}" are not supported.`, offset: start });
        break;
      case '=':
        problems.push({ message: `Changing the tag delimiters ("${source}") is not supported.`, offset: start });
        break;
      default:
        break;
    }
    const children = token[4];
    if ((type === '#' || type === '^') && Array.isArray(children)) collectTokenProblems(template, children, problems);
  }
}

function unknownNameMessage(name: string): string {
  const suggestion = closestName(name);
  const hint = suggestion ? ` Did you mean {{${suggestion}}}?` : ' See the list of names you can use.';
  return `Unknown name {{${name}}}.${hint}`;
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
function describeSyntaxError(template: string, error: unknown): { message: string; offset: number } {
  const text = error instanceof Error ? error.message : String(error);
  const at = Number(/ at (\d+)$/.exec(text)?.[1] ?? template.length);

  if (text.startsWith('Unclosed tag')) {
    return { message: 'A tag opened with "{{" is never closed with "}}".', offset: unclosedTagStart(template) ?? at };
  }
  const unopened = /^Unopened section "(.*)" at \d+$/.exec(text);
  if (unopened) {
    return { message: `{{/${unopened[1]}}} closes a section that was never opened.`, offset: at };
  }
  const unclosed = /^Unclosed section "(.*)" at \d+$/.exec(text);
  if (unclosed) {
    const name = unclosed[1] ?? '';
    const closer = /^\{\{\s*\/\s*([^}]*?)\s*\}\}/.exec(template.slice(at));
    if (closer) {
      return {
        message: `{{/${closer[1]}}} does not match the open section {{#${name}}}. Close it with {{/${name}}} first.`,
        offset: at,
      };
    }
    const opener = openSectionStart(template, name);
    return {
      message: `The section {{${opener?.sigil ?? '#'}${name}}} is never closed. Add {{/${name}}} where it should end.`,
      offset: opener?.offset ?? at,
    };
  }
  return { message: `The template could not be read: ${text}`, offset: Math.min(at, template.length) };
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
