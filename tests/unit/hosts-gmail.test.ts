/**
 * The Gmail adapter against the project fixtures (tests/fixtures/gmail-*.html) and the real captures in
 * ../shared/fixtures/real (skipped, visibly, when ../shared is absent).
 */
import { gmail, GMAIL_SELECTORS } from '../../core/read/hosts';
import { describeShared, readFixture, readShared } from '../support/shared';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const fixture = (name: string): Document => parse(readFixture(name));
const real = (name: string): Document => parse(readShared('fixtures', 'real', name));
const local = (y: number, m: number, d: number, h: number, min: number): number => new Date(y, m - 1, d, h, min).getTime();

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  // The adapter never gets as far as its safety net on these pages: nothing it reads throws.
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

describe('gmail: recruiter thread with an inline reply (gmail-thread-inline-reply.html)', () => {
  const doc = fixture('gmail-thread-inline-reply.html');

  it('reads the subject, every message and who sent it', () => {
    const thread = gmail.readThread(doc)!;
    expect(thread.host).toBe('gmail');
    expect(thread.subject).toBe('Offer: Senior Frontend Engineer at Northwind Labs');
    expect(thread.messages.map((m) => [m.fromName, m.fromEmail, m.byUser])).toEqual([
      ['Priya Raman', 'priya.raman@northwindlabs.com', false],
      ['Alex Morgan', 'alex.morgan@gmail.com', true],
      ['Priya Raman', 'priya.raman@northwindlabs.com', false],
    ]);
    expect(thread.recruiterIndex).toBe(2);
  });

  it('separates the last message into its own words, signature and quoted history', () => {
    const last = gmail.readThread(doc)!.messages[2]!;
    expect(last.body).toBe(
      'Hi Alex,\n\n' +
        'Of course, take the time you need. To make the decision easier, here is the written offer for the Senior Frontend Engineer ' +
        'position at Northwind Labs: a base salary of $165,000, a 10% annual bonus and a start date of January 12, 2026.\n\n' +
        'Please let me know your decision by Friday, November 14.\n\n' +
        'Best regards,',
    );
    expect(last.signature).toBe('Priya Raman\nSenior Technical Recruiter | Northwind Labs\n+1 (555) 013-2211');
    expect(last.quoted).toMatch(/^On Tue, Nov 4, 2025 at 6:02 PM Alex Morgan <alex\.morgan@gmail\.com> wrote:\n/);
    expect(last.quoted).toContain('Could I have until Friday to think it over?');
    expect(last.dateText).toBe('Thu, Nov 6, 2025, 11:30 AM');
    expect(last.timestamp).toBe(local(2025, 11, 6, 11, 30));
  });

  it('reads a collapsed message from its snippet', () => {
    const first = gmail.readThread(doc)!.messages[0]!;
    expect(first.body).toMatch(/^Hi Alex, It was a pleasure speaking with you last week\./);
    expect(first.quoted).toBe('');
    expect(first.timestamp).toBe(local(2025, 11, 3, 9, 14));
  });

  it('finds the inline reply editor, its toolbar slot beside Send, and that it belongs to the thread', () => {
    const [reply, ...others] = gmail.composers(doc);
    expect(others).toEqual([]);
    expect(reply!.kind).toBe('inline');
    expect(reply!.inOpenThread).toBe(true);
    expect(reply!.subject).toBeNull();
    expect(reply!.editor.getAttribute('g_editable')).toBe('true');
    expect(reply!.container.getAttribute('role')).toBe('region');
    expect(reply!.container.contains(reply!.editor)).toBe(true);
    expect(reply!.toolbarSlot!.matches('td.gU.Up')).toBe(true);
    expect(reply!.container.contains(reply!.toolbarSlot)).toBe(true);
    expect(reply!.toolbarSlot!.querySelector('[role="button"][aria-label^="Send"]')).not.toBeNull();
  });

  it("names the blocks inside the editor that the letter must stay above: quoted history and the user's signature", () => {
    const { editor } = gmail.composers(doc)[0]!;
    const guarded = [...editor.querySelectorAll(gmail.protectedBlocks.join(', '))];
    expect(guarded.some((el) => el.matches('.gmail_quote_container'))).toBe(true);
    expect(guarded.some((el) => el.matches('.gmail_signature[data-smartmail="gmail_signature"]'))).toBe(true);
    expect(guarded.some((el) => el.matches('.gmail_signature_prefix'))).toBe(true);
    // The empty first line, where the user (and our letter) writes, is not protected.
    const firstChild = editor.firstElementChild!;
    expect(guarded.some((el) => el === firstChild || el.contains(firstChild))).toBe(false);
  });

  it("reads the signed-in user from the account button's label", () => {
    expect(gmail.currentUser(doc)).toEqual({ name: 'Alex Morgan', email: 'alex.morgan@gmail.com' });
  });

  it("points at the Reply button of the recruiter's last message", () => {
    const button = gmail.replyButton!(doc)!;
    expect(button.getAttribute('aria-label')).toBe('Reply');
    expect(button.closest('[data-message-id]')!.getAttribute('data-message-id')).toBe('#msg-f:1849551930487512377');
  });

  it('composerHint matches the reply as it is added to the page', () => {
    const added = doc.querySelector('.ip.adB')!;
    expect(added.matches(gmail.composerHint) || added.querySelector(gmail.composerHint) !== null).toBe(true);
    expect(doc.querySelector('h2.hP')!.matches(gmail.composerHint)).toBe(false);
  });

  it('still finds the inline reply by its place in the thread if the reply area loses its class', () => {
    const copy = fixture('gmail-thread-inline-reply.html');
    copy.querySelector('.ip.adB')!.className = 'renamed';
    const [reply] = gmail.composers(copy);
    expect(reply!.kind).toBe('inline');
    expect(reply!.inOpenThread).toBe(true);
  });

  it('an inline forward sits in the thread but does not answer it', () => {
    const copy = fixture('gmail-thread-inline-reply.html');
    copy.querySelector<HTMLInputElement>('.ip.adB input[name="subjectbox"]')!.value = 'Fwd: Offer: Senior Frontend Engineer at Northwind Labs';
    const [forward] = gmail.composers(copy);
    expect(forward!.kind).toBe('inline');
    expect(forward!.inOpenThread).toBe(false);
  });

  it('without the account button, takes the address from the page title', () => {
    const copy = fixture('gmail-thread-inline-reply.html');
    copy.querySelector('a[aria-label^="Google Account"]')!.remove();
    expect(gmail.currentUser(copy)).toEqual({ name: null, email: 'alex.morgan@gmail.com' });
    // …and still knows which message is the user's.
    expect(gmail.readThread(copy)!.messages.map((m) => m.byUser)).toEqual([false, true, false]);
  });

  it('reads a thread given only the thread region as root (user unknown: no message is marked as theirs)', () => {
    const main = doc.querySelector('[role="main"]')!;
    const thread = gmail.readThread(main)!;
    expect(thread.messages).toHaveLength(3);
    expect(thread.messages.every((m) => !m.byUser)).toBe(true);
    expect(thread.recruiterIndex).toBe(2);
  });
});

describe('gmail: reply popped out to the bottom compose area (gmail-thread-popout-reply.html)', () => {
  const doc = fixture('gmail-thread-popout-reply.html');

  it('finds both moles: the "Re:" reply belongs to the open thread, the new message does not', () => {
    const found = gmail.composers(doc);
    expect(found.map((c) => [c.kind, c.subject, c.inOpenThread])).toEqual([
      ['popout', 'Re: Offer: Senior Frontend Engineer at Northwind Labs', true],
      ['popup', '', false],
    ]);
    for (const c of found) {
      expect(c.editor.closest('[role="dialog"]')).not.toBeNull();
      expect(c.container.contains(c.editor)).toBe(true);
      expect(c.toolbarSlot!.matches('td.gU.Up')).toBe(true);
      expect(c.container.contains(c.toolbarSlot)).toBe(true);
    }
  });

  it('reads the thread behind the moles', () => {
    const thread = gmail.readThread(doc)!;
    expect(thread.subject).toBe('Offer: Senior Frontend Engineer at Northwind Labs');
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]!.fromName).toBe('Priya Raman');
    expect(thread.messages[0]!.signature).toBe('Priya Raman\nSenior Technical Recruiter | Northwind Labs');
    expect(thread.recruiterIndex).toBe(0);
  });

  function withReplySubject(subject: string) {
    const copy = fixture('gmail-thread-popout-reply.html');
    const input = copy.querySelector<HTMLInputElement>('[role="dialog"] input[name="subjectbox"]')!;
    input.value = subject;
    // Gmail's mole title mirrors the subject ("New Message" while there is none).
    copy.querySelector('[role="dialog"] .aYF')!.textContent = subject || 'New Message';
    return gmail.composers(copy)[0]!;
  }

  it.each([
    'RE: Offer: Senior Frontend Engineer at Northwind Labs',
    'AW: Offer: Senior Frontend Engineer at Northwind Labs',
    'Antw: Offer: Senior Frontend Engineer at Northwind Labs',
    'SV: Offer: Senior Frontend Engineer at Northwind Labs',
    'Réf. : Offer: Senior Frontend Engineer at Northwind Labs',
    'RE : Offer: Senior Frontend Engineer at Northwind Labs',
    're: re:  offer: senior frontend engineer at northwind labs',
  ])('a reply subject "%s" belongs to the open thread', (subject) => {
    const c = withReplySubject(subject);
    expect(c.kind).toBe('popout');
    expect(c.inOpenThread).toBe(true);
  });

  it.each([
    ['Re: Offer: Staff Engineer at Fabrikam', 'popout'],
    ['Fwd: Offer: Senior Frontend Engineer at Northwind Labs', 'popout'],
    ['Offer: Senior Frontend Engineer at Northwind Labs', 'popup'],
    ['', 'popup'],
  ])('a draft titled "%s" is not a reply to this thread', (subject, kind) => {
    const c = withReplySubject(subject);
    expect(c.kind).toBe(kind);
    expect(c.inOpenThread).toBe(false);
  });

  it('the Reply link under the thread is the fallback reply control', () => {
    const copy = fixture('gmail-thread-popout-reply.html');
    copy.querySelector('.aaq')!.remove();
    expect(gmail.replyButton!(copy)!.matches('span.ams.bkH')).toBe(true);
  });

  /** The fixture without its message's Reply button, in German, and with no class attribute left. */
  function withoutClassesInGerman(): Document {
    const copy = fixture('gmail-thread-popout-reply.html');
    copy.querySelector('.aaq')!.remove();
    copy.querySelector('span.ams.bkH')!.textContent = 'Antworten';
    copy.querySelector('span.ams.bkG')!.textContent = 'Weiterleiten';
    for (const el of copy.querySelectorAll('[class]')) el.removeAttribute('class');
    return copy;
  }

  it('without classes and in another language, the Reply link is found by its role and its place in the row', () => {
    const link = gmail.replyButton!(withoutClassesInGerman())!;
    expect(link.getAttribute('role')).toBe('link');
    expect(link.textContent).toBe('Antworten');
  });

  it('a row of links above the last message is not taken for the thread\'s Reply link', () => {
    const copy = withoutClassesInGerman();
    copy.body.insertAdjacentHTML('afterbegin', '<div><span role="link" tabindex="0">Inbox</span><span role="link" tabindex="0">Starred</span></div>');
    expect(gmail.replyButton!(copy)!.textContent).toBe('Antworten');
  });
});

describe('gmail: personal thread (gmail-thread-non-recruiter.html)', () => {
  const doc = fixture('gmail-thread-non-recruiter.html');

  it("reads it; the other side's message is the last one the user did not send", () => {
    const thread = gmail.readThread(doc)!;
    expect(thread.subject).toBe('Dinner on Saturday?');
    expect(thread.messages.map((m) => [m.fromName, m.byUser, m.timestamp])).toEqual([
      ['Sam Rivera', false, local(2025, 11, 7, 19, 5)],
      ['Alex Morgan', true, local(2025, 11, 8, 9, 12)],
    ]);
    expect(thread.recruiterIndex).toBe(0);
    expect(thread.messages[1]!.body).toBe("Sounds lovely, count me in! I'll bring dessert and Carcassonne.\n\nAlex");
    expect(thread.messages[1]!.quoted).toMatch(/^On Fri, 7 Nov 2025 at 19:05, Sam Rivera <sam\.rivera@gmail\.com> wrote:/);
  });

  it('has no editor open, and the reply control is the friend\'s message\'s Reply button', () => {
    expect(gmail.composers(doc)).toEqual([]);
    expect(gmail.replyButton!(doc)!.closest('[data-message-id]')!.getAttribute('data-message-id')).toBe('#msg-f:1849700112233445566');
  });
});

describe('gmail: renamed markup (gmail-broken.html)', () => {
  const doc = fixture('gmail-broken.html');
  it('returns nothing, quietly', () => {
    expect(gmail.readThread(doc)).toBeNull();
    expect(gmail.composers(doc)).toEqual([]);
    expect(gmail.currentUser(doc)).toBeNull();
    expect(gmail.replyButton!(doc)).toBeNull();
  });
});

describe('gmail: empty roots', () => {
  it('an empty document, element or fragment gives nothing', () => {
    for (const root of [parse(''), document.createElement('div'), document.createDocumentFragment()]) {
      expect(gmail.readThread(root)).toBeNull();
      expect(gmail.composers(root)).toEqual([]);
      expect(gmail.currentUser(root)).toBeNull();
      expect(gmail.replyButton!(root)).toBeNull();
    }
  });
});

describeShared('gmail: real captures', () => {
  it('gmail-compose-popup-2020: one popup composer with a toolbar slot holding Send', () => {
    const doc = real('gmail-compose-popup-2020.html');
    const found = gmail.composers(doc);
    expect(found).toHaveLength(1);
    const [c] = found;
    expect(c!.kind).toBe('popup');
    expect(c!.subject).toBe('');
    expect(c!.inOpenThread).toBe(false);
    expect(c!.editor.id).toBe(':8o');
    expect(c!.container.getAttribute('role')).toBe('region');
    expect(c!.toolbarSlot!.matches('td.gU.Up')).toBe(true);
    expect(c!.toolbarSlot!.querySelector('[role="button"]')!.getAttribute('aria-label')).toMatch(/^Send/);
    expect(gmail.readThread(doc)).toBeNull();
    expect(gmail.currentUser(doc)).toBeNull();
  });

  it('gmail-message-expanded-2025: sender "Vinod Kumar" <vinod.jptnp@gmail.com>, date and body', () => {
    const doc = real('gmail-message-expanded-2025.html');
    const thread = gmail.readThread(doc)!;
    expect(thread.subject).toBe(''); // the capture has no subject heading
    expect(thread.messages).toHaveLength(1);
    const [m] = thread.messages;
    expect(m!.fromName).toBe('Vinod Kumar');
    expect(m!.fromEmail).toBe('vinod.jptnp@gmail.com');
    expect(m!.dateText).toBe('20 Aug 2025, 13:19');
    expect(m!.timestamp).toBe(local(2025, 8, 20, 13, 19));
    expect(m!.body).toMatch(/^Congratulations!!!\n\nFollowing students have been offered by Oracle Financial Services Software \(OFSS\)\./);
    expect(m!.body).toContain('Role: Associate Consultant');
    expect(m!.body).toMatch(/Thanks & Regards\n\nVinod Kumar\n\nSr\. Officer - T & P\n\nJIIT, Noida$/);
    // Google Groups' footer follows the conventional "-- " line.
    expect(m!.signature).toMatch(/^You received this message because you are subscribed to the Google Groups "JIIT Engg 2026" group\./);
    expect(m!.byUser).toBe(false);
    expect(thread.recruiterIndex).toBe(0);
    expect(gmail.composers(doc)).toEqual([]);
    expect(gmail.replyButton!(doc)!.getAttribute('aria-label')).toBe('Reply');
  });

  it('gmail-message-expanded-2025 in another language and without classes: the Reply button is the one before "More"', () => {
    const html = readShared('fixtures', 'real', 'gmail-message-expanded-2025.html')
      .replace('data-tooltip="Reply" aria-label="Reply"', 'data-tooltip="Antworten" aria-label="Antworten"')
      .replace(/\sclass="[^"]*"/g, '');
    const button = gmail.replyButton!(parse(html))!;
    expect(button.getAttribute('aria-label')).toBe('Antworten');
    expect(button.nextElementSibling!.getAttribute('aria-haspopup')).toBe('true');
  });

  it('gmail-inbox-list-2014: no thread open, no composers, nothing to reply to', () => {
    const doc = real('gmail-inbox-list-2014.html');
    expect(gmail.readThread(doc)).toBeNull();
    expect(gmail.composers(doc)).toEqual([]);
    expect(gmail.currentUser(doc)).toBeNull();
    expect(gmail.replyButton!(doc)).toBeNull();
  });

  it('the selector table is the one the adapter exports', () => {
    expect(gmail.protectedBlocks).toBe(GMAIL_SELECTORS.protectedBlock);
  });
});
