/**
 * The language a user's template is written in, told from its own words (not from the names in braces or
 * comments).
 *
 * The user keeps one template per stage. They wrote it in one language, so it is used for letters in that
 * language; a letter in another language uses the built-in template of that language, since mixing the user's
 * English sentences with German reason and greeting phrases would read as a mistake. A template made only of
 * names ("{{greeting}} … {{reasonSentence}} … {{signOff}}") fits every language.
 */
import Mustache, { type TemplateSpans } from 'mustache';
import { detectLanguage } from '../extract/language';
import type { LetterLanguage } from '../model';
import { MUSTACHE_TAGS } from './templates';

/**
 * 'any' when the template has no words of its own, English when it has some but they do not say which language.
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
