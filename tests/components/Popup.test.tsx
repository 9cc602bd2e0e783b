import { act, cleanup as cleanupView, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Popup, type PopupProps } from '../../components/Popup';
import type { Letter } from '../../core/model';
import type { InsertResult, ThreadInfo } from '../../core/protocol';
import { defaultPreferences, type Preferences } from '../../core/settings/preferences';

const NOW = Date.UTC(2025, 10, 20, 12);
const DAY = 24 * 60 * 60 * 1000;

function thread(overrides: Partial<ThreadInfo> = {}): ThreadInfo {
  return {
    host: 'gmail',
    threadOpen: true,
    subject: 'Offer: Senior Product Designer at Acme Robotics',
    recruiter: { firstName: 'Dana', fullName: 'Dana Whitfield', role: 'Senior Product Designer', company: 'Acme Robotics' },
    kind: 'offer',
    stage: 'offer',
    receivedAt: NOW - 6 * 60 * 60 * 1000,
    userName: 'Jane Doe',
    readFrom: null,
    language: 'en',
    hasDraft: true,
    canOpenReply: false,
    ...overrides,
  };
}

function setup(options: { thread?: ThreadInfo | null | Promise<ThreadInfo | null>; prefs?: Partial<Preferences>; props?: Partial<PopupProps> } = {}) {
  const loadThread = vi.fn(() => Promise.resolve(options.thread === undefined ? thread() : options.thread));
  const insert = vi.fn<(l: Letter) => Promise<InsertResult>>(() => Promise.resolve({ ok: true }));
  const copy = vi.fn<(l: Letter) => Promise<void>>(() => Promise.resolve());
  const prefs = { ...defaultPreferences(), ...options.prefs };
  const view = render(<Popup prefs={prefs} loadThread={loadThread} insert={insert} copy={copy} now={NOW} {...options.props} />);
  return { loadThread, insert, copy, prefs, view };
}

const preview = () => screen.getByRole('region', { name: 'Letter preview' }).textContent ?? '';
const insertButton = () => screen.getByRole('button', { name: 'Insert into reply' }) as HTMLButtonElement;
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('Popup', () => {
  test('an unsure value shows in its field marked as a suggestion, and enters the letter only once confirmed', async () => {
    setup({
      thread: thread({
        recruiter: { firstName: 'Dana', fullName: 'Dana Whitfield', role: null, company: 'Acme Robotics' },
        suggestions: { role: 'Product Designer' },
      }),
    });
    await waitFor(() => expect(field('Role').value).toBe('Product Designer'));
    expect(field('Role').getAttribute('data-suggested')).toBe('true');
    expect(field('Role').getAttribute('aria-describedby')).toBe('dp-role-suggested');
    expect(screen.getByText(/Suggestion, not certain/)).toBeTruthy();
    // The letter does not state it yet.
    expect(preview()).not.toContain('Product Designer');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(preview()).toContain('Product Designer'));
    expect(field('Role').getAttribute('data-suggested')).toBeNull();
    expect(screen.queryByText(/Suggestion, not certain/)).toBeNull();
  });

  test('a suggested first name (a given name no list knows) is greeted only once confirmed', async () => {
    setup({ thread: thread({ recruiter: { firstName: null, fullName: null, role: null, company: 'Acme Robotics' }, suggestions: { firstName: 'Oyelaran', fullName: 'Oyelaran Adebisi' } }) });
    await waitFor(() => expect(field('First name').value).toBe('Oyelaran'));
    expect(field('First name').getAttribute('data-suggested')).toBe('true');
    expect(preview()).not.toContain('Oyelaran');
    fireEvent.click(screen.getAllByRole('button', { name: 'Confirm' })[0] as HTMLElement);
    await waitFor(() => expect(preview()).toContain('Oyelaran'));
  });

  test('clearing a suggested field keeps it empty', async () => {
    setup({ thread: thread({ recruiter: { firstName: 'Dana', fullName: null, role: null, company: null }, suggestions: { company: 'Kestrel' } }) });
    await waitFor(() => expect(field('Company').value).toBe('Kestrel'));
    fireEvent.input(field('Company'), { target: { value: '' } });
    expect(field('Company').value).toBe('');
    expect(preview()).not.toContain('Kestrel');
  });

  test('mail with nothing to decline says why the page shows no button', async () => {
    setup({ thread: thread({ kind: 'other', stage: 'outreach', nothingToDecline: 'rejection' }) });
    await waitFor(() => expect(screen.getByRole('note').textContent).toMatch(/turns you down/));
  });

  test('mail the stage table reads as nothing to decline says so', async () => {
    setup({ thread: thread({ kind: 'other', stage: 'outreach', nothingToDecline: 'noRequest' }) });
    await waitFor(() => expect(screen.getByRole('note').textContent).toMatch(/Nothing in this message reads as an offer, an invitation or an approach/));
  });

  test('a split stage is noted until the user picks one', async () => {
    setup({ thread: thread({ kind: 'outreach', stage: 'outreach', stageAlternatives: ['interview'] }) });
    await waitFor(() => expect(screen.getByText(/may also be at another stage/)).toBeTruthy());
    fireEvent.click(screen.getByRole('radio', { name: 'Interview' }));
    expect(screen.queryByText(/may also be at another stage/)).toBeNull();
  });

  test('renders the form at once with the defaults, then fills in what was read from the thread', async () => {
    let resolve!: (t: ThreadInfo) => void;
    setup({ thread: new Promise<ThreadInfo>((r) => (resolve = r)) });
    // Before the content script answers: usable form, empty fields, the preferences' reason and tone.
    expect((screen.getByLabelText('Reason') as HTMLSelectElement).value).toBe('accepted-other-offer');
    expect((screen.getByRole('radio', { name: 'Warm' }) as HTMLInputElement).checked).toBe(true);
    expect(field('First name').value).toBe('');
    expect(preview()).toMatch(/^(?:Hello|Hi there),/);
    expect(insertButton().disabled).toBe(true);

    await act(async () => resolve(thread()));
    expect(field('First name').value).toBe('Dana');
    expect(field('Full name').value).toBe('Dana Whitfield');
    expect(field('Role').value).toBe('Senior Product Designer');
    expect(field('Company').value).toBe('Acme Robotics');
    expect((screen.getByRole('radio', { name: 'Offer' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Received today')).toBeTruthy();
    expect(preview()).toMatch(/^(?:Hi|Hello) Dana,/);
    expect(preview()).toContain('the Senior Product Designer role at Acme Robotics');
    expect(preview()).toContain('Jane Doe');
    expect(insertButton().disabled).toBe(false);
  });

  test('what the user typed before the thread arrived is kept', async () => {
    let resolve!: (t: ThreadInfo) => void;
    setup({ thread: new Promise<ThreadInfo>((r) => (resolve = r)) });
    fireEvent.input(field('First name'), { target: { value: 'Danielle' } });
    await act(async () => resolve(thread()));
    expect(field('First name').value).toBe('Danielle');
    expect(field('Company').value).toBe('Acme Robotics');
    expect(preview()).toMatch(/^(?:Hi|Hello) Danielle,/);
  });

  test('defaults come from preferences', async () => {
    setup({ prefs: { defaultReason: 'compensation', defaultTone: 'formal', keepDoorOpen: false } });
    await screen.findByDisplayValue('Dana');
    expect((screen.getByLabelText('Reason') as HTMLSelectElement).value).toBe('compensation');
    expect((screen.getByRole('radio', { name: 'Formal' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('switch', { name: /Keep the door open/ }) as HTMLInputElement).checked).toBe(false);
    expect(preview()).toMatch(/^(?:Dear|Hello) Dana,/);
    expect(preview()).toMatch(/compensation|remuneration|pay\b/);
    expect(preview()).not.toMatch(/stay in touch/);
  });

  test('preferences that arrive after the first render update whatever the user has not changed', async () => {
    const { loadThread, insert, copy, view } = setup();
    await screen.findByDisplayValue('Dana');
    fireEvent.click(screen.getByRole('radio', { name: 'Brief' }));
    const prefs = { ...defaultPreferences(), defaultReason: 'location' as const, defaultTone: 'formal' as const };
    view.rerender(<Popup prefs={prefs} loadThread={loadThread} insert={insert} copy={copy} now={NOW} />);
    expect((screen.getByLabelText('Reason') as HTMLSelectElement).value).toBe('location');
    expect((screen.getByRole('radio', { name: 'Brief' }) as HTMLInputElement).checked).toBe(true);
    expect(loadThread).toHaveBeenCalledTimes(1);
  });

  test('the reason picker lists the reasons for the stage, and the preview follows every change', async () => {
    setup();
    await screen.findByDisplayValue('Dana');
    const reason = screen.getByLabelText('Reason') as HTMLSelectElement;
    const labels = () => within(reason).getAllByRole('option').map((o) => o.textContent);
    expect(labels()).not.toContain('Not looking right now');

    const before = preview();
    fireEvent.change(reason, { target: { value: 'compensation' } });
    expect(preview()).not.toBe(before);
    expect(preview()).toMatch(/compensation|remuneration|pay\b/);

    fireEvent.click(screen.getByRole('radio', { name: 'Outreach' }));
    expect(labels()).toContain('Not looking right now');
    expect(preview()).toMatch(/reaching out|getting in touch/);

    fireEvent.change(reason, { target: { value: 'not-looking' } });
    expect(preview()).toContain('not actively looking');
    // Back to offer: "not looking" does not fit, so a reason that does is used.
    fireEvent.click(screen.getByRole('radio', { name: 'Offer' }));
    expect(reason.value).toBe('staying-current-role');

    const warm = preview();
    fireEvent.click(screen.getByRole('radio', { name: 'Brief' }));
    expect(preview().length).toBeLessThan(warm.length);
    expect(preview()).toMatch(/^(?:Best|Regards),$/m);

    fireEvent.input(field('Company'), { target: { value: 'Globex' } });
    expect(preview()).toContain('at Globex');
    fireEvent.input(field('Role'), { target: { value: '' } });
    expect(preview()).toContain('the position at Globex');

    const door = screen.getByRole('switch', { name: /Keep the door open/ });
    expect(preview()).toMatch(/stay in touch/);
    fireEvent.click(door);
    expect(preview()).not.toMatch(/stay in touch/);
  });

  test('the custom reason opens a text field and its words go into the letter', async () => {
    setup();
    await screen.findByDisplayValue('Dana');
    expect(screen.queryByLabelText(/Your reason/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'custom' } });
    const text = screen.getByLabelText(/Your reason/) as HTMLTextAreaElement;
    fireEvent.input(text, { target: { value: "I've decided to take some time off to travel" } });
    // Reworded so it does not repeat the letter's own "I've decided".
    expect(preview()).toContain("I'm going to take some time off to travel.");
  });

  test('a short reason typed for a German letter goes into that letter (language known from the letter, not guessed)', async () => {
    setup({ thread: thread({ language: 'de' }) });
    await screen.findByDisplayValue('Dana');
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'custom' } });
    fireEvent.input(screen.getByLabelText(/Your reason/), { target: { value: 'Ich ziehe nach Berlin um.' } });
    expect(preview()).toContain('Ich ziehe nach Berlin um.');
  });

  test('the etiquette check says the default letter reads well, and flags a custom reason that overshares or criticises', async () => {
    setup();
    await screen.findByDisplayValue('Dana');
    expect(screen.getByText(/Reads well/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'custom' } });
    fireEvent.input(screen.getByLabelText(/Your reason/), {
      target: { value: 'The offer of $95k was a lowball, and my wife is pregnant so I need more.' },
    });
    const hints = screen.getByRole('list');
    const items = within(hints).getAllByRole('listitem').map((li) => li.getAttribute('data-hint'));
    expect(items).toEqual(['criticism', 'personal-details', 'salary-figures']);
    expect(screen.queryByText(/Reads well/)).toBeNull();
    // Advice only: insert and copy stay available.
    expect(insertButton().disabled).toBe(false);
  });

  test('turning "keep the door open" off gets a gentle hint', async () => {
    setup();
    await screen.findByDisplayValue('Dana');
    fireEvent.click(screen.getByRole('switch', { name: /Keep the door open/ }));
    expect(screen.getByText(/keeping the door open/)).toBeTruthy();
  });

  test('a message more than two days old gets a promptness nudge; a fresh one does not', async () => {
    setup({ thread: thread({ receivedAt: NOW - 5 * DAY }) });
    expect(await screen.findByText(/arrived 5 days ago/)).toBeTruthy();
    expect(screen.getByText('Received 5 days ago')).toBeTruthy();
  });

  test('no nudge for a recent message or when the date is unknown', async () => {
    setup({ thread: thread({ receivedAt: NOW - DAY }) });
    await screen.findByDisplayValue('Dana');
    expect(screen.queryByText(/arrived .* ago/)).toBeNull();
    expect(screen.getByText('Received yesterday')).toBeTruthy();
  });

  test('Insert sends the letter shown in the preview, then says so and calls onInserted', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const onInserted = vi.fn();
      const { insert } = setup({ props: { onInserted, closeDelay: 500 } });
      await screen.findByDisplayValue('Dana');
      fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'location' } });
      fireEvent.click(insertButton());
      expect(insert).toHaveBeenCalledTimes(1);
      const sent = insert.mock.calls[0]![0];
      expect(sent.text).toBe(preview());
      expect(sent.text).toContain('location');
      expect(sent.html).toContain('<div>Hi Dana,</div>');
      await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Inserted into your reply/));
      expect(onInserted).not.toHaveBeenCalled();
      await act(async () => {
        vi.advanceTimersByTime(600);
      });
      expect(onInserted).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('Ctrl+Enter inserts from anywhere in the form', async () => {
    const { insert } = setup();
    await screen.findByDisplayValue('Dana');
    fireEvent.keyDown(field('Company'), { key: 'Enter', ctrlKey: true });
    expect(insert).toHaveBeenCalledTimes(1);
  });

  test('an insert that fails shows the reason', async () => {
    const { insert } = setup();
    insert.mockResolvedValueOnce({ ok: false, problem: { code: 'replyClosed' } });
    await screen.findByDisplayValue('Dana');
    fireEvent.click(insertButton());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('This reply was closed. Open the reply again and retry.'));
  });

  test('an insert that throws (the tab went away) says what to do', async () => {
    const { insert } = setup();
    insert.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await screen.findByDisplayValue('Dana');
    fireEvent.click(insertButton());
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/did not answer/));
  });

  test('without a mail tab: empty fields, insert disabled with a one-line explanation, copy still works', async () => {
    const { copy, insert } = setup({ thread: null });
    await waitFor(() => expect(screen.getByText('To insert, open the email in Gmail or Outlook.')).toBeTruthy());
    expect(insertButton().disabled).toBe(true);
    expect(insertButton().getAttribute('aria-describedby')).toBe('dp-insert-why');
    expect(document.getElementById('dp-insert-why')?.textContent).toBe('To insert, open the email in Gmail or Outlook.');
    expect(field('First name').value).toBe('');
    expect(screen.getByText('No mail tab')).toBeTruthy();
    fireEvent.click(insertButton());
    expect(insert).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Copy letter' }));
    expect(copy).toHaveBeenCalledWith({ text: preview(), html: expect.stringMatching(/<div>(?:Hello|Hi there),<\/div>/) });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Copied/));
  });

  test('a mail tab with no thread open explains how to insert', async () => {
    setup({ thread: thread({ threadOpen: false, recruiter: { firstName: null, fullName: null, role: null, company: null } }) });
    await waitFor(() => expect(screen.getByText(/To insert, open the recruiter’s email/)).toBeTruthy());
    expect(insertButton().disabled).toBe(true);
  });

  test('no draft and no Reply button: explains; a Reply button the content script can press is enough', async () => {
    setup({ thread: thread({ hasDraft: false, canOpenReply: false }) });
    await waitFor(() => expect(screen.getByText(/click Reply in the email first/)).toBeTruthy());
    expect(insertButton().disabled).toBe(true);
  });

  test('no draft but a Reply button: insert is available', async () => {
    setup({ thread: thread({ hasDraft: false, canOpenReply: true }) });
    await screen.findByDisplayValue('Dana');
    expect(insertButton().disabled).toBe(false);
  });

  test('a failed copy says how to copy by hand', async () => {
    const { copy } = setup();
    copy.mockRejectedValueOnce(new Error('Document is not focused.'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy letter' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/could not be copied/));
  });

  test('a thread that cannot be read counts as no mail tab', async () => {
    render(
      <Popup
        prefs={defaultPreferences()}
        loadThread={() => Promise.reject(new Error('no receiver'))}
        insert={() => Promise.resolve({ ok: true })}
        copy={() => Promise.resolve()}
      />,
    );
    await waitFor(() => expect(insertButton().disabled).toBe(true));
    expect(await screen.findByText('To insert, open the email in Gmail or Outlook.')).toBeTruthy();
  });

  test('signs with the saved name, else the page’s account name, else says how to add one', async () => {
    setup({ prefs: { name: 'J. Doe' } });
    await screen.findByDisplayValue('Dana');
    expect(preview()).toMatch(/J\. Doe$/);
  });

  test('a reply in its own window says where its thread was read from; a thread read in place says nothing', async () => {
    setup({ thread: thread({ host: 'outlook', readFrom: 'opener' }) });
    expect(await screen.findByText('Read from the main Outlook window.')).toBeTruthy();
    cleanupView();
    setup({ thread: thread({ host: 'outlook', readFrom: 'draft' }) });
    expect(await screen.findByText(/Only the recipient and subject could be read/)).toBeTruthy();
    cleanupView();
    setup({ thread: thread({ host: 'outlook', readFrom: 'quote' }) });
    expect(await screen.findByText('Read from the message quoted in this reply.')).toBeTruthy();
    cleanupView();
    setup();
    await screen.findByDisplayValue('Dana');
    expect(screen.queryByText(/^Read from|recipient and subject could be/)).toBeNull();
  });

  test('with no name anywhere, a note points to Options', async () => {
    setup({ thread: thread({ userName: null }) });
    await screen.findByDisplayValue('Dana');
    expect(screen.getByText(/No name to sign with yet/)).toBeTruthy();
  });

  test('keyboard: the reason is focused on open, and everything is reachable as native controls', async () => {
    const openOptions = vi.fn();
    setup({ props: { openOptions } });
    await screen.findByDisplayValue('Dana');
    expect(document.activeElement).toBe(screen.getByLabelText('Reason'));
    for (const name of ['First name', 'Full name', 'Role', 'Company']) expect(screen.getByRole('textbox', { name })).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Stage' })).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Tone' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open options' }));
    expect(openOptions).toHaveBeenCalled();
  });
});

describe('letter language', () => {
  test('follows the language the recruiter wrote in', async () => {
    setup({ thread: thread({ language: 'de' }) });
    await waitFor(() => expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('de'));
    await waitFor(() => expect(screen.getByText(/^Hallo Dana,/)).toBeTruthy());
  });

  test('the saved preference wins over the thread, and the picker over both', async () => {
    setup({ thread: thread({ language: 'de' }), prefs: { language: 'fr' } });
    await waitFor(() => expect(screen.getByText(/^Bonjour Dana,/)).toBeTruthy());
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    await waitFor(() => expect(screen.getByText(/^Hola, Dana:/)).toBeTruthy());
  });
});

