/**
 * The Outlook adapter on Outlook as people use it beyond the en-US reading pane: other display languages (French,
 * Spanish, Japanese, Arabic right to left; every label translated, see tests/support/outlook-variants.ts), the new
 * account control, and replies in windows of their own whose quoted history is collapsed, read on their own or
 * with the window that opened them (core/read/opener.ts).
 */
import { outlook } from '../../core/read/hosts';
import { readPageWithOpener } from '../../core/read/opener';
import { readPage } from '../../core/read/page';
import { localizeOutlook, newAccountControl, type OutlookUiLanguage } from '../support/outlook-variants';
import { renameClasses } from '../support/rename-classes';
import { readFixture } from '../support/shared';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const LANGUAGES: OutlookUiLanguage[] = ['fr', 'es', 'ja', 'ar'];

describe.each(LANGUAGES)('outlook in %s: the inline reply, with no English label on the page', (lang) => {
  const doc = parse(localizeOutlook(readFixture('outlook-reading-pane-reply.html'), lang));

  it('has no English label left (the variant is honest)', () => {
    const labels = [...doc.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
    expect(labels).not.toContain('Send');
    expect(labels).not.toContain('Reply');
    expect(labels.some((l) => l!.startsWith('Message body'))).toBe(false);
    expect(labels.some((l) => l!.startsWith('From:'))).toBe(false);
  });

  it('finds the reply editor and a toolbar slot beside Send', () => {
    const [c, ...rest] = outlook.composers(doc);
    expect(rest).toEqual([]);
    expect(c!.kind).toBe('inline');
    expect(c!.inOpenThread).toBe(true);
    expect(c!.toolbarSlot!.querySelector(':scope > .fui-SplitButton > .fui-SplitButton__primaryActionButton')).not.toBeNull();
  });

  it('reads every sender, the subject, and the account name from the new account control', () => {
    const thread = outlook.readThread(doc)!;
    expect(thread.subject).toBe('Interview invitation – Data Analyst');
    expect(thread.messages.map((m) => [m.fromName, m.fromEmail, m.byUser])).toEqual([
      ['Doe, Jane', 'jane.doe@contoso.com', false],
      ['Alex Morgan', 'alex.morgan@outlook.com', true],
      ['Doe, Jane', 'jane.doe@contoso.com', false],
    ]);
    expect(outlook.currentUser(doc)).toEqual({ name: 'Alex Morgan', email: 'alex.morgan@outlook.com' });
    expect(thread.source).toBe('thread');
  });

  it('finds the Reply button by its icon', () => {
    expect(outlook.replyButton!(doc)!.querySelector('i[data-icon-name="ArrowReplyRegular"]')).not.toBeNull();
  });
});

describe.each(LANGUAGES)('outlook in %s with every class name renamed: no label and no class to go by', (lang) => {
  it.each([
    ['outlook-reading-pane-reply.html', 'inline'],
    ['outlook-popout-collapsed.html', 'popout'],
  ] as const)('%s: the reply, and the slot beside Send found by the split button\'s structure', (file, kind) => {
    const doc = parse(renameClasses(localizeOutlook(readFixture(file), lang)));
    const [c, ...rest] = outlook.composers(doc);
    expect(rest).toEqual([]);
    expect([c!.kind, c!.inOpenThread]).toEqual([kind, true]);
    // The slot holds the Send group: its first button, followed by the menu of send options.
    const send = c!.toolbarSlot!.querySelector('[role="group"] > button:first-child')!;
    expect(send.textContent).toContain('\u27A4');
    expect(send.nextElementSibling!.getAttribute('aria-haspopup')).toBe('true');
  });
});

describe('outlook: a popped-out reply with the history collapsed (outlook-popout-collapsed.html)', () => {
  const popout = parse(readFixture('outlook-popout-collapsed.html'));
  const main = parse(readFixture('outlook-reading-pane-reply.html'));

  it('finds the composer, its "Subject" field and the slot beside Send', () => {
    const [c] = outlook.composers(popout);
    expect(c!.kind).toBe('popout');
    expect(c!.subject).toBe('RE: Interview invitation – Data Analyst');
    expect(c!.inOpenThread).toBe(true);
    expect(c!.toolbarSlot).not.toBeNull();
  });

  it('on its own: reads the recipient and the subject, and says so', () => {
    const thread = outlook.readThread(popout)!;
    expect(thread.source).toBe('draft');
    expect(thread.subject).toBe('Interview invitation – Data Analyst');
    expect(thread.messages).toEqual([expect.objectContaining({ fromName: 'Doe, Jane', fromEmail: 'jane.doe@contoso.com', body: '' })]);
    expect(thread.recruiterIndex).toBe(0);
    expect(readPage(outlook, popout)).toEqual({ snapshot: thread, user: null });
  });

  it('with the window that opened it: reads that conversation and that account', () => {
    const { snapshot, user } = readPageWithOpener(outlook, popout, main);
    expect(snapshot!.source).toBe('opener');
    expect(snapshot!.messages).toHaveLength(3);
    expect(snapshot!.messages[2]!.body).toMatch(/^Hi Alex,\n\nOf course!/);
    expect(user).toEqual({ name: 'Alex Morgan', email: 'alex.morgan@outlook.com' });
  });

  it('the opener showing another thread is not used', () => {
    const other = parse(readFixture('outlook-reading-pane-reply.html'));
    const heading = other.querySelector('[role="heading"]')!;
    heading.setAttribute('title', 'Your receipt');
    heading.textContent = 'Your receipt';
    expect(readPageWithOpener(outlook, popout, other).snapshot!.source).toBe('draft');
  });

  it('a pop-out that quotes the original reads the quote before the opener only when the opener shows another thread', () => {
    const quoting = parse(readFixture('outlook-popout-compose.html'));
    expect(readPage(outlook, quoting).snapshot!.source).toBe('quote');
    expect(readPageWithOpener(outlook, quoting, main).snapshot!.source).toBe('opener');
  });

  it('a new mail (no reply prefix) names no thread', () => {
    const copy = parse(readFixture('outlook-popout-collapsed.html'));
    copy.querySelector<HTMLInputElement>('input[aria-label="Subject"]')!.value = 'Interview invitation – Data Analyst';
    expect(outlook.readThread(copy)).toBeNull();
    expect(outlook.composers(copy)[0]!.inOpenThread).toBe(false);
  });

  it('in every language the pop-out is found and read', () => {
    for (const lang of LANGUAGES) {
      const doc = parse(localizeOutlook(readFixture('outlook-popout-collapsed.html'), lang));
      const [c] = outlook.composers(doc);
      expect(c?.toolbarSlot, lang).toBeTruthy();
      expect(c!.inOpenThread, lang).toBe(true);
      expect(outlook.readThread(doc)!.messages[0]!.fromEmail, lang).toBe('jane.doe@contoso.com');
    }
  });
});

describe('outlook: the account control of the new Outlook', () => {
  it('is read when the old header button is absent; an address there is the address, not a name', () => {
    const doc = parse(`<body>${newAccountControl('Camille Durand', 'CD')}</body>`);
    expect(outlook.currentUser(doc)).toEqual({ name: 'Camille Durand', email: null });
    const withAddress = parse(`<body>${newAccountControl('camille@contoso.fr', 'CD')}</body>`);
    expect(outlook.currentUser(withAddress)).toEqual({ name: null, email: 'camille@contoso.fr' });
  });
});

describe('what each source of a pop-out gives the letter (the measured reason for the order in core/read/opener.ts)', () => {
  const main = parse(readFixture('outlook-reading-pane-reply.html'));
  const cases = [
    ['opener', parse(readFixture('outlook-popout-collapsed.html')), main],
    ['quote', parse(readFixture('outlook-popout-compose.html')), null],
    ['draft', parse(readFixture('outlook-popout-collapsed.html')), null],
  ] as const;

  it.each(cases)('%s', async (source, popout, opener) => {
    const { analyseThread, toThreadInfo } = await import('../../core/pipeline');
    const { snapshot, user } = readPageWithOpener(outlook, popout, opener);
    const info = toThreadInfo('outlook', analyseThread(snapshot, user), { hasDraft: true, canOpenReply: false });
    expect(info.readFrom).toBe(source);
    const got = { ...info.recruiter, kind: info.kind, messages: snapshot!.messages.length, userName: info.userName, received: info.receivedAt !== null };
    // Every source finds the recruiter, the role and the company; only the opener also gives the whole
    // conversation and the account (to sign with); the quote gives the date; recipient and subject give neither.
    expect(got).toMatchObject({ firstName: 'Jane', role: 'Data Analyst', kind: 'interview' });
    expect(got).toMatchObject(
      source === 'opener'
        ? { company: 'Contoso Ltd.', messages: 3, userName: 'Alex Morgan', received: true }
        : source === 'quote'
          ? { company: 'Contoso Ltd.', messages: 1, userName: null, received: true }
          : { messages: 1, userName: null, received: false },
    );
  });
});
