import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { DeclineButton, type DeclineButtonProps } from '../../components/DeclineButton';

function setup(overrides: Partial<DeclineButtonProps> = {}) {
  const onInsert = vi.fn<DeclineButtonProps['onInsert']>(() => ({ ok: true }));
  const onOpenOptions = vi.fn();
  render(
    <DeclineButton
      stage="offer"
      defaultReason="accepted-other-offer"
      defaultTone="warm"
      customReasonAvailable={false}
      onInsert={onInsert}
      onOpenOptions={onOpenOptions}
      {...overrides}
    />,
  );
  return { onInsert, onOpenOptions };
}

describe('DeclineButton', () => {
  test('with a split stage, the menu offers the other stage, inserts a letter for it, and keeps it for later picks', async () => {
    const { onInsert } = setup({ stage: 'outreach', defaultReason: 'not-looking', stageAlternatives: ['interview'] });
    fireEvent.click(screen.getByRole('button', { name: 'More decline options' }));
    const stages = screen.getByRole('group', { name: 'Stage' });
    expect(Array.from(stages.querySelectorAll('[role="menuitemradio"]')).map((e) => e.textContent)).toEqual(['Outreach', 'Interview']);
    expect(screen.getByRole('menuitemradio', { name: 'Outreach' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Interview' }));
    // "Not looking" does not fit an interview: the letter uses a reason that does.
    await waitFor(() => expect(onInsert).toHaveBeenCalledTimes(1));
    const choice = onInsert.mock.calls[0]?.[0];
    expect(choice?.stage).toBe('interview');
    expect(choice?.reason).not.toBe('not-looking');
    // The picked stage stays: the main button and a later tone pick write for the interview too.
    await waitFor(() => expect((screen.getByRole('button', { name: 'Decline politely' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Decline politely' }));
    await waitFor(() => expect(onInsert).toHaveBeenCalledTimes(2));
    expect(onInsert.mock.calls[1]?.[0]?.stage).toBe('interview');
    fireEvent.click(screen.getByRole('button', { name: 'More decline options' }));
    expect(screen.getByRole('menuitemradio', { name: 'Interview' }).getAttribute('aria-checked')).toBe('true');
  });

  test('without alternatives there is no stage group', () => {
    setup({ stage: 'offer' });
    fireEvent.click(screen.getByRole('button', { name: 'More decline options' }));
    expect(screen.getByRole('group', { name: 'Reason' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Stage' })).toBeNull();
  });

  test('one click inserts with the default reason and tone, and says so', async () => {
    const { onInsert } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Decline politely' }));
    expect(onInsert).toHaveBeenCalledWith({ reason: 'accepted-other-offer', tone: 'warm' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Letter inserted/));
  });

  test('the caret opens a menu of reasons for the stage and tones, with the current ones checked', () => {
    setup({ stage: 'offer' });
    const caret = screen.getByRole('button', { name: 'More decline options' });
    expect(caret.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(caret);
    expect(caret.getAttribute('aria-expanded')).toBe('true');
    const reasons = screen.getByRole('group', { name: 'Reason' });
    const items = Array.from(reasons.querySelectorAll('[role="menuitemradio"]')).map((e) => e.textContent);
    expect(items).toContain('Accepted another offer');
    // "Not looking right now" only fits outreach; the custom reason is hidden until written.
    expect(items).not.toContain('Not looking right now');
    expect(items).not.toContain('Other (write my own)');
    expect(screen.getByRole('menuitemradio', { name: 'Accepted another offer' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('menuitemradio', { name: 'Warm' }).getAttribute('aria-checked')).toBe('true');
  });

  test('outreach menus offer "Not looking right now" and a written custom reason', () => {
    setup({ stage: 'outreach', customReasonAvailable: true });
    fireEvent.click(screen.getByRole('button', { name: 'More decline options' }));
    expect(screen.getByRole('menuitemradio', { name: 'Not looking right now' })).toBeTruthy();
    expect(screen.getByRole('menuitemradio', { name: 'Other (write my own)' })).toBeTruthy();
  });

  test('picking another reason inserts with it, keeps the tone, and the main button then uses it', () => {
    const { onInsert } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'More decline options' }));
    fireEvent.click(screen.getByRole('menuitemradio', { name: "Compensation doesn't match" }));
    expect(onInsert).toHaveBeenLastCalledWith({ reason: 'compensation', tone: 'warm' });
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Decline politely' }));
    expect(onInsert).toHaveBeenLastCalledWith({ reason: 'compensation', tone: 'warm' });
  });

  test('picking a tone inserts with it', () => {
    const { onInsert } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'More decline options' }));
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Formal' }));
    expect(onInsert).toHaveBeenLastCalledWith({ reason: 'accepted-other-offer', tone: 'formal' });
  });

  test('"Open options" calls back and closes the menu', () => {
    const { onOpenOptions, onInsert } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'More decline options' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Open options' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
    expect(onInsert).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  test('the menu works from the keyboard: arrow down opens, arrows move, Enter picks, Escape closes', () => {
    const { onInsert } = setup();
    const caret = screen.getByRole('button', { name: 'More decline options' });
    fireEvent.keyDown(caret, { key: 'ArrowDown' });
    const menu = screen.getByRole('menu');
    const checked = screen.getByRole('menuitemradio', { name: 'Accepted another offer' });
    expect(document.activeElement).toBe(checked);
    fireEvent.keyDown(checked, { key: 'ArrowDown' });
    const next = document.activeElement as HTMLElement;
    expect(next.textContent).toBe('Staying in my current role');
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(caret);
    fireEvent.keyDown(caret, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter' });
    expect(onInsert).toHaveBeenLastCalledWith({ reason: 'staying-current-role', tone: 'warm' });
  });

  test('opening the menu focuses the current reason, not just the first item', () => {
    setup({ defaultReason: 'location' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'More decline options' }), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'Location, remote or relocation' }));
  });

  test('a failed insert shows the reason instead of pretending it worked', async () => {
    setup({ onInsert: () => ({ ok: false, problem: { code: 'replyClosed' } }) });
    fireEvent.click(screen.getByRole('button', { name: 'Decline politely' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('This reply was closed. Open the reply again and retry.'));
  });

  test('a default reason that does not fit the stage falls back to one that does', () => {
    const { onInsert } = setup({ stage: 'offer', defaultReason: 'not-looking' });
    fireEvent.click(screen.getByRole('button', { name: 'Decline politely' }));
    expect(onInsert).toHaveBeenCalledWith({ reason: 'staying-current-role', tone: 'warm' });
  });
});

describe('DeclineButton from the keyboard command and for screen readers', () => {
  test('the control inserts with the current reason and tone, as a click does, and the status says so', async () => {
    const control: { insertDefault?: () => void } = {};
    const { onInsert } = setup({ control, defaultReason: 'compensation', defaultTone: 'brief' });
    expect(control.insertDefault).toBeTypeOf('function');
    control.insertDefault!();
    expect(onInsert).toHaveBeenCalledWith({ reason: 'compensation', tone: 'brief' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Letter inserted/));
  });

  test('the live region is in the page, empty, before anything is announced', () => {
    setup();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  test('tabIndex takes both buttons out of the natural order when the mounter links them after Send', () => {
    setup({ tabIndex: -1 });
    expect(screen.getByRole('button', { name: 'Decline politely' }).tabIndex).toBe(-1);
    expect(screen.getByRole('button', { name: 'More decline options' }).tabIndex).toBe(-1);
  });
});
