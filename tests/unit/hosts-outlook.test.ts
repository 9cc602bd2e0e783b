/**
 * The Outlook adapter against the project fixtures (tests/fixtures/outlook-*.html) and the semi-real
 * Mailvelope-derived capture in ../shared/fixtures/real (skipped, visibly, when ../shared is absent).
 */
import { outlook, OUTLOOK_SELECTORS } from '../../core/read/hosts';
import { describeShared, readFixture, readShared } from '../support/shared';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const fixture = (name: string): Document => parse(readFixture(name));
const local = (y: number, m: number, d: number, h: number, min: number): number => new Date(y, m - 1, d, h, min).getTime();

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

const JANE_LAST_BODY =
  'Hi Alex,\n\n' +
  'Of course! The team is six analysts reporting to our Head of Data, and the salary range for this role is $85,000 to $95,000. ' +
  'Could you confirm whether Tuesday, November 11 at 10:00 AM still works for you?\n\n' +
  'Kind regards,';

describe('outlook: conversation with an inline reply (outlook-reading-pane-reply.html)', () => {
  const doc = fixture('outlook-reading-pane-reply.html');

  it('reads the subject, every message and who sent it', () => {
    const thread = outlook.readThread(doc)!;
    expect(thread.host).toBe('outlook');
    expect(thread.subject).toBe('Interview invitation – Data Analyst');
    expect(thread.messages.map((m) => [m.fromName, m.fromEmail, m.byUser, m.dateText])).toEqual([
      ['Doe, Jane', 'jane.doe@contoso.com', false, 'Tue 11/4/2025 10:12 AM'],
      ['Alex Morgan', 'alex.morgan@outlook.com', true, 'Tue 11/4/2025 6:40 PM'],
      ['Doe, Jane', 'jane.doe@contoso.com', false, 'Thu 11/6/2025 9:05 AM'],
    ]);
    expect(thread.recruiterIndex).toBe(2);
  });

  it("separates the recruiter's last message from her signature and the quoted history", () => {
    const last = outlook.readThread(doc)!.messages[2]!;
    expect(last.body).toBe(JANE_LAST_BODY);
    expect(last.signature).toBe('Jane Doe\nTalent Acquisition Partner | Contoso Ltd.\n+1 (555) 010-4477');
    expect(last.quoted).toMatch(/^From: Alex Morgan <alex\.morgan@outlook\.com>\nSent: Tuesday, November 4, 2025 6:40 PM\n/);
    expect(last.timestamp).toBe(local(2025, 11, 6, 9, 5));
    const first = outlook.readThread(doc)!.messages[0]!;
    expect(first.body).toMatch(/^Hi Alex,\n\nThank you for applying for the Data Analyst position at Contoso\./);
    expect(first.quoted).toBe('');
  });

  it('finds the inline reply with a toolbar slot beside Send; the To well is not an editor', () => {
    const found = outlook.composers(doc);
    expect(found).toHaveLength(1);
    const [c] = found;
    expect(c!.kind).toBe('inline');
    expect(c!.inOpenThread).toBe(true);
    expect(c!.subject).toBeNull();
    expect(c!.editor.getAttribute('aria-label')).toBe('Message body, press Alt+F10 to exit');
    expect(c!.container.contains(c!.editor)).toBe(true);
    expect(c!.container.querySelector('button[aria-label="Send"]')).not.toBeNull();
    expect(c!.container.contains(c!.toolbarSlot)).toBe(true);
    expect(c!.toolbarSlot!.querySelector(':scope > .fui-SplitButton button[aria-label="Send"]')).not.toBeNull();
  });

  it('names the reply history and the signature as blocks the letter must stay above', () => {
    const { editor } = outlook.composers(doc)[0]!;
    // (a Set: happy-dom, unlike browsers, lists an element twice when two selectors of a list match it)
    const guarded = [...new Set(editor.querySelectorAll(outlook.protectedBlocks.join(', ')))].map((el) => el.id || el.localName);
    expect(guarded).toEqual(['Signature', 'appendonsend', 'hr', 'divRplyFwdMsg']);
    const firstChild = editor.firstElementChild!;
    expect(firstChild.matches(outlook.protectedBlocks.join(', '))).toBe(false);
  });

  it('reads the signed-in user from the account button and the folder pane', () => {
    expect(outlook.currentUser(doc)).toEqual({ name: 'Alex Morgan', email: 'alex.morgan@outlook.com' });
  });

  it("points at the Reply button of the recruiter's newest message", () => {
    const button = outlook.replyButton!(doc)!;
    expect(button.getAttribute('aria-label')).toBe('Reply');
    expect(button.closest('[aria-label="Email message"]')!.querySelector('[id^="UniqueMessageBody"]')!.id).toBe('UniqueMessageBody_3');
  });

  it('with "newest message on top", still reports the messages oldest first', () => {
    const copy = fixture('outlook-reading-pane-reply.html');
    const items = [...copy.querySelectorAll('.aVla3')];
    const parent = items[0]!.parentElement!;
    for (const item of items.reverse()) parent.insertBefore(item, parent.firstChild);
    const thread = outlook.readThread(copy)!;
    expect(thread.messages.map((m) => m.dateText)).toEqual(['Tue 11/4/2025 10:12 AM', 'Tue 11/4/2025 6:40 PM', 'Thu 11/6/2025 9:05 AM']);
    expect(thread.recruiterIndex).toBe(2);
    const button = outlook.replyButton!(copy)!;
    expect(button.closest('[aria-label="Email message"]')!.querySelector('[id^="UniqueMessageBody"]')!.id).toBe('UniqueMessageBody_3');
  });

  it('finds messages from their bodies alone when the item wrappers are renamed', () => {
    const copy = fixture('outlook-reading-pane-reply.html');
    for (const el of copy.querySelectorAll('[aria-label="Email message"]')) el.setAttribute('aria-label', 'Nachricht');
    for (const el of copy.querySelectorAll('.aVla3')) el.classList.remove('aVla3');
    const thread = outlook.readThread(copy)!;
    expect(thread.messages.map((m) => m.fromEmail)).toEqual(['jane.doe@contoso.com', 'alex.morgan@outlook.com', 'jane.doe@contoso.com']);
    expect(thread.messages[2]!.body).toBe(JANE_LAST_BODY);
  });

  it('in message view (no conversation container) a reply under a read message is still inline', () => {
    const copy = fixture('outlook-reading-pane-reply.html');
    copy.querySelector('[data-app-section="ConversationContainer"]')!.removeAttribute('data-app-section');
    copy.querySelector('#ConversationReadingPaneContainer')!.removeAttribute('id');
    const [c] = outlook.composers(copy);
    expect(c!.kind).toBe('inline');
    expect(c!.inOpenThread).toBe(true);
  });

  it('composerHint matches the compose card as it is added to the page', () => {
    const added = doc.querySelector('.compose')!;
    expect(added.querySelector(outlook.composerHint)).not.toBeNull();
    expect(doc.querySelector('[role="heading"]')!.matches(outlook.composerHint)).toBe(false);
  });
});

describe('outlook: reply popped out into its own window (outlook-popout-compose.html)', () => {
  const doc = fixture('outlook-popout-compose.html');

  it('finds the pop-out composer, its subject and toolbar slot; it belongs to the thread it quotes', () => {
    const found = outlook.composers(doc);
    expect(found).toHaveLength(1);
    const [c] = found;
    expect(c!.kind).toBe('popout');
    expect(c!.subject).toBe('RE: Interview invitation – Data Analyst');
    expect(c!.inOpenThread).toBe(true);
    expect(c!.toolbarSlot!.querySelector(':scope > .fui-SplitButton button[aria-label="Send"]')).not.toBeNull();
  });

  it('reads the quoted original as the thread, since the window shows no conversation', () => {
    const thread = outlook.readThread(doc)!;
    expect(thread.subject).toBe('Interview invitation – Data Analyst');
    expect(thread.messages).toHaveLength(1);
    const [m] = thread.messages;
    expect(m!.fromName).toBe('Doe, Jane');
    expect(m!.fromEmail).toBe('jane.doe@contoso.com');
    expect(m!.dateText).toBe('Thursday, November 6, 2025 at 9:05 AM');
    expect(m!.timestamp).toBe(local(2025, 11, 6, 9, 5));
    expect(m!.body).toBe(JANE_LAST_BODY);
    expect(m!.signature).toBe('Jane Doe\nTalent Acquisition Partner | Contoso Ltd.');
    expect(m!.quoted).toContain('From: Alex Morgan <alex.morgan@outlook.com>');
    expect(thread.recruiterIndex).toBe(0);
  });

  it('protects the signature and the reference message container', () => {
    const { editor } = outlook.composers(doc)[0]!;
    const guarded = [...editor.querySelectorAll(outlook.protectedBlocks.join(', '))].map((el) => el.id);
    expect(guarded).toEqual(['Signature', 'mail-editor-reference-message-container']);
  });

  it('a pop-out window shows no account: the user is unknown', () => {
    expect(outlook.currentUser(doc)).toBeNull();
  });

  it('a draft with another subject does not belong to the quoted thread… but the quote still reads', () => {
    const copy = fixture('outlook-popout-compose.html');
    copy.querySelector<HTMLInputElement>('input[aria-label="Add a subject"]')!.value = 'Quick question';
    const [c] = outlook.composers(copy);
    expect(c!.inOpenThread).toBe(false);
  });
});

describe('outlook: renamed markup (outlook-broken.html)', () => {
  const doc = fixture('outlook-broken.html');
  it('returns nothing, quietly', () => {
    expect(outlook.readThread(doc)).toBeNull();
    expect(outlook.composers(doc)).toEqual([]);
    expect(outlook.currentUser(doc)).toBeNull();
    expect(outlook.replyButton!(doc)).toBeNull();
  });
});

describe('outlook: empty roots', () => {
  it('an empty document, element or fragment gives nothing', () => {
    for (const root of [parse(''), document.createElement('div'), document.createDocumentFragment()]) {
      expect(outlook.readThread(root)).toBeNull();
      expect(outlook.composers(root)).toEqual([]);
      expect(outlook.currentUser(root)).toBeNull();
      expect(outlook.replyButton!(root)).toBeNull();
    }
  });
});

describeShared('outlook: semi-real captures (Mailvelope, German locale)', () => {
  // Parsed on first use: a skipped suite's body still runs at collection time, without ../shared.
  let doc: Document | undefined;
  const template = (name: string): DocumentFragment => {
    doc ??= parse(readShared('fixtures', 'real', 'outlook-owa-semireal-mailvelope-2025.html'));
    return doc.querySelector<HTMLTemplateElement>(`template[data-fixture-name="${name}"]`)!.content;
  };

  it('readingPaneWithActions: sender and body; the German "Antworten" button is the reply control', () => {
    const root = template('readingPaneWithActions');
    const thread = outlook.readThread(root)!;
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]).toMatchObject({ fromName: '', fromEmail: 'sender@example.com', body: 'This is a regular message body.' });
    expect(thread.recruiterIndex).toBe(0);
    expect(outlook.replyButton!(root)!.getAttribute('aria-label')).toBe('Antworten');
    expect(outlook.composers(root)).toEqual([]);
  });

  it('readingPaneWithPGP: keeps the armored block line by line', () => {
    const [m] = outlook.readThread(template('readingPaneWithPGP'))!.messages;
    expect(m!.fromEmail).toBe('sender@example.com');
    expect(m!.body.split('\n')[0]).toBe('-----BEGIN PGP MESSAGE-----');
    expect(m!.body.split('\n').at(-1)).toBe('-----END PGP MESSAGE-----');
  });

  it.each([
    ['readingPaneMinimal', 'Message content'],
    ['messageWithAttachment', 'See attached file.'],
    ['messageWithEncryptedAttachments', 'Encrypted files attached.'],
  ])('%s: the body, with no sender to be found', (name, body) => {
    const thread = outlook.readThread(template(name))!;
    expect(thread.messages).toEqual([expect.objectContaining({ fromName: '', fromEmail: '', body })]);
  });

  it('userMailbox: the address from the folder pane', () => {
    expect(outlook.currentUser(template('userMailbox'))).toEqual({ name: null, email: 'toberndo@outlook.com' });
    expect(outlook.readThread(template('userMailbox'))).toBeNull();
  });

  it.each(['composeToolbar', 'composeToolbarMinimal'])('%s: the ribbon alone is neither a thread nor a composer', (name) => {
    expect(outlook.readThread(template(name))).toBeNull();
    expect(outlook.composers(template(name))).toEqual([]);
  });

  it('the selector table is the one the adapter exports', () => {
    expect(outlook.protectedBlocks).toBe(OUTLOOK_SELECTORS.protectedBlock);
  });
});
