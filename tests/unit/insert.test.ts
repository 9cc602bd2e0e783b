/**
 * core/insert/index.ts in happy-dom. happy-dom has no document.execCommand, so these tests cover the DOM (Range) fallback
 * and the structural rules; a few stub execCommand to cover the command path's verification and roll-back.
 * The real command is tested in Chromium by tests/e2e/insert.e2e.test.ts.
 *
 * Editor markup is built from the selectors public Gmail/Outlook integrations use (no real compose capture exists
 * in ../shared/fixtures/real): Gmail `div[g_editable=true][contenteditable=true][role=textbox]` with
 * `.gmail_signature` / `.gmail_quote`; Outlook `div[contenteditable=true][aria-label="Message body"]` with
 * `#Signature`, `#appendonsend`, `#divRplyFwdMsg`.
 */
import { insertLetter, LETTER_SELECTOR, type Letter } from '../../core/insert';
import { hasLetter, removeLetter } from '../support/inserted-letter';
import { INSERT_OPTIONS, LETTER_A, LETTER_B, letterOf } from '../support/letters';
import { problemText as english } from '../../components/problems';

const OPTIONS = INSERT_OPTIONS;

const QUOTE =
  '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 3 Mar 2025, Jane Recruiter &lt;jane@acme.example&gt; wrote:<br></div>' +
  '<blockquote class="gmail_quote">Would you be open to a <b>Senior Engineer</b> role?</blockquote></div>';
const SIGNATURE = '<div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">-- <br>Alex Doe<br>Engineer</div></div>';
const OUTLOOK_BODY =
  '<div class="elementToProof"><br></div>' +
  '<div id="Signature" class="elementToProof"><div>Alex Doe</div><div>Engineer</div></div>' +
  '<div id="appendonsend"></div><hr tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Jane Recruiter &lt;jane@acme.example&gt;<br><b>Subject:</b> Senior Engineer</div>' +
  '<div><div dir="ltr">Would you be open to a Senior Engineer role?</div></div>';

function gmailEditor(body: string): HTMLElement {
  document.body.innerHTML = `<div class="M9"><div id="ed" class="Am aiL Al editable" g_editable="true" role="textbox" aria-label="Message Body" contenteditable="true">${body}</div></div>`;
  return document.getElementById('ed')!;
}

function outlookEditor(body: string): HTMLElement {
  document.body.innerHTML = `<div id="editorParent_1"><div id="ed" contenteditable="true" role="textbox" aria-label="Message body" aria-multiline="true">${body}</div></div>`;
  return document.getElementById('ed')!;
}

function letters(editor: HTMLElement): HTMLElement[] {
  return Array.from(editor.querySelectorAll<HTMLElement>(LETTER_SELECTOR));
}

/** The editor's text in document order, one entry per text node, blank ones dropped. */
function texts(editor: HTMLElement): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (child.nodeValue!.trim() !== '') out.push(child.nodeValue!);
      } else walk(child);
    }
  };
  walk(editor);
  return out;
}

/** Asserts the letter is in one wrapper, above everything else, and returns the user's text after it. */
function expectLetterOnTop(editor: HTMLElement, letter: Letter): string[] {
  const found = letters(editor);
  expect(found).toHaveLength(1);
  const wrapper = found[0]!;
  const lines = letter.text.split('\n').filter((line) => line !== '');
  expect(texts(wrapper)).toEqual(lines);
  const all = texts(editor);
  expect(all.slice(0, lines.length)).toEqual(lines);
  return all.slice(lines.length);
}

function caret(): { node: Node; offset: number } {
  const selection = window.getSelection()!;
  return { node: selection.anchorNode!, offset: selection.anchorOffset };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('insertLetter with the DOM fallback (no execCommand in happy-dom)', () => {
  test('empty editor: the letter becomes the first block and the caret goes on the line after it', () => {
    const editor = gmailEditor('<div dir="ltr"><br></div>');
    const result = insertLetter(editor, LETTER_A, OPTIONS);
    expect(result).toEqual({ ok: true, strategy: 'range', replaced: false });
    expect(expectLetterOnTop(editor, LETTER_A)).toEqual([]);
    const wrapper = letters(editor)[0]!;
    expect(editor.firstElementChild).toBe(wrapper);
    // The reply's existing empty line is reused as the line after the letter.
    const after = wrapper.nextElementSibling!;
    expect(after.getAttribute('dir')).toBe('ltr');
    expect(caret().node === after || after.contains(caret().node)).toBe(true);
    expect(document.activeElement).toBe(editor);
  });

  test('a completely empty editor gets the letter and a blank line after it', () => {
    const editor = gmailEditor('');
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true });
    expect(expectLetterOnTop(editor, LETTER_A)).toEqual([]);
    const spacer = letters(editor)[0]!.nextElementSibling!;
    expect(spacer.getAttribute('data-decline-politely')).toBe('spacer');
    expect(spacer.textContent).toBe('');
  });

  test('typed text stays below the letter, untouched, with a blank line between', () => {
    const editor = gmailEditor('<div dir="ltr">Thanks for reaching out.</div><div>Second line.</div>');
    const typed = editor.firstElementChild!;
    const node = typed.firstChild!;
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true, strategy: 'range' });
    expect(expectLetterOnTop(editor, LETTER_A)).toEqual(['Thanks for reaching out.', 'Second line.']);
    expect(typed.firstChild).toBe(node);
    expect(node.nodeValue).toBe('Thanks for reaching out.');
    const spacer = letters(editor)[0]!.nextElementSibling!;
    expect(spacer.getAttribute('data-decline-politely')).toBe('spacer');
    expect(spacer.nextElementSibling).toBe(typed);
  });

  test('bare typed text (a text node directly in the editor) is kept whole', () => {
    const editor = gmailEditor('Thanks for reaching out.');
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true });
    expect(expectLetterOnTop(editor, LETTER_A)).toEqual(['Thanks for reaching out.']);
    expect(editor.lastChild!.nodeValue).toBe('Thanks for reaching out.');
  });

  test('a caret in the middle of typed text neither splits nor moves it', () => {
    const editor = gmailEditor('<div dir="ltr">Thanks for reaching out.</div>');
    const node = editor.firstElementChild!.firstChild!;
    editor.focus();
    const range = document.createRange();
    range.setStart(node, 6);
    range.collapse(true);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);

    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true });
    expect(expectLetterOnTop(editor, LETTER_A)).toEqual(['Thanks for reaching out.']);
    expect(node.nodeValue).toBe('Thanks for reaching out.');
    expect(node.parentNode).toBe(editor.lastElementChild);
    // The caret moved to the line after the letter, out of the user's sentence.
    expect(caret().node).not.toBe(node);
  });

  test('quoted history stays below the letter and unchanged', () => {
    const editor = gmailEditor(`<div dir="ltr"><br></div><br>${QUOTE}`);
    const quote = editor.querySelector('.gmail_quote')!;
    const before = quote.innerHTML;
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true });
    expectLetterOnTop(editor, LETTER_A);
    expect(quote.isConnected).toBe(true);
    expect(quote.innerHTML).toBe(before);
    expect(letters(editor)[0]!.compareDocumentPosition(quote) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('a signature (nested in the first block) stays below the letter', () => {
    const editor = gmailEditor(`<div dir="ltr"><br clear="all">${SIGNATURE}</div>`);
    const signature = editor.querySelector('.gmail_signature')!;
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true });
    expect(expectLetterOnTop(editor, LETTER_A)).toEqual(['-- ', 'Alex Doe', 'Engineer']);
    expect(signature.closest(LETTER_SELECTOR)).toBeNull();
    // The caret must not land in the signature.
    expect(signature.contains(caret().node)).toBe(false);
  });

  test('Gmail: typed text + signature + quote', () => {
    const editor = gmailEditor(`<div dir="ltr"><div>Thanks!</div><br clear="all">${SIGNATURE}</div><br>${QUOTE}`);
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true });
    expect(expectLetterOnTop(editor, LETTER_A)).toEqual([
      'Thanks!',
      '-- ',
      'Alex Doe',
      'Engineer',
      'On Mon, 3 Mar 2025, Jane Recruiter <jane@acme.example> wrote:',
      'Would you be open to a ',
      'Senior Engineer',
      ' role?',
    ]);
  });

  test('Outlook: signature + reply header + quoted body', () => {
    const editor = outlookEditor(OUTLOOK_BODY);
    const firstLine = editor.firstElementChild!;
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true, strategy: 'range' });
    expect(expectLetterOnTop(editor, LETTER_A)).toEqual([
      'Alex Doe',
      'Engineer',
      'From:',
      ' Jane Recruiter <jane@acme.example>',
      'Subject:',
      ' Senior Engineer',
      'Would you be open to a Senior Engineer role?',
    ]);
    // Outlook's empty first line becomes the line after the letter; #appendonsend is never used for that.
    expect(letters(editor)[0]!.nextElementSibling).toBe(firstLine);
    expect(editor.querySelector('#appendonsend')!.childNodes).toHaveLength(0);
  });

  test('a protected block that starts the editor still ends up below the letter', () => {
    const editor = gmailEditor(QUOTE);
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true });
    expect(editor.firstElementChild).toBe(letters(editor)[0]);
    expect(editor.querySelector('.gmail_quote')!.closest(LETTER_SELECTOR)).toBeNull();
  });

  test('inserting again replaces our letter in place; a line the user added after it survives', () => {
    const editor = gmailEditor(`<div dir="ltr">Thanks!</div>${QUOTE}`);
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true, replaced: false });
    // The user writes a personal line where the caret was left.
    const spacer = letters(editor)[0]!.nextElementSibling!;
    spacer.textContent = 'P.S. Say hi to Sam.';

    expect(insertLetter(editor, LETTER_B, OPTIONS)).toEqual({ ok: true, strategy: 'range', replaced: true });
    expect(hasLetter(editor)).toBe(true);
    expect(expectLetterOnTop(editor, LETTER_B)).toEqual([
      'P.S. Say hi to Sam.',
      'Thanks!',
      'On Mon, 3 Mar 2025, Jane Recruiter <jane@acme.example> wrote:',
      'Would you be open to a ',
      'Senior Engineer',
      ' role?',
    ]);
    expect(editor.textContent).not.toContain('happy where I am');
  });

  test('a stray second copy of our letter is removed on replace', () => {
    const editor = gmailEditor('<div dir="ltr">Thanks!</div>');
    insertLetter(editor, LETTER_A, OPTIONS);
    editor.append(letters(editor)[0]!.cloneNode(true));
    expect(letters(editor)).toHaveLength(2);
    expect(insertLetter(editor, LETTER_B, OPTIONS)).toMatchObject({ ok: true, replaced: true });
    expect(expectLetterOnTop(editor, LETTER_B)).toEqual(['Thanks!']);
  });

  test('a letter quoted from an earlier mail is history, not ours', () => {
    const quoted = `<div class="gmail_quote"><blockquote class="gmail_quote"><div data-decline-politely="letter"><div>Old letter</div></div></blockquote></div>`;
    const editor = gmailEditor(`<div dir="ltr"><br></div>${quoted}`);
    expect(hasLetter(editor, OPTIONS)).toBe(false);
    expect(hasLetter(editor)).toBe(false); // blockquotes are always history
    expect(removeLetter(editor, OPTIONS)).toBe(false);
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true, replaced: false });
    expect(editor.querySelector('blockquote')!.textContent).toBe('Old letter');
    expect(letters(editor)).toHaveLength(2);
  });

  test('fires input (insertFromPaste) and change on the editor', () => {
    const editor = gmailEditor('<div><br></div>');
    const seen: string[] = [];
    editor.addEventListener('input', (event) => seen.push(`input:${(event as InputEvent).inputType}`));
    editor.addEventListener('change', () => seen.push('change'));
    document.body.addEventListener('input', () => seen.push('bubbled'));
    insertLetter(editor, LETTER_A, OPTIONS);
    expect(seen).toEqual(['input:insertFromPaste', 'bubbled', 'change']);
  });

  test('hostile letter text stays text', () => {
    const hostile = 'Hi <img src=x onerror=alert(1)>,\n\n</div><script>alert(2)</script>';
    for (const letter of [letterOf(hostile), { text: hostile, html: `<div>${hostile}</div>` }]) {
      const editor = gmailEditor('<div><br></div>');
      expect(insertLetter(editor, letter, OPTIONS)).toMatchObject({ ok: true });
      expect(editor.querySelector('img, script')).toBeNull();
      expect(texts(letters(editor)[0]!)).toEqual(['Hi <img src=x onerror=alert(1)>,', '</div><script>alert(2)</script>']);
    }
  });
});

describe('insertLetter refuses without touching anything', () => {
  test('non-editable editor', () => {
    const editor = gmailEditor('<div>Draft</div>');
    editor.setAttribute('contenteditable', 'false');
    const result = insertLetter(editor, LETTER_A, OPTIONS);
    expect(result.ok).toBe(false);
    expect(result.ok === false && english(result.problem)).toMatch(/not editable/);
    expect(editor.innerHTML).toBe('<div>Draft</div>');
  });

  test('editor not in the page', () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.innerHTML = '<div>Draft</div>';
    const result = insertLetter(editor, LETTER_A, OPTIONS);
    expect(result).toEqual({ ok: false, problem: { code: 'editorDetached' } });
    expect(result.ok === false && english(result.problem)).toMatch(/no longer in the page/);
    expect(editor.innerHTML).toBe('<div>Draft</div>');
  });

  test('editor removed after it was found', () => {
    const editor = gmailEditor('<div>Draft</div>');
    editor.remove();
    expect(insertLetter(editor, LETTER_A, OPTIONS).ok).toBe(false);
  });

  test('no editor at all, an empty letter, a plain-text editor, a bad selector', () => {
    expect(insertLetter(null as unknown as HTMLElement, LETTER_A, OPTIONS)).toEqual({ ok: false, problem: { code: 'editorMissing' } });
    const editor = gmailEditor('<div>Draft</div>');
    expect(insertLetter(editor, { text: ' \n ', html: '' }, OPTIONS)).toEqual({ ok: false, problem: { code: 'letterEmpty' } });
    expect(insertLetter(editor, LETTER_A, { protectedBlocks: ['.gmail_quote', 'div[unclosed'] })).toEqual({
      ok: false,
      problem: { code: 'badProtectedSelector', params: ['"div[unclosed"'] },
    });
    editor.setAttribute('contenteditable', 'plaintext-only');
    expect(insertLetter(editor, LETTER_A, OPTIONS).ok).toBe(false);
    expect(editor.innerHTML).toBe('<div>Draft</div>');
  });

  test('contenteditable="" counts as editable', () => {
    const editor = gmailEditor('<div>Draft</div>');
    editor.setAttribute('contenteditable', '');
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true });
  });
});

describe('removeLetter / hasLetter', () => {
  test('removes only our letter and the blank line we added', () => {
    const body = `<div dir="ltr">Thanks!</div><br>${QUOTE}`;
    const editor = gmailEditor(body);
    expect(hasLetter(editor)).toBe(false);
    insertLetter(editor, LETTER_A, OPTIONS);
    expect(hasLetter(editor)).toBe(true);
    const seen: string[] = [];
    editor.addEventListener('input', (event) => seen.push((event as InputEvent).inputType));
    expect(removeLetter(editor, OPTIONS)).toBe(true);
    expect(editor.innerHTML).toBe(body);
    expect(seen).toEqual(['deleteContent']);
    expect(hasLetter(editor)).toBe(false);
    expect(removeLetter(editor)).toBe(false);
  });

  test('keeps a personal line the user wrote after the letter', () => {
    const editor = gmailEditor('<div dir="ltr">Thanks!</div>');
    insertLetter(editor, LETTER_A, OPTIONS);
    letters(editor)[0]!.nextElementSibling!.textContent = 'P.S.';
    removeLetter(editor);
    expect(editor.innerHTML).toBe('<div>P.S.</div><div dir="ltr">Thanks!</div>');
  });

  test('an editor whose only line held the letter keeps one empty line', () => {
    const editor = gmailEditor('');
    insertLetter(editor, LETTER_A, OPTIONS);
    removeLetter(editor);
    expect(editor.innerHTML).toBe('<div><br></div>');
  });

  test('never throws', () => {
    expect(removeLetter(null as unknown as HTMLElement)).toBe(false);
    expect(hasLetter(undefined as unknown as HTMLElement)).toBe(false);
  });
});

describe('the execCommand strategy (stubbed: happy-dom has none)', () => {
  type Exec = (command: string, ui?: boolean, value?: string) => boolean;
  const calls: string[] = [];
  function stubExec(exec: Exec): void {
    calls.length = 0;
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string, ui?: boolean, value?: string) => {
        calls.push(command);
        return exec(command, ui, value);
      },
    });
  }
  afterEach(() => {
    delete (document as unknown as { execCommand?: Exec }).execCommand;
  });

  /** Inserts `html` at the selection the way a well-behaved browser would. */
  function insertAtSelection(html: string): boolean {
    const range = window.getSelection()!.getRangeAt(0);
    range.deleteContents();
    const template = document.createElement('template');
    template.innerHTML = html;
    range.insertNode(template.content);
    return true;
  }

  test('is used first, with the letter wrapped and followed by a blank line, at the top of the editor', () => {
    const editor = gmailEditor(`<div dir="ltr">Thanks!</div>${QUOTE}`);
    let seenHtml = '';
    stubExec((command, _ui, value) => {
      seenHtml = value ?? '';
      return command === 'insertHTML' && insertAtSelection(seenHtml);
    });
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toEqual({ ok: true, strategy: 'execCommand', replaced: false });
    expect(calls).toEqual(['insertHTML']);
    expect(seenHtml).toBe(`<div data-decline-politely="letter">${LETTER_A.html}</div><div data-decline-politely="spacer"><br></div>`);
    expect(expectLetterOnTop(editor, LETTER_A)[0]).toBe('Thanks!');
  });

  test('replacing selects the old letter’s contents and inserts only the lines', () => {
    const editor = gmailEditor('<div dir="ltr">Thanks!</div>');
    stubExec((_command, _ui, value) => insertAtSelection(value ?? ''));
    insertLetter(editor, LETTER_A, OPTIONS);
    const wrapper = letters(editor)[0]!;
    let seenHtml = '';
    stubExec((_command, _ui, value) => {
      seenHtml = value ?? '';
      return insertAtSelection(seenHtml);
    });
    expect(insertLetter(editor, LETTER_B, OPTIONS)).toEqual({ ok: true, strategy: 'execCommand', replaced: true });
    expect(seenHtml).toBe(LETTER_B.html);
    expect(letters(editor)).toEqual([wrapper]);
    expect(expectLetterOnTop(editor, LETTER_B)).toEqual(['Thanks!']);
  });

  test('returning false or throwing hands over to the DOM fallback', () => {
    for (const exec of [() => false, () => { throw new Error('nope'); }]) {
      const editor = gmailEditor('<div dir="ltr">Thanks!</div>');
      stubExec(exec);
      expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true, strategy: 'range' });
      expect(expectLetterOnTop(editor, LETTER_A)).toEqual(['Thanks!']);
    }
  });

  test('html not in the promised shape never reaches execCommand', () => {
    const editor = gmailEditor('<div><br></div>');
    stubExec((_command, _ui, value) => insertAtSelection(value ?? ''));
    const result = insertLetter(editor, { text: 'Hi', html: '<div onclick="x()">Hi</div>' }, OPTIONS);
    expect(result).toMatchObject({ ok: true, strategy: 'range' });
    expect(calls).toEqual([]);
  });

  test('whitespace between the line <div>s is dropped before the command sees the html', () => {
    const editor = gmailEditor('<div><br></div>');
    let seenHtml = '';
    stubExec((_command, _ui, value) => {
      seenHtml = value ?? '';
      return insertAtSelection(seenHtml);
    });
    const result = insertLetter(editor, { text: 'Hi\n\nBye', html: '<div>Hi</div>\n<div><br></div>\n  <div>Bye</div>\n' }, OPTIONS);
    expect(result).toMatchObject({ ok: true, strategy: 'execCommand' });
    expect(seenHtml).toContain('<div>Hi</div><div><br></div><div>Bye</div>');
  });

  test('a protected block at the very top skips the command (it would put the letter inside the block)', () => {
    const editor = gmailEditor(QUOTE);
    stubExec((_command, _ui, value) => insertAtSelection(value ?? ''));
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true, strategy: 'range' });
    expect(calls).toEqual([]);
  });

  test('a result that merged the user’s text is undone, then the fallback inserts', () => {
    const body = '<div dir="ltr">Thanks!</div>';
    const editor = gmailEditor(body);
    stubExec((command) => {
      if (command === 'undo') {
        editor.innerHTML = body;
        return true;
      }
      // What Chromium does without the blank line: the letter's last line swallows the user's first paragraph.
      editor.innerHTML = '<div data-decline-politely="letter"><div>Hi Jane,</div></div><div dir="ltr">Alex Thanks!</div>';
      return true;
    });
    expect(insertLetter(editor, LETTER_A, OPTIONS)).toMatchObject({ ok: true, strategy: 'range' });
    expect(calls).toEqual(['insertHTML', 'undo']);
    expect(expectLetterOnTop(editor, LETTER_A)).toEqual(['Thanks!']);
  });

  test('if the undo does not restore the draft, it stops and says so instead of piling on', () => {
    const editor = gmailEditor('<div dir="ltr">Thanks!</div>');
    stubExec((command) => {
      if (command === 'insertHTML') editor.innerHTML = '<div data-decline-politely="letter">Hi</div><div>Thanks</div>';
      return true;
    });
    const result = insertLetter(editor, LETTER_A, OPTIONS);
    expect(result).toEqual({ ok: false, problem: { code: 'insertBroken' } });
    expect(result.ok === false && english(result.problem)).toMatch(/Ctrl\+Z/);
    expect(calls).toEqual(['insertHTML', 'undo']);
  });
});
