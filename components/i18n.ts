/**
 * The UI's words, in the browser's language. In the extension, the browser's `i18n.getMessage` reads them from
 * `public/_locales/<lang>/messages.json` for the browser's UI language (English, the default locale, for
 * any other); each entrypoint hands it over with `setMessageSource` before rendering, so this module touches no
 * browser API (tests hand it a stand-in over the same catalogues: tests/support/messages.ts).
 *
 * No catalogue is bundled: the browser reads them at run time, so the content script carries none of them.
 */
import type { ReasonId, Stage, Tone } from '../core/letter/reasons';

export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/** The browser's `i18n.getMessage`. Typed loosely: keys built at run time (`reason_…`) are checked by tests. */
export type GetMessage = (key: string, substitutions: string[]) => string;

let source: GetMessage | null = null;

/** Called by each entrypoint with the browser's `i18n.getMessage` (null: none; every message is then ''). */
export function setMessageSource(getMessage: GetMessage | null): void {
  source = getMessage;
}

function fromBrowser(key: string, substitutions: string[]): string {
  try {
    // A real one returns '' for an unknown key; a stand-in that throws counts as none.
    return source ? source(key, substitutions) : '';
  } catch {
    return '';
  }
}

/**
 * The message `key` in the UI language, with `$1`…`$9` filled from `substitutions`. Returns '' for a key
 * the catalogue lacks (dynamic keys can then fall back with `||`).
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  return fromBrowser(key, subs);
}

/**
 * A message split around the element that goes where its first placeholder is (a button or emphasis inside
 * a sentence), so translations can put it anywhere in the sentence: `[before, after]`. `rest` fills the
 * placeholders after it.
 */
export function tParts(key: MessageKey, ...rest: (string | number)[]): [string, string] {
  const marker = '\u2063';
  const text = t(key, marker, ...rest);
  const at = text.indexOf(marker);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + marker.length)];
}

/** The language of the messages in use (a BCP 47 tag such as "de"), for `lang` attributes and Intl formatting. */
export function uiLanguage(): string {
  return t('meta_lang') || 'en';
}

/** `staying-current-role` → `stayingCurrentRole`: message keys allow only letters, digits, `_` and `@`. */
function keyPart(id: string): string {
  return id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A reason's label in the UI language; its id when no catalogue has it (never an empty option). */
export function reasonLabel(id: ReasonId): string {
  return t(`reason_${keyPart(id)}` as MessageKey) || id;
}

export function toneLabel(tone: Tone): string {
  return t(`tone_${tone}` as MessageKey) || tone;
}

export function stageLabel(stage: Stage): string {
  return t(`stage_${stage}` as MessageKey) || stage;
}

/** What a template name stands for, in the UI language; the name itself when no catalogue has it. */
export function variableDescription(name: string): string {
  return t(`variable_${keyPart(name)}` as MessageKey) || name;
}
