import { DEFAULT_TEMPLATES } from '../../core/letter/templates';
import { defaultPreferences, LIMITS, type Preferences } from '../../core/settings/preferences';
import { exportPreferences, importPreferences, MAX_IMPORT_CHARS } from '../../core/settings/backup';
import { problemText as english } from '../../components/problems';

function prefs(overrides: Partial<Preferences> = {}): Preferences {
  return {
    ...defaultPreferences(),
    name: 'Sam Lee',
    signature: 'Staff Engineer\n+1 555 0100',
    keepInTouch: { en: 'https://www.linkedin.com/in/sam-lee', de: 'https://www.linkedin.com/in/sam-lee', fr: '', es: '' },
    defaultReason: 'custom',
    customReason: { en: "I've decided to go back to school this year.", de: 'Ich gehe dieses Jahr zurück an die Uni.', fr: '', es: '' },
    defaultTone: 'formal',
    language: 'de',
    keepDoorOpen: false,
    showOnAllReplies: true,
    templates: { offer: '{{#warm}}{{greeting}} No, thank you.{{/warm}}{{#formal}}{{greeting}}{{/formal}}{{#brief}}No.{{/brief}}' },
    ...overrides,
  };
}

/** A valid backup file as an object, to damage in each test. */
function file(): Record<string, unknown> & { preferences: Record<string, unknown>; templates: Record<string, unknown> } {
  return JSON.parse(exportPreferences(prefs()));
}

/** The errors of a refused file, as the options page words them in English. */
function errorsOf(text: string): string[] {
  const r = importPreferences(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors.map(english);
}

describe('exportPreferences', () => {
  test('writes a marked, versioned file with every setting and only the custom templates', () => {
    const data = JSON.parse(exportPreferences(prefs(), new Date('2025-03-01T10:00:00Z')));
    expect(data).toMatchObject({ format: 'decline-politely-backup', version: 2, exportedAt: '2025-03-01T10:00:00.000Z' });
    expect(data.preferences).toMatchObject({ name: 'Sam Lee', defaultTone: 'formal', showOnAllReplies: true });
    expect(Object.keys(data.templates)).toEqual(['offer']);
  });

  test('round-trips through importPreferences', () => {
    for (const p of [prefs(), defaultPreferences(), prefs({ templates: { ...DEFAULT_TEMPLATES, outreach: 'Hi {{firstName}}' } })]) {
      const r = importPreferences(exportPreferences(p));
      expect(r).toEqual({ ok: true, prefs: p, warnings: [] });
    }
  });
});

describe('importPreferences', () => {
  test('a good file is accepted', () => {
    const r = importPreferences(JSON.stringify(file()));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.prefs).toEqual(prefs());
  });

  test('a byte-order mark (as some editors save) is fine', () => {
    expect(importPreferences(`\uFEFF${exportPreferences(prefs())}`).ok).toBe(true);
  });

  test('a version 1 file, with one own reason and keep-in-touch line, is read into per-language texts', () => {
    const old = { ...file(), version: 1 };
    old.preferences = { ...old.preferences, customReason: 'Je déménage au Canada cet été avec toute ma famille.', keepInTouch: 'https://www.linkedin.com/in/sam' };
    const r = importPreferences(JSON.stringify(old));
    if (!r.ok) throw new Error(r.errors.map(english).join('\n'));
    expect(r.prefs.customReason).toEqual({ en: '', de: '', fr: 'Je déménage au Canada cet été avec toute ma famille.', es: '' });
    expect(r.prefs.keepInTouch).toEqual({ en: 'https://www.linkedin.com/in/sam', de: 'https://www.linkedin.com/in/sam', fr: 'https://www.linkedin.com/in/sam', es: 'https://www.linkedin.com/in/sam' });
  });

  test('missing settings take their defaults and unknown ones are ignored, both with a warning', () => {
    const f = file();
    delete f.preferences.signature;
    delete f.preferences.language;
    f.preferences.futureThing = 1;
    f.templates.rejection = 'Hi';
    const r = importPreferences(JSON.stringify(f));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.prefs.signature).toBe('');
    expect(r.prefs.language).toBe('auto');
    expect(r.warnings.map(english)).toEqual([
      'Not in the file, so set to the default: Signature, Letter language.',
      'Ignored settings this version does not know: "futureThing".',
      'Ignored templates this version does not know: "rejection".',
    ]);
  });

  test('a wrong or missing format marker is refused', () => {
    expect(errorsOf(JSON.stringify({ ...file(), format: 'some-other-extension' }))).toEqual([
      'This is not a Decline Politely backup file (its format marker is missing or different).',
    ]);
    expect(errorsOf(JSON.stringify({ name: 'Sam' }))[0]).toMatch(/not a Decline Politely backup/);
    expect(errorsOf('[1,2,3]')[0]).toMatch(/not a Decline Politely backup/);
    expect(errorsOf('"text"')[0]).toMatch(/not a Decline Politely backup/);
  });

  test('a file from a newer version is refused with advice', () => {
    expect(errorsOf(JSON.stringify({ ...file(), version: 3 }))).toEqual([
      `This backup was made by a newer version of Decline Politely (file version 3). Update the extension, then import it again.`,
    ]);
  });

  test.each([0, -1, 1.5, '1', null])('an unknown version %j is refused', (version) => {
    expect(errorsOf(JSON.stringify({ ...file(), version }))[0]).toMatch(/unknown version/);
  });

  test('bad field types are all listed, each with its field', () => {
    const f = file();
    Object.assign(f.preferences, {
      name: 12,
      signature: ['x'],
      defaultTone: 'angry',
      defaultReason: 'because',
      language: 'xx',
      keepDoorOpen: 'yes',
      showOnAllReplies: null,
      keepInTouch: 'https://linked in.com/x',
    });
    expect(errorsOf(JSON.stringify(f))).toEqual([
      'Your name: expected text, found 12.',
      'Signature: expected text, found a list.',
      expect.stringMatching(/^Keep-in-touch line: That web address does not look right/),
      'Default reason: "because" is not one of the reasons this version knows.',
      'Default tone: "angry" is not a tone (use "warm", "formal" or "brief").',
      'Letter language: "xx" is not a supported language (use one of "auto", "en", "de", "fr", "es").',
      'Keep the door open: expected true or false, found "yes".',
      'Show the button on all replies: expected true or false, found empty (null).',
    ]);
  });

  test('text over the limits is refused', () => {
    const f = file();
    f.preferences.name = 'x'.repeat(LIMITS.name + 1);
    f.templates.interview = 'x'.repeat(LIMITS.template + 1);
    expect(errorsOf(JSON.stringify(f))).toEqual([
      `Your name: too long (${LIMITS.name + 1} characters; at most ${LIMITS.name}).`,
      `The interview template is too long (${LIMITS.template + 1} characters; at most ${LIMITS.template}).`,
    ]);
  });

  test('an invalid template is refused with each problem at its line and column', () => {
    const f = file();
    f.templates.offer = 'Hi {{firstName}},\n{{#warm}}\nThanks {{recruiterName}}';
    f.templates.outreach = 42;
    const errors = errorsOf(JSON.stringify(f));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^The offer template, line 2, column 1: The section \{\{#warm\}\} is never closed/);
    expect(errors[1]).toBe('The outreach template: expected text, found 42.');

    f.templates.offer = 'Hi {{firstNam}}, {{{role}}}';
    delete f.templates.outreach;
    expect(errorsOf(JSON.stringify(f))).toEqual([
      expect.stringMatching(/^The offer template, line 1, column 4: Unknown name \{\{firstNam\}\}\. Did you mean \{\{firstName\}\}\?/),
      expect.stringMatching(/^The offer template, line 1, column 18: .*without escaping/),
    ]);
  });

  test('problems in fields and templates are reported together, so one look shows everything', () => {
    const f = file();
    f.preferences.defaultTone = 'angry';
    f.templates.offer = '{{#warm}}';
    expect(errorsOf(JSON.stringify(f))).toHaveLength(2);
  });

  test('a custom default reason without its text is refused', () => {
    const f = file();
    f.preferences.customReason = '  ';
    expect(errorsOf(JSON.stringify(f))).toEqual(['Your own reason: Write your own reason, or pick one from the list.']);
  });

  test('sections of the wrong shape are refused', () => {
    expect(errorsOf(JSON.stringify({ ...file(), preferences: 'all' }))).toEqual(['The "preferences" section is not an object.']);
    expect(errorsOf(JSON.stringify({ ...file(), preferences: undefined }))).toEqual(['The file has no "preferences" section.']);
    expect(errorsOf(JSON.stringify({ ...file(), templates: ['x'] }))).toEqual(['The "templates" section is not an object.']);
  });

  test('truncated JSON is refused', () => {
    const text = exportPreferences(prefs());
    expect(errorsOf(text.slice(0, text.length / 2))).toEqual([
      'The file could not be read: it is not valid JSON. It may be incomplete or damaged.',
    ]);
    expect(errorsOf('')).toEqual(['The file is empty.']);
  });

  test('a huge file is refused before it is parsed', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = `{"format":"decline-politely-backup","padding":"${'x'.repeat(MAX_IMPORT_CHARS)}"}`;
    expect(errorsOf(huge)[0]).toMatch(/^The file is too large \(\d+ KB\)/);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });
});
