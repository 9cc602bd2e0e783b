import type { LetterLanguage } from '../core/model';

/** Each letter language named in itself, as language pickers do, so it can be found whatever the UI language is. */
export const LANGUAGE_NAMES: Record<LetterLanguage, string> = { en: 'English', de: 'Deutsch', fr: 'Français', es: 'Español' };
