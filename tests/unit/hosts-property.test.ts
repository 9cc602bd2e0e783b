/**
 * Property: the adapters never throw and never reach their safety net, whatever the page looks like —
 * random trees built from the very tags, attributes and values the selectors look for, and the fixtures with
 * random parts deleted, renamed or moved. (A missing or odd Gmail/Outlook element is normal, not an error.)
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gmail, hostFor, outlook, type MailHost } from '../../core/read/hosts';
import { PROJECT_ROOT, readFixture } from '../support/shared';

const HOSTS: MailHost[] = [gmail, outlook];
// Hundreds of generated pages per test: generous when the suite runs in parallel on a busy machine.
const PROPERTY_TIMEOUT = 60_000;

const TAGS = ['div', 'span', 'h2', 'h3', 'p', 'table', 'tbody', 'tr', 'td', 'input', 'button', 'a', 'i', 'hr', 'br', 'blockquote', 'pre', 'font', 'form', 'template', 'b', 'title', 'time'];
const ATTRIBUTES = [
  'class', 'id', 'role', 'aria-label', 'aria-level', 'aria-multiline', 'aria-expanded', 'email', 'name', 'data-hovercard-id',
  'g_editable', 'contenteditable', 'data-message-id', 'data-legacy-message-id', 'data-thread-perm-id', 'title', 'alt',
  'value', 'href', 'placeholder', 'data-app-section', 'data-testid', 'data-icon-name', 'data-folder-name', 'style', 'hidden',
  'datetime', 'tabindex', 'dir', 'data-smartmail', 'maxlength',
];
const VALUES = [
  'true', 'false', '', 'dialog', 'textbox', 'button', 'link', 'heading', 'region', 'group', 'main', 'gridcell', '2',
  'adn ads', 'gs', 'a3s aiL', 'ii gt', 'iA g6', 'M9', 'aoI', 'gD', 'g3', 'hP', 'iw', 'ip adB', 'btC', 'gU Up', 'IZ', 'aaq', 'ams bkH',
  'Am aiL Al editable', 'gmail_quote', 'gmail_quote_container', 'gmail_signature', 'gmail_signature_prefix', 'aYF', 'a3E', 'subjectbox',
  'aVla3', 'OZZZK', 'fui-SplitButton', 'ConversationContainer', 'MailReadCompose', 'UniqueMessageBody_1', 'ConversationReadingPaneContainer',
  'divRplyFwdMsg', 'x_divRplyFwdMsg', 'appendonsend', 'Signature', 'x_Signature', 'mail-editor-reference-message-container',
  'O365_MainLink_Me', 'primaryMailboxRoot_1', 'SentReceivedSavedTime', 'ArrowReplyRegular', 'Email message', 'Message body',
  'Message body, press Alt+F10 to exit', 'Send', 'Send (Ctrl+Enter)', 'Reply', 'Add a subject', 'From: Doe, Jane', 'Von: x@y.z',
  'Account manager for Alex', 'Google Account: A B  \n(a@b.co)', 'https://accounts.google.com/SignOutOptions?x', 'Re: x', 'RE: x',
  'x', 'display:none', 'white-space:pre', 'a@b.co', '20 Aug 2025, 13:19', 'Tue 11/4/2025 10:12 AM', '#msg-f:1', 'thread-f:1',
];
// Attribute/value pairs the selectors test for, so random pages often look like (broken) mail pages.
const PAIRS: Array<[string, string]> = [
  ['data-message-id', '#msg-f:1'], ['class', 'adn ads'], ['class', 'gs'], ['class', 'iw'], ['class', 'gD'], ['email', 'a@b.co'],
  ['name', 'Priya Raman'], ['class', 'g3'], ['title', 'Mon, Nov 3, 2025, 9:14 AM'], ['class', 'a3s aiL'], ['class', 'iA g6'],
  ['class', 'gmail_quote'], ['class', 'gmail_signature'], ['data-thread-perm-id', 'thread-f:1'], ['class', 'hP'],
  ['g_editable', 'true'], ['role', 'textbox'], ['contenteditable', 'true'], ['class', 'M9'], ['role', 'dialog'], ['class', 'ip adB'],
  ['name', 'subjectbox'], ['value', 'Re: x'], ['class', 'btC'], ['class', 'gU Up'], ['class', 'aaq'], ['role', 'button'], ['aria-label', 'Reply'],
  ['href', 'https://accounts.google.com/SignOutOptions?x'], ['aria-label', 'Google Account: A B  \n(a@b.co)'],
  ['data-app-section', 'ConversationContainer'], ['data-app-section', 'MailReadCompose'], ['id', 'UniqueMessageBody_1'],
  ['aria-label', 'Email message'], ['aria-label', 'From: Doe, Jane'], ['data-testid', 'SentReceivedSavedTime'],
  ['aria-label', 'Message body, press Alt+F10 to exit'], ['aria-multiline', 'true'], ['aria-label', 'Send'], ['class', 'fui-SplitButton'],
  ['role', 'group'], ['aria-label', 'Add a subject'], ['value', 'RE: x'], ['id', 'divRplyFwdMsg'], ['id', 'appendonsend'], ['id', 'Signature'],
  ['id', 'mail-editor-reference-message-container'], ['id', 'O365_MainLink_Me'], ['aria-label', 'Account manager for Alex'],
  ['id', 'primaryMailboxRoot_1'], ['title', 'a@b.co'], ['data-icon-name', 'ArrowReplyRegular'], ['role', 'heading'], ['aria-level', '2'],
];
// Whole attribute sets of elements the adapters look for (editors, Send buttons, message parts).
const BUNDLES: Array<Array<[string, string]>> = [
  [['g_editable', 'true'], ['role', 'textbox'], ['contenteditable', 'true']],
  [['class', 'Am Al editable'], ['contenteditable', 'true']],
  [['contenteditable', 'true'], ['aria-label', 'Message body, press Alt+F10 to exit']],
  [['contenteditable', 'true'], ['role', 'textbox'], ['aria-multiline', 'true']],
  [['aria-label', 'Send'], ['title', 'Send (Ctrl+Enter)']],
  [['class', 'adn ads'], ['data-message-id', '#msg-f:1']],
  [['email', 'a@b.co'], ['name', 'Priya Raman'], ['class', 'gD']],
  [['id', 'UniqueMessageBody_1'], ['aria-label', 'Message body']],
  [['role', 'heading'], ['aria-level', '2'], ['title', 'Re: x']],
];
const TEXTS = ['', ' ', '\u00a0', 'Hi Alex,', '-- ', '--', '> quoted', 'On Mon, Nov 3, 2025 at 9:14 AM A <a@b.co> wrote:', 'From: Jane <j@x.co>',
  'Sent: Tuesday, November 4, 2025 10:12 AM', 'Subject: RE: x', '________________________________', 'Doe, Jane<jane@contoso.com>'];

interface Spec {
  tag: string;
  attrs: Array<[string, string]>;
  text: string;
  children: Spec[];
}

function specArb(depth: number): fc.Arbitrary<Spec> {
  return fc.record({
    tag: fc.oneof({ arbitrary: fc.constantFrom('div', 'span'), weight: 3 }, { arbitrary: fc.constantFrom(...TAGS), weight: 1 }),
    attrs: fc
      .tuple(
        fc.oneof({ arbitrary: fc.constant([]), weight: 4 }, { arbitrary: fc.constantFrom(...BUNDLES), weight: 1 }),
        fc.array(
          fc.oneof(
            { arbitrary: fc.constantFrom(...PAIRS), weight: 3 },
            { arbitrary: fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 12 }))), weight: 1 },
          ),
          { maxLength: 3 },
        ),
      )
      .map(([bundle, extra]) => [...bundle, ...extra]),
    text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 20 })),
    children: depth > 0 ? fc.array(specArb(depth - 1), { maxLength: 3 }) : fc.constant([]),
  });
}

function build(doc: Document, spec: Spec): Element {
  const el = doc.createElement(spec.tag);
  for (const [name, value] of spec.attrs) el.setAttribute(name, value);
  if (spec.text) el.appendChild(doc.createTextNode(spec.text));
  for (const child of spec.children) el.appendChild(build(doc, child));
  return el;
}

function exercise(root: ParentNode): void {
  for (const host of HOSTS) {
    const thread = host.readThread(root);
    if (thread) {
      expect(thread.recruiterIndex === null || (thread.recruiterIndex >= 0 && thread.recruiterIndex < thread.messages.length)).toBe(true);
      if (thread.recruiterIndex !== null) expect(thread.messages[thread.recruiterIndex]!.byUser).toBe(false);
    }
    for (const c of host.composers(root)) {
      expect(c.container.contains(c.editor)).toBe(true);
      if (c.toolbarSlot) expect(c.container.contains(c.toolbarSlot)).toBe(true);
    }
    host.currentUser(root);
    host.replyButton?.(root);
  }
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  expect(warn, 'an adapter threw and fell back to its safety net').not.toHaveBeenCalled();
  warn.mockRestore();
});

describe('adapters on arbitrary DOM', () => {
  it('never throw on random trees made of the selectors\' own tags, attributes and values', () => {
    fc.assert(
      fc.property(fc.array(specArb(5), { minLength: 1, maxLength: 3 }), (specs) => {
        const doc = document.implementation.createHTMLDocument('random');
        for (const spec of specs) doc.body.appendChild(build(doc, spec));
        exercise(doc);
        exercise(doc.body.firstElementChild!);
        const fragment = doc.createDocumentFragment();
        fragment.appendChild(build(doc, specs[0]!));
        exercise(fragment);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  const fixtures = readdirSync(resolve(PROJECT_ROOT, 'tests', 'fixtures')).filter((f) => f.endsWith('.html'));

  it.each(fixtures)('never throw on %s with random parts removed, renamed or moved', (file) => {
    const html = readFixture(file);
    const mutation = fc.record({
      kind: fc.constantFrom('remove', 'unwrap', 'strip-attribute', 'set-attribute', 'move', 'clear-text'),
      target: fc.nat(),
      other: fc.nat(),
      attribute: fc.constantFrom(...ATTRIBUTES),
      value: fc.constantFrom(...VALUES),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (mutations) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        for (const m of mutations) {
          const all = [...doc.body.querySelectorAll('*')];
          if (all.length === 0) break;
          const el = all[m.target % all.length]!;
          const other = all[m.other % all.length]!;
          if (m.kind === 'remove') el.remove();
          else if (m.kind === 'unwrap') el.replaceWith(...el.childNodes);
          else if (m.kind === 'strip-attribute') el.removeAttribute(m.attribute);
          else if (m.kind === 'set-attribute') el.setAttribute(m.attribute, m.value);
          else if (m.kind === 'move' && !other.contains(el)) el.appendChild(other);
          else if (m.kind === 'clear-text') el.textContent = '';
        }
        exercise(doc);
      }),
      { numRuns: 40 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('hostFor on arbitrary strings', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webUrl()), (url) => {
        const host = hostFor(url);
        expect(host === null || host === gmail || host === outlook).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT);
});
