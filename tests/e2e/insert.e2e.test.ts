/**
 * core/insert/index.ts in real Chromium: execCommand('insertHTML') keeps our wrapper, keeps the user's draft, and one
 * Ctrl+Z undoes the insert. core/insert/index.ts (with tests/support/inserted-letter.ts) is bundled to an IIFE (window.DP) and injected into an editor page
 * served at the real Gmail URL (no extension needed).
 *
 * Editor markup is built from the selectors public Gmail/Outlook integrations use; ../shared/fixtures/real has no
 * compose-body capture with a signature or quote (see its SOURCES.md).
 *
 * Every case runs twice: on the page as served, and with every class name on it renamed (as after a redesign;
 * tests/support/rename-classes.ts). The insert is given the protected blocks the extension itself passes (the
 * Gmail and Outlook adapters' tables), so the renamed run checks that they still find the quote and signature; the
 * checks below find them through the fixtures' own classes, renamed alike.
 */
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { InsertOptions, Inserted, Letter } from '../../core/insert';
import { gmail } from '../../core/read/gmail';
import { outlook } from '../../core/read/outlook';
import { INSERT_OPTIONS, LETTER_A, LETTER_B, letterOf } from '../support/letters';
import { LAYOUTS, renamedClass, renamedSelector } from '../support/rename-classes';
import { PROJECT_ROOT } from '../support/shared';
import { launch, trackErrors, type Harness } from './harness';

const GMAIL = 'https://mail.google.com/mail/u/0/';
/** What the extension passes to the insert on each site (entrypoints/mail.content: the host's protectedBlocks). */
const GMAIL_OPTIONS: InsertOptions = { protectedBlocks: gmail.protectedBlocks };
const OUTLOOK_OPTIONS: InsertOptions = { protectedBlocks: outlook.protectedBlocks };

const QUOTE_TEXT = 'Would you be open to a Senior Engineer role?';
const QUOTE =
  '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 3 Mar 2025, Jane Recruiter &lt;jane@acme.example&gt; wrote:<br></div>' +
  '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">Would you be open to a <b>Senior Engineer</b> role?</blockquote></div>';
const SIGNATURE = '<div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">-- <br>Alex Doe<br>Engineer</div></div>';
const OUTLOOK_BODY =
  '<div class="elementToProof"><br></div>' +
  '<div id="Signature" class="elementToProof"><div>Alex Doe</div><div>Engineer</div></div>' +
  '<div id="appendonsend"></div><hr tabindex="-1" style="display:inline-block;width:98%">' +
  '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Jane Recruiter &lt;jane@acme.example&gt;<br><b>Subject:</b> Senior Engineer</div>' +
  `<div><div dir="ltr">${QUOTE_TEXT}</div></div>`;

const GMAIL_EDITOR = (body: string) =>
  `<div class="M9"><div id="ed" class="Am aiL Al editable" g_editable="true" role="textbox" aria-label="Message Body" contenteditable="true" tabindex="1">${body}</div></div>`;
const OUTLOOK_EDITOR = (body: string) =>
  `<div id="editorParent_1"><div id="ed" contenteditable="true" role="textbox" aria-label="Message body" aria-multiline="true">${body}</div></div>`;

interface Scenario {
  name: string;
  page: string;
  /** The site's insert options (default Gmail's). */
  options?: InsertOptions;
  /** Typed for real, after putting the caret at the start of the editor's first line. */
  type?: string;
  /** Then moved left this many characters, to leave the caret inside the typed text. */
  left?: number;
  /** Texts that must still be there, whole, below the letter, in this order. */
  keeps: string[];
}

const SCENARIOS: Scenario[] = [
  { name: 'empty draft', page: GMAIL_EDITOR('<div dir="ltr"><br></div>'), keeps: [] },
  { name: 'typed text', page: GMAIL_EDITOR('<div dir="ltr"><br></div>'), type: 'Thanks for reaching out.', keeps: ['Thanks for reaching out.'] },
  {
    name: 'caret in the middle of typed text',
    page: GMAIL_EDITOR('<div dir="ltr"><br></div>'),
    type: 'Thanks for reaching out.',
    left: 12,
    keeps: ['Thanks for reaching out.'],
  },
  { name: 'quoted history', page: GMAIL_EDITOR(`<div dir="ltr"><br></div><br>${QUOTE}`), keeps: [QUOTE_TEXT] },
  { name: 'signature', page: GMAIL_EDITOR(`<div dir="ltr"><br><br clear="all">${SIGNATURE}</div>`), keeps: ['Alex Doe', 'Engineer'] },
  {
    name: 'typed text + signature + quote',
    page: GMAIL_EDITOR(`<div dir="ltr"><br><br clear="all">${SIGNATURE}</div><br>${QUOTE}`),
    type: 'Thanks for reaching out.',
    left: 3,
    keeps: ['Thanks for reaching out.', 'Alex Doe', 'Engineer', QUOTE_TEXT],
  },
  {
    name: 'Outlook: signature + reply header + quote',
    page: OUTLOOK_EDITOR(OUTLOOK_BODY),
    options: OUTLOOK_OPTIONS,
    keeps: ['Alex Doe', 'Jane Recruiter', QUOTE_TEXT],
  },
  {
    name: 'Outlook: typed text + signature + quote',
    page: OUTLOOK_EDITOR(OUTLOOK_BODY),
    options: OUTLOOK_OPTIONS,
    type: 'Hello Jane',
    left: 4,
    keeps: ['Hello Jane', 'Alex Doe', 'Jane Recruiter', QUOTE_TEXT],
  },
];

declare global {
  interface Window {
    DP: typeof import('../support/inserted-letter');
    seenInputs: string[];
  }
}

let bundle = '';
let opened = 0;

beforeAll(() => {
  const built = buildSync({
    entryPoints: [resolve(PROJECT_ROOT, 'tests', 'support', 'inserted-letter.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'DP',
    target: 'chrome120',
    write: false,
  });
  bundle = built.outputFiles[0]!.text;
});

interface Opened {
  page: Page;
  dialogs: string[];
  errors: string[];
}

async function openPage(h: Harness, body: string): Promise<Opened> {
  const url = `${GMAIL}?insert-test=${++opened}`;
  h.serve(url, `<!doctype html><html><head><meta charset="utf-8"><title>Gmail</title></head><body>${body}</body></html>`);
  const page = await h.context.newPage();
  const errors = trackErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.addScriptTag({ content: bundle });
  await page.evaluate(() => {
    window.seenInputs = [];
    document.getElementById('ed')!.addEventListener('input', (event) => window.seenInputs.push((event as InputEvent).inputType));
  });
  return { page, dialogs, errors };
}

/** Focus the editor with the caret at the start of its first line, as a click there would. */
async function caretAtStart(page: Page): Promise<void> {
  await page.evaluate(() => {
    const editor = document.getElementById('ed')!;
    editor.focus();
    let node: Node = editor;
    while (node.firstChild && node.firstChild.nodeName !== 'BR') node = node.firstChild;
    const range = document.createRange();
    range.setStart(node, 0);
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
}

function insert(page: Page, letter: Letter, options = GMAIL_OPTIONS): Promise<Inserted> {
  return page.evaluate(([l, o]) => window.DP.insertLetter(document.getElementById('ed')!, l, o), [letter, options] as const);
}

function draft(page: Page): Promise<string> {
  return page.evaluate(() => document.getElementById('ed')!.innerHTML);
}

interface State {
  letters: number;
  /** Each letter wrapper's lines (one per child <div>), joined with newlines. */
  letterTexts: string[];
  text: string;
  /** Position of the first letter's first line in the editor's text, -1 if none. */
  letterAt: number;
  /** Whether the letter precedes every protected block. */
  aboveProtected: boolean;
  caretInLetter: boolean;
  caretInEditor: boolean;
  focused: boolean;
}

/**
 * The editor as it is now. `protectedBlocks`: where the quote, signature and reply header really are (the fixtures'
 * own classes and ids, renamed with the page), to check the letter stayed above them.
 */
function state(page: Page, protectedBlocks: readonly string[]): Promise<State> {
  return page.evaluate((guard) => {
    const editor = document.getElementById('ed')!;
    const letters = Array.from(editor.querySelectorAll<HTMLElement>('[data-decline-politely="letter"]'));
    const first = letters[0];
    const blocks = Array.from(editor.querySelectorAll(guard.join(', ')));
    const anchor = getSelection()!.anchorNode;
    return {
      letters: letters.length,
      letterTexts: letters.map((el) => Array.from(el.children, (line) => line.textContent).join('\n')),
      text: editor.innerText,
      letterAt: first ? editor.innerText.indexOf(first.innerText.split('\n')[0]!) : -1,
      aboveProtected: first
        ? blocks.every((b) => (first.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !b.contains(first))
        : false,
      caretInLetter: !!anchor && !!first && first.contains(anchor),
      caretInEditor: !!anchor && editor.contains(anchor),
      focused: document.activeElement === editor,
    };
  }, [...protectedBlocks]);
}

function expectBelow(s: State, keeps: readonly string[]): void {
  let at = s.letterAt + 1;
  for (const text of keeps) {
    const found = s.text.indexOf(text, at);
    expect(found, `"${text}" below the letter in:\n${s.text}`).toBeGreaterThan(s.letterAt);
    at = found + text.length;
  }
}

describe.each(LAYOUTS)('insertLetter in Chromium: %s', (_layout, renamed) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ extension: false, renameClasses: renamed });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Where the fixtures' protected blocks are on this page (their classes renamed with it). */
  const BLOCKS = INSERT_OPTIONS.protectedBlocks.map((sel) => renamedSelector(sel, renamed));
  const open = (body: string) => openPage(h, body);

  test('the page is served in this layout', async () => {
    const { page } = await open(GMAIL_EDITOR(QUOTE));
    const quoteClass = await page.evaluate(() => document.querySelector('#ed blockquote')!.className);
    expect(quoteClass).toBe(renamed ? renamedClass('gmail_quote') : 'gmail_quote');
    await page.close();
  });

  for (const scenario of SCENARIOS) {
    test(`${scenario.name}: execCommand, letter on top, draft intact, one Ctrl+Z restores it exactly`, async () => {
      const { page, errors } = await open(scenario.page);
      if (scenario.type) {
        await caretAtStart(page);
        await page.keyboard.type(scenario.type);
        for (let i = 0; i < (scenario.left ?? 0); i++) await page.keyboard.press('ArrowLeft');
      }
      const before = await draft(page);
      await page.evaluate(() => (window.seenInputs = []));

      expect(await insert(page, LETTER_A, scenario.options)).toEqual({ ok: true, strategy: 'execCommand', replaced: false });

      const s = await state(page, BLOCKS);
      expect(s.letters).toBe(1);
      expect(s.letterTexts[0]).toBe(LETTER_A.text);
      expect(s.letterAt).toBe(0);
      expect(s.aboveProtected).toBe(true);
      expectBelow(s, scenario.keeps);
      expect(s.focused).toBe(true);
      expect(s.caretInEditor).toBe(true);
      expect(s.caretInLetter).toBe(false);
      expect(await page.evaluate(() => window.seenInputs)).toContain('insertFromPaste');

      await page.keyboard.press('Control+z');
      expect(await draft(page)).toBe(before);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('the caret is left on a line of its own just after the letter: what the user types next is theirs', async () => {
    const { page } = await open(GMAIL_EDITOR(`<div dir="ltr"><br></div><br>${QUOTE}`));
    await caretAtStart(page);
    await page.keyboard.type('Thanks for reaching out.');
    expect(await insert(page, LETTER_A)).toMatchObject({ ok: true, strategy: 'execCommand' });
    await page.keyboard.type('P.S. Say hi to Sam.');
    const s = await state(page, BLOCKS);
    expect(s.letterTexts).toEqual([LETTER_A.text]);
    expect(s.text.indexOf(`Alex\nP.S. Say hi to Sam.\nThanks for reaching out.`)).toBeGreaterThan(0);
    await page.close();
  });

  test('a second insert replaces the first (one letter), keeps the personal line, and one Ctrl+Z brings the first back', async () => {
    const { page, errors } = await open(GMAIL_EDITOR(`<div dir="ltr"><br><br clear="all">${SIGNATURE}</div><br>${QUOTE}`));
    await caretAtStart(page);
    await page.keyboard.type('Thanks!');
    expect(await insert(page, LETTER_A)).toMatchObject({ ok: true, strategy: 'execCommand', replaced: false });
    await page.keyboard.type('P.S. Say hi to Sam.');
    const withFirst = await draft(page);

    expect(await insert(page, LETTER_B)).toEqual({ ok: true, strategy: 'execCommand', replaced: true });
    const s = await state(page, BLOCKS);
    expect(s.letters).toBe(1);
    expect(s.letterTexts).toEqual([LETTER_B.text]);
    expect(s.letterAt).toBe(0);
    expect(s.aboveProtected).toBe(true);
    expect(s.caretInLetter).toBe(false);
    expectBelow(s, ['P.S. Say hi to Sam.', 'Thanks!', 'Alex Doe', QUOTE_TEXT]);

    await page.keyboard.press('Control+z');
    expect(await draft(page)).toBe(withFirst);
    expect((await state(page, BLOCKS)).letterTexts).toEqual([LETTER_A.text]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a hostile letter never runs and shows as literal text', async () => {
    const { page, dialogs, errors } = await open(GMAIL_EDITOR('<div dir="ltr"><br></div>'));
    const hostile = 'Hi <img src=x onerror=alert(1)>,\n\n<script>alert(2)</script>';
    expect(await insert(page, letterOf(hostile))).toMatchObject({ ok: true, strategy: 'execCommand' });
    // Markup that breaks the letter engine's promise (core/letter/render.ts) is refused by insertHTML and built from text instead.
    expect(await page.evaluate(() => window.DP.removeLetter(document.getElementById('ed')!))).toBe(true);
    expect(await insert(page, { text: hostile, html: `<div>${hostile.replace(/\n/g, '</div><div>')}</div>` })).toMatchObject({
      ok: true,
      strategy: 'range',
    });
    // Control, instead of a fixed wait: the same markup put into the page on purpose, after the inserts, does run
    // (its image fails to load, its handler opens a dialog). Once it has, a payload inserted before it would have too.
    await page.evaluate(() => {
      const trap = document.createElement('div');
      trap.innerHTML = '<img src=x onerror="alert(\'control\')">';
      document.body.append(trap);
    });
    await expect.poll(() => dialogs, { timeout: 5000 }).toContain('control');
    expect(dialogs).toEqual(['control']);
    expect(await page.evaluate(() => document.querySelectorAll('#ed img, #ed script').length)).toBe(0);
    expect((await state(page, BLOCKS)).letterTexts).toEqual([hostile]);
    // The only failed load is the control's image: none of the letter's markup became an element that loads.
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await expect.poll(() => errors.filter((e) => /Failed to load resource/.test(e))).toHaveLength(1);
    await page.close();
  });

  // Chromium puts content inserted at the top of a list into its first item, and at the top of a quote into the quote.
  const MISPLACED = [
    // Caught after the fact: the command ran, the result failed verification, the browser's undo took it back.
    { name: 'a list at the top', body: '<ul><li>First point</li></ul><div>Thanks!</div>', undone: true },
    // Caught before: a protected block starts the editor, so the command is not even tried.
    { name: 'the quote at the top', body: QUOTE, undone: false },
  ];
  for (const { name, body, undone } of MISPLACED) {
    test(`${name}: the DOM fallback puts the letter above it; removeLetter restores the draft`, async () => {
      const { page, errors } = await open(GMAIL_EDITOR(body));
      const before = await draft(page);
      expect(await insert(page, LETTER_A)).toEqual({ ok: true, strategy: 'range', replaced: false });
      const inputs = await page.evaluate(() => window.seenInputs);
      expect(inputs.includes('historyUndo')).toBe(undone);
      expect(inputs.at(-1)).toBe('insertFromPaste');
      const s = await state(page, BLOCKS);
      expect(s.letters).toBe(1);
      expect(s.letterTexts).toEqual([LETTER_A.text]);
      expect(s.letterAt).toBe(0);
      expect(s.aboveProtected).toBe(true);
      expect(s.caretInLetter).toBe(false);
      expect(await page.evaluate(() => document.getElementById('ed')!.firstElementChild!.getAttribute('data-decline-politely'))).toBe('letter');
      expect(await page.evaluate(() => window.DP.removeLetter(document.getElementById('ed')!))).toBe(true);
      expect(await draft(page)).toBe(before);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('removeLetter restores the draft; hasLetter follows', async () => {
    const { page } = await open(GMAIL_EDITOR(`<div dir="ltr">Thanks!</div><br>${QUOTE}`));
    const before = await draft(page);
    await insert(page, LETTER_A);
    expect(await page.evaluate(() => window.DP.hasLetter(document.getElementById('ed')!))).toBe(true);
    expect(await page.evaluate(() => window.DP.removeLetter(document.getElementById('ed')!))).toBe(true);
    expect(await draft(page)).toBe(before);
    expect(await page.evaluate(() => window.DP.hasLetter(document.getElementById('ed')!))).toBe(false);
    await page.close();
  });

  test('a non-editable or detached editor is refused', async () => {
    const { page } = await open(GMAIL_EDITOR('<div>Draft</div>'));
    const results = await page.evaluate((letter) => {
      const editor = document.getElementById('ed')!;
      editor.setAttribute('contenteditable', 'false');
      const readOnly = window.DP.insertLetter(editor, letter, { protectedBlocks: [] });
      editor.setAttribute('contenteditable', 'true');
      editor.remove();
      const detached = window.DP.insertLetter(editor, letter, { protectedBlocks: [] });
      return [readOnly, detached, editor.innerHTML];
    }, LETTER_A);
    expect(results[0]).toMatchObject({ ok: false, problem: { code: 'editorNotEditable' } });
    expect(results[1]).toMatchObject({ ok: false, problem: { code: 'editorDetached' } });
    expect(results[2]).toBe('<div>Draft</div>');
    await page.close();
  });
});
