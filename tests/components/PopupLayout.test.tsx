/**
 * The popup after a mail-site redesign: when the page shows a conversation the content script could not read, the
 * popup says the layout was not recognised (not "open the email"), still offers editable fields and Copy, and its
 * page check lists which parts of the page were found.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Popup } from '../../components/Popup';
import type { Letter } from '../../core/model';
import type { InsertResult, LayoutCheck, ThreadInfo } from '../../core/protocol';
import { defaultPreferences } from '../../core/settings/preferences';

const ALL_FOUND: LayoutCheck = { thread: true, sender: true, body: true, editor: true, toolbar: true };
const NOTHING: LayoutCheck = { thread: false, sender: false, body: false, editor: false, toolbar: false };

function info(overrides: Partial<ThreadInfo>): ThreadInfo {
  return {
    host: 'gmail',
    threadOpen: true,
    subject: 'Offer: Senior Product Designer at Acme Robotics',
    recruiter: { firstName: 'Dana', fullName: 'Dana Whitfield', role: 'Senior Product Designer', company: 'Acme Robotics' },
    kind: 'offer',
    stage: 'offer',
    receivedAt: null,
    readFrom: null,
    userName: 'Jane Doe',
    language: 'en',
    hasDraft: true,
    canOpenReply: false,
    ...overrides,
  };
}

const unread = (layout: LayoutCheck): ThreadInfo =>
  info({ threadOpen: false, subject: '', recruiter: { firstName: null, fullName: null, role: null, company: null }, kind: 'other', stage: 'outreach', hasDraft: false, layout, layoutUnrecognised: true });

function setup(thread: ThreadInfo) {
  const copy = vi.fn<(l: Letter) => Promise<void>>(() => Promise.resolve());
  const insert = vi.fn<(l: Letter) => Promise<InsertResult>>(() => Promise.resolve({ ok: true }));
  render(<Popup prefs={defaultPreferences()} loadThread={() => Promise.resolve(thread)} insert={insert} copy={copy} />);
  return { copy, insert };
}

const check = () => screen.getByText('Page check').closest('details')!;
const parts = () => within(check()).getAllByRole('listitem').map((li) => li.textContent);

describe('Popup: layout not recognised', () => {
  test('says so, keeps Insert disabled, and offers editable fields and Copy', async () => {
    const { copy, insert } = setup(unread({ ...NOTHING, editor: true, toolbar: true }));
    await screen.findByText(/This page’s layout was not recognised/);
    const insertButton = screen.getByRole('button', { name: 'Insert into reply' }) as HTMLButtonElement;
    expect(insertButton.disabled).toBe(true);
    expect(insertButton.getAttribute('aria-describedby')).toBe('dp-insert-why');
    expect(screen.queryByText(/To insert, open the recruiter’s email/)).toBeNull();

    // The user fills in what could not be read; the letter follows and can be copied.
    fireEvent.input(screen.getByLabelText('First name'), { target: { value: 'Priya' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy letter' }));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(1));
    expect(copy.mock.calls[0]![0].text).toMatch(/^(?:Hi|Hello) Priya,/);
    expect(insert).not.toHaveBeenCalled();
  });

  test('the page check is open and lists each part as found or not found', async () => {
    setup(unread({ ...NOTHING, editor: true, toolbar: true }));
    await screen.findByText('Page check');
    expect(check().open).toBe(true);
    expect(parts()).toEqual(['Conversation: not found', 'Sender: not found', 'Message text: not found', 'Reply editor: found', 'Reply toolbar: found']);
  });
});

describe('Popup: layout recognised', () => {
  test('the page check is there, folded, with every part found', async () => {
    setup(info({ layout: ALL_FOUND, layoutUnrecognised: false }));
    await screen.findByText('Page check');
    expect(check().open).toBe(false);
    expect(parts()).toEqual(['Conversation: found', 'Sender: found', 'Message text: found', 'Reply editor: found', 'Reply toolbar: found']);
  });

  test('a mail tab with no email open still asks to open the email', async () => {
    setup(info({ threadOpen: false, layout: NOTHING, layoutUnrecognised: false }));
    await screen.findByText(/To insert, open the recruiter’s email in this tab/);
    expect(screen.queryByText(/layout was not recognised/)).toBeNull();
  });

  test('without a page check from the content script, none is shown', async () => {
    setup(info({}));
    await screen.findByDisplayValue('Dana');
    expect(screen.queryByText('Page check')).toBeNull();
  });
});
