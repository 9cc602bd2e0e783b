/**
 * Reliability: hostile text through the letter engine and the DOM insertion fallback (happy-dom has no
 * execCommand, so insertLetter takes its Range route here; the real button in Chromium is
 * tests/e2e/reliability-hostile.e2e.test.ts). For every payload of tests/support/hostile.ts:
 *   - composeLetter with the payload as every recruiter field and as the user's own name, signature and reason:
 *     the payload is in the text literally (core/letter/view.ts only drops its two private-use marker characters and the
 *     characters that must not travel in a letter — controls, bidi overrides and isolates, lone surrogates — and
 *     folds whitespace in one-line values), Mustache never reads it, and `html` is only plain <div> lines whose text is
 *     exactly the letter's text;
 *   - insertLetter into a reply holding typed text, a signature and quoted history that contain the payload too:
 *     one wrapper of attribute-less <div>/<br>, the typed text and the protected blocks untouched, no new element
 *     anywhere else, nothing run;
 *   - the Gmail thread fixture with the payload as name, company and paragraph, read by the Gmail adapter and
 *     answered with insertLetter: the same guarantees on the whole page.
 */
import { gmail } from '../../core/read/gmail';
import { insertLetter, LETTER_SELECTOR, type InsertOptions } from '../../core/insert';
import { composeLetter } from '../../core/letter/render';
import type { LetterChoice, Letter } from '../../core/model';
import { STAGES, TONES } from '../../core/letter/reasons';
import { asLetterValue, escapeHtml, everywhere, expectedGmailLetter, hostileGmailThread, PAYLOADS, type Payload } from '../support/hostile';

// Stress inputs (thousands of generated messages, 10,000-character fields): these check correctness, not speed
// (speed is npm run bench), so a busy 2-core machine must not fail them on the default 5 s timeout.
vi.setConfig({ testTimeout: 30_000 });

const ACTIVE = 'script, style, iframe, frame, img, svg, math, base, meta, link, object, embed, a, form, input, template, noscript, video, audio';
const GMAIL_OPTIONS: InsertOptions = { protectedBlocks: gmail.protectedBlocks };

/** The letter's html, parsed: every line must be a bare <div> with text or a single <br>. */
function htmlLines(letter: Letter): { lines: string[]; strays: string[] } {
  const template = document.createElement('template');
  template.innerHTML = letter.html;
  const strays: string[] = [];
  const lines: string[] = [];
  for (const node of template.content.childNodes) {
    if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).localName !== 'div' || (node as Element).attributes.length > 0) {
      strays.push(node.nodeType === Node.ELEMENT_NODE ? (node as Element).outerHTML.slice(0, 80) : `#text ${node.textContent?.slice(0, 40)}`);
      continue;
    }
    for (const el of (node as Element).querySelectorAll('*')) if (el.localName !== 'br' || el.attributes.length > 0) strays.push(el.outerHTML.slice(0, 80));
    lines.push((node.textContent ?? '').replace(/\u00A0/g, ' '));
  }
  return { lines, strays };
}

function wellFormed(editor: HTMLElement): { wrappers: number; wrapperAttributes: string[]; strays: string[]; lines: string[] } {
  const wrappers = editor.querySelectorAll(LETTER_SELECTOR);
  const wrapper = wrappers[0];
  return {
    wrappers: wrappers.length,
    wrapperAttributes: wrapper ? wrapper.getAttributeNames() : [],
    strays: wrapper
      ? Array.from(wrapper.querySelectorAll('*'))
          .filter((el) => !['div', 'br'].includes(el.localName) || el.attributes.length > 0)
          .map((el) => el.outerHTML.slice(0, 80))
      : [],
    lines: wrapper ? Array.from(wrapper.children, (div) => (div.textContent ?? '').replace(/\u00A0/g, ' ')) : [],
  };
}

function activeElements(): string[] {
  return Array.from(document.querySelectorAll(ACTIVE), (el) => el.localName).sort();
}

function pwned(): unknown {
  return (window as unknown as { __pwned?: unknown }).__pwned;
}

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as unknown as { __pwned?: unknown }).__pwned;
});

test(`there are at least 20 payloads (${PAYLOADS.length}), with unique ids`, () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
  expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
});

describe.each(PAYLOADS.map((p) => [p.id, p] as const))('payload %s', (_id, payload: Payload) => {
  const value = asLetterValue(payload.text);

  test('composeLetter: literal in every place it is used, for every stage and tone; html is plain lines of the same text', () => {
    for (const stage of STAGES) {
      for (const tone of TONES) {
        const choice: LetterChoice = { stage, tone, reason: 'custom', customReason: payload.text, keepDoorOpen: true };
        const letter = composeLetter({
          sender: { name: payload.text, signature: `${payload.text}\nSecond line`, keepInTouch: '' },
          recruiter: { firstName: payload.text, fullName: payload.text, role: payload.text, company: payload.text },
          choice,
        });
        const where = `${stage}/${tone}`;
        // Each greeting has two phrasings; either carries the value literally.
        const greetings = tone === 'formal' ? [`Dear ${value},`, `Hello ${value},`] : [`Hi ${value},`, `Hello ${value},`];
        expect(greetings.some((greeting) => letter.text.includes(greeting)), `${where}: ${letter.text.split('\n', 1)[0]}`).toBe(true);
        expect(letter.text, where).toContain(`at ${value}`);
        expect(letter.text, where).not.toMatch(/[\uE000\uE001]/);
        const { lines, strays } = htmlLines(letter);
        expect(strays, where).toEqual([]);
        expect(lines.join('\n'), where).toBe(letter.text);
      }
    }
  });

  test('insertLetter (Range fallback): well-formed letter above a draft that holds the payload; the draft untouched', () => {
    const shown = escapeHtml(payload.text);
    document.body.innerHTML =
      '<div class="M9"><div id="ed" class="Am aiL Al editable" g_editable="true" role="textbox" aria-label="Message Body" contenteditable="true">' +
      `<div dir="ltr">Typed first: ${shown}</div><div><br clear="all"></div>` +
      `<div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">Alex ${shown}</div></div><br>` +
      `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Thu, ${shown} wrote:<br></div>` +
      `<blockquote class="gmail_quote"><div dir="ltr">${shown}</div></blockquote></div></div></div>`;
    const editor = document.getElementById('ed')!;
    const quote = editor.querySelector('.gmail_quote_container')!.outerHTML;
    const signature = editor.querySelector('.gmail_signature')!.outerHTML;
    const typed = editor.firstElementChild!.outerHTML;
    const active = activeElements();
    const letter = composeLetter({
      sender: { name: 'Alex Morgan', signature: '', keepInTouch: '' },
      recruiter: { firstName: payload.text, fullName: payload.text, role: payload.text, company: payload.text },
      choice: { stage: 'offer', tone: 'warm', reason: 'accepted-other-offer', keepDoorOpen: true },
    });

    expect(insertLetter(editor, letter, GMAIL_OPTIONS)).toEqual({ ok: true, strategy: 'range', replaced: false });
    const shape = wellFormed(editor);
    expect(shape.wrappers).toBe(1);
    expect(shape.wrapperAttributes).toEqual(['data-decline-politely']);
    expect(shape.strays).toEqual([]);
    expect(shape.lines.join('\n')).toBe(letter.text);
    expect(editor.querySelector('.gmail_quote_container')!.outerHTML).toBe(quote);
    expect(editor.querySelector('.gmail_signature')!.outerHTML).toBe(signature);
    expect(editor.querySelector('div[dir="ltr"]')!.outerHTML).toBe(typed);
    expect(activeElements()).toEqual(active);
    expect(pwned()).toBeUndefined();
  });

  test('the Gmail thread holding the payload: read, composed and inserted without any markup from the page', () => {
    const parsed = new DOMParser().parseFromString(hostileGmailThread(everywhere(payload)), 'text/html');
    document.documentElement.innerHTML = parsed.documentElement.innerHTML;
    const active = activeElements();
    const { context, letter } = expectedGmailLetter(document);
    expect(context.recruiter.kind).toBe('offer');
    const [reply] = gmail.composers(document);
    expect(reply).toBeDefined();
    const quote = reply!.editor.querySelector('.gmail_quote_container')!.outerHTML;

    expect(insertLetter(reply!.editor, letter, GMAIL_OPTIONS)).toMatchObject({ ok: true });
    const shape = wellFormed(reply!.editor);
    expect(shape.wrappers).toBe(1);
    expect(shape.strays).toEqual([]);
    expect(shape.lines.join('\n')).toBe(letter.text);
    for (const field of [context.recruiter.firstName, context.recruiter.company]) {
      if (field) expect(letter.text).toContain(asLetterValue(field));
    }
    expect(reply!.editor.querySelector('.gmail_quote_container')!.outerHTML).toBe(quote);
    expect(activeElements()).toEqual(active);
    expect(pwned()).toBeUndefined();
  });
});
