/**
 * Renders a letter: a Mustache template and a view (view.ts) give the plain text and the same letter as escaped
 * mail-editor HTML. Checking a user's template is template-check.ts; telling its language, template-language.ts.
 */
import Mustache from 'mustache';
import type { Letter, LetterLanguage, Stage } from '../model';
import { isLetterLanguage } from '../extract/language';
import { templateLanguage } from './template-language';
import { DEFAULT_TEMPLATES_BY_LANGUAGE, MUSTACHE_TAGS } from './templates';
import { buildLetterView, collapseBlankLines, MARKS, tidySignature, type LetterInput, type LetterView } from './view';

const EMPTY_MARK = '\uE000';
const SIGNATURE_MARK = '\uE001';

/**
 * Renders a template with a view. Values are inserted as literal text: `text` is the plain letter and `html`
 * is built from `text` by escaping each line, so nothing in a value can become markup.
 * `language` is the template's language (English when left out); it decides typographic details such as the
 * narrow no-break space French puts before ; : ! ?.
 * @throws Error when the template does not parse (template-check.ts says why).
 */
export function renderLetter(template: string, view: LetterView, language: LetterLanguage = 'en'): Letter {
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
 * that fits the language (see template-language.ts). A custom template that does not parse (or renders
 * nothing) falls back to the default rather than blocking the user.
 */
export function composeLetter(input: LetterInput & { templates?: Partial<Record<Stage, string>> }): Letter {
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
  // It also writes one apostrophe throughout: the straight one of our phrases, so a typographic one in the
  // user's own words ("N’hésitez") does not sit beside "l'équipe".
  const punctuated = language === 'fr' ? spaced.replace(/[ \u202F]+([;:!?])/g, '\u202F$1').replace(/(?<=\p{L})’(?=\p{L})/gu, "'") : spaced;
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
