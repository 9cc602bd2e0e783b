/**
 * The UI's messages (public/_locales) and the translation layer (components/i18n.ts): every language has
 * every message with the same placeholders, every message is used and every used message exists, and t()
 * answers from the browser's getMessage it is handed (in the tests a stand-in over the same catalogues).
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { h } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DeclineButton } from '../../components/DeclineButton';
import { EtiquetteHints } from '../../components/EtiquetteHints';
import { reasonLabel, setMessageSource, t, toneLabel, tParts, uiLanguage, variableDescription } from '../../components/i18n';
import { insertBlocker, nudgeText, receivedText } from '../../components/popup/thread-lines';
import { checkEtiquette, type Hint, type HintCode } from '../../core/letter/etiquette';
import { TEMPLATE_VARIABLES } from '../../core/letter/template-check';
import { REASONS, STAGES, TONES, type Stage } from '../../core/letter/reasons';
import type { ProblemCode } from '../../core/model';
import { problemText } from '../../components/problems';
import { PROJECT_ROOT } from '../support/shared';
import { catalogue, LOCALES_DIR, UI_LANGUAGES, useBrowserCatalogue, useEnglish, type Catalogue, type UiLanguage } from '../support/messages';

const LANGS = UI_LANGUAGES;
const catalogues = Object.fromEntries(LANGS.map((lang) => [lang, catalogue(lang)])) as Record<UiLanguage, Catalogue>;
const en = catalogues.en;
const KEYS = Object.keys(en);

/** Every code core can report (core/model.ts): a missing or extra entry here is a type error. */
const PROBLEM_CODES: Record<ProblemCode, true> = {
  nameTooLong: true,
  signatureTooLong: true,
  customReasonTooLong: true,
  customReasonMissing: true,
  keepInTouchTooLong: true,
  keepInTouchBadUrl: true,
  templateTooLong: true,
  templateAt: true,
  templateUnclosedTag: true,
  templateUnopenedSection: true,
  templateMismatchedClose: true,
  templateUnclosedSection: true,
  templateUnknownName: true,
  templateUnknownNameLike: true,
  templateUnescaped: true,
  templatePartial: true,
  templateDelimiters: true,
  templateUnreadable: true,
  storedDamaged: true,
  storedEmpty: true,
  storedUnknownForm: true,
  storedUnknownVersion: true,
  storedNewerVersion: true,
  storedFieldReset: true,
  storedKeepInTouchCleared: true,
  storedReasonGone: true,
  storedToneUnreadable: true,
  storedLanguageUnreadable: true,
  storedTemplateUnreadable: true,
  storedTemplateError: true,
  storedUnreadable: true,
  saveFailed: true,
  importTooLarge: true,
  importEmpty: true,
  importNotJson: true,
  importNotBackup: true,
  importUnknownVersion: true,
  importNewerVersion: true,
  importNoPreferences: true,
  importPreferencesNotObject: true,
  importTemplatesNotObject: true,
  importMissing: true,
  importUnknownSettings: true,
  importUnknownTemplates: true,
  inField: true,
  templateInField: true,
  expectedText: true,
  expectedTextPerLanguage: true,
  expectedBoolean: true,
  tooLong: true,
  tooLongFor: true,
  notAReason: true,
  notATone: true,
  notALanguage: true,
  valueNull: true,
  valueList: true,
  valueObject: true,
  settingName: true,
  settingSignature: true,
  settingKeepInTouch: true,
  settingDefaultReason: true,
  settingCustomReason: true,
  settingDefaultTone: true,
  settingLanguage: true,
  settingKeepDoorOpen: true,
  settingShowOnAllReplies: true,
  templateOffer: true,
  templateInterview: true,
  templateOutreach: true,
  editorMissing: true,
  editorDetached: true,
  editorNoWindow: true,
  editorPlainText: true,
  editorNotEditable: true,
  letterEmpty: true,
  badProtectedSelector: true,
  insertBroken: true,
  insertImpossible: true,
  insertCrashed: true,
  replyClosed: true,
  extensionRestarted: true,
  noReplyOpen: true,
  replyDidNotOpen: true,
  noMailTab: true,
  mailTabOddAnswer: true,
  mailTabSilent: true,
};

/** The manifest's keys, named before the prefix convention; wxt.config.ts uses them as __MSG_…__. */
const MANIFEST_KEYS = ['extName', 'extDescription', 'actionTitle'];
/** Keys made at run time from core's ids (components/i18n.ts): the family must match the ids exactly. */
const camel = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const FAMILIES: Record<string, readonly string[]> = {
  reason_: REASONS.map((r) => camel(r.id)),
  tone_: TONES,
  stage_: STAGES,
  variable_: TEMPLATE_VARIABLES,
  problem_: Object.keys(PROBLEM_CODES),
};
const family = (key: string) => Object.keys(FAMILIES).find((prefix) => key.startsWith(prefix));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(e.name) ? [path] : [];
  });
}
const SOURCES = [...sourceFiles(join(PROJECT_ROOT, 'components')), ...sourceFiles(join(PROJECT_ROOT, 'entrypoints')), join(PROJECT_ROOT, 'wxt.config.ts')].map(
  (path) => ({ path: relative(PROJECT_ROOT, path), text: readFileSync(path, 'utf8') }),
);
const ALL_SOURCE = SOURCES.map((s) => s.text).join('\n');

/** The `$NAME$` placeholders a message refers to (each once), lower-cased (Chrome matches their names case-insensitively). */
function placeholderRefs(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
}

afterEach(() => {
  vi.restoreAllMocks();
  useEnglish();
});

describe('the catalogues', () => {
  test('there is one per UI language: English, German, French and Spanish', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LANGS].sort());
  });

  test.each(LANGS)('%s has exactly the keys of English, each with a message', (lang) => {
    const catalogue = catalogues[lang];
    expect(Object.keys(catalogue).sort()).toEqual([...KEYS].sort());
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.message, key).toBe(entry.message.trim());
    }
  });

  test.each(LANGS)('%s says which language it is', (lang) => {
    expect(catalogues[lang].meta_lang?.message).toBe(lang);
  });

  test('keys are valid for Chrome and follow the naming: prefix_lowerCamelCase', () => {
    for (const key of KEYS) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      if (!MANIFEST_KEYS.includes(key)) expect(key, key).toMatch(/^(meta|popup|options|button|hint|reason|tone|stage|variable|problem|command)_[a-z][A-Za-z0-9]*$/);
    }
  });

  test('every English message says where it is shown, for translators', () => {
    for (const key of KEYS) expect(en[key]!.description?.trim(), key).toBeTruthy();
  });

  test.each(LANGS)('%s uses the same placeholders as English, each defined, with the same substitution', (lang) => {
    for (const key of KEYS) {
      const base = en[key]!;
      const entry = catalogues[lang][key]!;
      const names = Object.keys(base.placeholders ?? {}).sort();
      expect(placeholderRefs(entry.message), `${lang} ${key}`).toEqual(names);
      expect(Object.keys(entry.placeholders ?? {}).sort(), `${lang} ${key}`).toEqual(names);
      for (const name of names) {
        expect(entry.placeholders![name]!.content, `${lang} ${key} ${name}`).toBe(base.placeholders![name]!.content);
        expect(base.placeholders![name]!.content, `${key} ${name}`).toMatch(/^\$[1-9]$/);
      }
      // Any other dollar sign would be read as a placeholder by the browser.
      expect(entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''), `${lang} ${key}`).not.toContain('$');
    }
  });

  test('placeholder names are lower case in the definitions and have an example in English', () => {
    for (const key of KEYS) {
      for (const [name, p] of Object.entries(en[key]!.placeholders ?? {})) {
        expect(name, key).toBe(name.toLowerCase());
        expect(p.example, `${key} ${name}`).toBeTruthy();
      }
    }
  });

  test.each(LANGS)('%s fits the places it is shown', (lang) => {
    const c = catalogues[lang];
    // Chrome's limits for the manifest.
    expect(c.extName!.message.length).toBeLessThanOrEqual(75);
    expect(c.extDescription!.message.length).toBeLessThanOrEqual(132);
    // The in-page button sits in the mail editor's toolbar; stages and tones are segments of a 380 px popup.
    expect(c.button_decline!.message.length).toBeLessThanOrEqual(24);
    for (const key of KEYS.filter((k) => k.startsWith('stage_') || k.startsWith('tone_'))) {
      expect(c[key]!.message.length, `${lang} ${key}`).toBeLessThanOrEqual(12);
    }
  });
});

describe('the catalogue and the code agree', () => {
  test('every key made from core ids matches those ids exactly', () => {
    for (const [prefix, ids] of Object.entries(FAMILIES)) {
      const keys = KEYS.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
      expect(keys.sort(), prefix).toEqual([...ids].sort());
    }
  });

  test('every message is used by the extension', () => {
    const unused = KEYS.filter((key) => {
      const prefix = family(key);
      if (prefix) return !ALL_SOURCE.includes(`\`${prefix}\${`);
      return !(ALL_SOURCE.includes(`'${key}'`) || ALL_SOURCE.includes(`__MSG_${key}__`));
    });
    expect(unused).toEqual([]);
  });

  test('every message the code asks for exists in English', () => {
    const asked = new Set<string>();
    for (const { text } of SOURCES) {
      for (const m of text.matchAll(/\bt(?:Parts)?\(\s*'([^']+)'/g)) asked.add(m[1]!);
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) asked.add(m[1]!);
    }
    expect(asked.size).toBeGreaterThan(100);
    expect([...asked].filter((key) => !(key in en))).toEqual([]);
  });
});

describe('t()', () => {
  test('answers from the getMessage it was handed (here the tests’ English one)', () => {
    expect(t('button_decline')).toBe('Decline politely');
    expect(t('extName')).toBe('Decline Politely');
    expect(uiLanguage()).toBe('en');
  });

  test('without a getMessage, or with one that throws, every message is empty and nothing throws', () => {
    setMessageSource(null);
    expect(t('button_decline')).toBe('');
    expect(tParts('options_welcomeText')).toEqual(['', '']);
    expect(uiLanguage()).toBe('en');
    // The fake browser of the tests has no i18n: its getMessage throws.
    expect(() => fakeBrowser.i18n.getMessage('button_decline')).toThrow();
    setMessageSource((key, substitutions) => fakeBrowser.i18n.getMessage(key as never, substitutions));
    expect(t('button_decline')).toBe('');
    expect(reasonLabel('location')).toBe('location');
  });

  test('fills placeholders from the substitutions, numbers included', () => {
    expect(t('popup_wordCount', 8)).toBe('8 words');
    expect(t('options_previewCaption', 'Priya Raman', 'Engineer', 'Northwind', 'Location')).toBe(
      'A sample letter to Priya Raman, Engineer at Northwind, with your default reason (“Location”).',
    );
    expect(t('options_problemAt', 3, 8)).toBe('Line 3, column 8');
  });

  test('takes substitutions as text: dollar signs in them stay as they are', () => {
    expect(t('options_insertVariable', '$1 and $$ {{firstName}}')).toBe('Insert $1 and $$ {{firstName}}');
  });

  test('a missing substitution is left empty, as the browser does', () => {
    expect(t('popup_wordCount')).toBe(' words');
  });

  test('an unknown key gives an empty string, so dynamic keys can fall back', () => {
    expect(t('reason_nonexistent' as never)).toBe('');
    expect(reasonLabel('location')).toBe('Location, remote or relocation');
    expect(variableDescription('noSuchName')).toBe('noSuchName');
  });

  test('tParts splits a sentence around its element', () => {
    expect(tParts('options_downloadDamagedSentence')).toEqual(['', ' to keep it or to recover text from it.']);
    const [before, after] = tParts('options_welcomeText');
    expect(before).toMatch(/^Start with your name below/);
    expect(after).toBe(' in the reply.');
  });

  test('with the browser’s i18n API, answers in the browser’s language', () => {
    useBrowserCatalogue(catalogues.de);
    expect(t('button_decline')).toBe('Höflich absagen');
    expect(t('popup_wordCount', 8)).toBe('8 Wörter');
    expect(uiLanguage()).toBe('de');
    expect(toneLabel('warm')).toBe('Herzlich');
    expect(reasonLabel('not-looking')).toBe('Derzeit nicht auf Jobsuche');
  });

  test('a key the browser does not know falls back to English', () => {
    const { button_decline: _, ...partial } = catalogues.fr;
    useBrowserCatalogue(partial);
    expect(t('button_decline')).toBe('Decline politely');
    expect(t('button_tone')).toBe('Ton');
  });
});

/** A hint as the popup shows it, beside the preview. */
function hintText(hint: Hint): string {
  const { unmount } = render(h(EtiquetteHints, { hints: [hint] }));
  const text = screen.getByRole('listitem').textContent ?? '';
  unmount();
  return text;
}

describe('texts built from several messages', () => {
  const NOW = Date.UTC(2025, 10, 20, 12);
  const DAY = 24 * 60 * 60 * 1000;

  /** "3 days", "2 weeks", "4 months", "over a year": the steps the popup words its age lines in. */
  function spokenAge(days: number): string {
    if (days < 14) return days === 1 ? '1 day' : `${days} days`;
    if (days < 60) return `${Math.floor(days / 7)} weeks`;
    if (days < 365) return `${Math.floor(days / 30)} months`;
    return 'over a year';
  }

  test('in English, the received line and the nudge read as a person would say them', () => {
    for (let days = 0; days < 800; days += days < 30 ? 1 : 7) {
      const at = NOW - days * DAY - 60_000;
      const nudge = days < 2 ? null : days < 14 ? `Their message arrived ${spokenAge(days)} ago. Replying today still helps them plan.` : `Their message arrived ${spokenAge(days)} ago. A short reply now still closes the loop kindly.`;
      expect(nudgeText(at, NOW), `${days} days`).toBe(nudge);
      const expected = days === 0 ? 'Received today' : days === 1 ? 'Received yesterday' : `Received ${spokenAge(days)} ago`;
      expect(receivedText(at, NOW), `${days} days`).toBe(expected);
    }
    expect(receivedText(null, NOW)).toBeNull();
  });

  test('in German, they use German plurals and word order', () => {
    useBrowserCatalogue(catalogues.de);
    expect(receivedText(NOW - 5 * DAY, NOW)).toBe('Erhalten vor 5 Tagen');
    expect(receivedText(NOW - DAY, NOW)).toBe('Gestern erhalten');
    expect(nudgeText(NOW - 21 * DAY, NOW)).toBe(
      'Die Nachricht kam vor 3 Wochen an. Eine kurze Antwort schließt das Thema auch jetzt noch freundlich ab.',
    );
    expect(insertBlocker(null)).toBe('Öffnen Sie zum Einfügen die E-Mail in Gmail oder Outlook.');
  });

  test('in Spanish and French too', () => {
    useBrowserCatalogue(catalogues.es);
    expect(receivedText(NOW - 3 * DAY, NOW)).toBe('Recibido hace 3 días');
    useBrowserCatalogue(catalogues.fr);
    expect(receivedText(NOW - 400 * DAY, NOW)).toBe('Reçu il y a plus d’un an');
  });

  test('every etiquette hint code has a message in every UI language, with its data filled in', () => {
    const long = Array.from({ length: 300 }, () => 'word').join(' ');
    const cases: { text: string; stage: Stage; keepDoorOpen: boolean; customReason?: string }[] = [
      ...STAGES.map((stage) => ({ text: 'Hi Dana,\n\nI will not go ahead.\n\nJane', stage, keepDoorOpen: true })),
      { text: 'Hi Dana,\n\nI will not go ahead.\n\nJane', stage: 'offer', keepDoorOpen: false },
      { text: 'Thank you. The process was chaotic. Let us stay in touch.', stage: 'interview', keepDoorOpen: true },
      { text: 'Thank you. My wife is pregnant. Let us stay in touch.', stage: 'offer', keepDoorOpen: true },
      { text: 'Thank you. They offered $95k. Let us stay in touch.', stage: 'offer', keepDoorOpen: true },
      { text: `Thank you. ${long}. Let us stay in touch.`, stage: 'outreach', keepDoorOpen: true, customReason: long },
      { text: 'Vielen Dank. Ich bleibe gerne in Kontakt. I would rather focus on finishing my degree this year, thank you.', stage: 'offer', keepDoorOpen: true },
    ];
    const seen = new Set<HintCode>();
    for (const lang of ['en', 'de', 'fr', 'es'] as const) {
      vi.restoreAllMocks();
      useBrowserCatalogue(catalogues[lang]);
      for (const [i, c] of cases.entries()) {
        const language = i === cases.length - 1 ? 'de' : 'en';
        for (const hint of checkEtiquette(c.text, { stage: c.stage, keepDoorOpen: c.keepDoorOpen, customReason: c.customReason, language })) {
          seen.add(hint.code);
          const text = hintText(hint);
          expect(text, `${lang} ${hint.code}`).not.toBe('');
          expect(text).not.toMatch(/\$[A-Z]+\$/);
          if (hint.code === 'too-long') expect(text).toContain(String(hint.params.words));
        }
      }
    }
    const all: Record<HintCode, true> = {
      'no-thanks': true,
      'no-door-open': true,
      'long-reason': true,
      'personal-details': true,
      'salary-figures': true,
      criticism: true,
      'too-long': true,
      'mixed-language': true,
    };
    expect([...seen].sort()).toEqual(Object.keys(all).sort());
  });

  test('a hint is said from its code and data alone', () => {
    useBrowserCatalogue(catalogues.de);
    const hint: Hint = { code: 'no-thanks', params: { stage: 'outreach' } };
    expect(hintText(hint)).toBe(catalogues.de.hint_noThanksOutreach!.message);
  });
});

describe('problems core reports', () => {
  test.each(LANGS)('every code has a message in %s, with a placeholder for each param', (lang) => {
    for (const code of Object.keys(PROBLEM_CODES)) {
      const entry = catalogues[lang][`problem_${code}`];
      expect(entry?.message.trim(), `${lang} ${code}`).toBeTruthy();
      const params = Object.keys(en[`problem_${code}`]!.placeholders ?? {}).sort();
      expect(placeholderRefs(entry!.message), `${lang} ${code}`).toEqual(params);
    }
  });

  test('are worded in the browser’s language, nested names and lists included', () => {
    const refused = { code: 'inField', params: [{ code: 'settingDefaultTone' }, { code: 'notATone', params: ['"angry"'] }] } as const;
    const missing = { code: 'importMissing', params: [[{ code: 'settingSignature' }, { code: 'settingLanguage' }]] } as const;
    expect(problemText(refused)).toBe('Default tone: "angry" is not a tone (use "warm", "formal" or "brief").');
    expect(problemText(missing)).toBe('Not in the file, so set to the default: Signature, Letter language.');
    useBrowserCatalogue(catalogues.de);
    expect(problemText(refused)).toBe('Standardton: "angry" ist kein Ton (verwenden Sie "warm", "formal" oder "brief").');
    expect(problemText(missing)).toBe('Nicht in der Datei, daher auf den Standardwert gesetzt: Signatur, Briefsprache.');
    expect(problemText({ code: 'templateTooLong', params: [{ code: 'templateOffer' }, 6000] })).toBe('Die Vorlage „Angebot“ ist zu lang (höchstens 6000 Zeichen).');
  });
});

describe('the in-page button', () => {
  const props = {
    stage: 'outreach' as const,
    defaultReason: 'not-looking' as const,
    defaultTone: 'warm' as const,
    customReasonAvailable: false,
    onInsert: () => ({ ok: true as const }),
    onOpenOptions: () => {},
  };

  test('speaks the browser’s language with no labels passed in', () => {
    useBrowserCatalogue(catalogues.fr);
    render(h(DeclineButton, props));
    fireEvent.click(screen.getByRole('button', { name: 'Plus d’options de refus' }));
    expect(screen.getByRole('button', { name: 'Décliner poliment' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Motif' })).toBeTruthy();
    expect(screen.getByRole('menuitemradio', { name: 'Pas en recherche actuellement' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('menuitemradio', { name: 'Chaleureux' })).toBeTruthy();
    expect(screen.getByRole('menuitem', { name: 'Ouvrir les options' })).toBeTruthy();
  });

  test('labels passed in still win', () => {
    useBrowserCatalogue(catalogues.es);
    render(h(DeclineButton, { ...props, labels: { button: 'Custom' } }));
    expect(screen.getByRole('button', { name: 'Custom' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Más opciones de rechazo' })).toBeTruthy();
  });
});
