import { fireEvent, render, screen, within } from '@testing-library/preact';
import { ReasonPicker, type ReasonPickerProps } from '../../components/ReasonPicker';

function setup(overrides: Partial<ReasonPickerProps> = {}) {
  const onChange = vi.fn();
  const onCustomReasonChange = vi.fn();
  const view = render(
    <ReasonPicker stage="offer" value="accepted-other-offer" customReason="" onChange={onChange} onCustomReasonChange={onCustomReasonChange} {...overrides} />,
  );
  return { onChange, onCustomReasonChange, view };
}

describe('ReasonPicker', () => {
  test('is a select labelled "Reason" listing the catalogue for the stage, in order', () => {
    setup({ stage: 'interview' });
    const select = screen.getByLabelText('Reason') as HTMLSelectElement;
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Accepted another offer',
      'Staying in my current role',
      "Compensation doesn't match",
      "Role isn't aligned with my career goals",
      'Location, remote or relocation',
      "The timing isn't right",
      "Can't make the interview dates",
      'Personal circumstances',
      'Company values or culture fit',
      'Other (write my own)',
    ]);
    expect(select.value).toBe('accepted-other-offer');
  });

  test('outreach adds "Not looking right now"', () => {
    setup({ stage: 'outreach' });
    expect(within(screen.getByLabelText('Reason')).getByRole('option', { name: 'Not looking right now' })).toBeTruthy();
  });

  test('choosing a reason reports its id', () => {
    const { onChange } = setup();
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'timing' } });
    expect(onChange).toHaveBeenCalledWith('timing');
  });

  test('the custom reason opens a short text field; typing reports the text', () => {
    const { onCustomReasonChange } = setup({ value: 'custom', customReason: 'Closer to home' });
    const field = screen.getByLabelText('Your reason, in a sentence') as HTMLTextAreaElement;
    expect(field.value).toBe('Closer to home');
    expect(field.maxLength).toBe(400);
    fireEvent.input(field, { target: { value: 'Closer to home, please' } });
    expect(onCustomReasonChange).toHaveBeenCalledWith('Closer to home, please');
  });

  test('an empty custom reason says what the letter will say instead', () => {
    setup({ value: 'custom', customReason: '' });
    expect(screen.getByText(/Left empty/)).toBeTruthy();
  });

  test('the text field is only there for the custom reason', () => {
    const { view } = setup();
    expect(screen.queryByLabelText('Your reason, in a sentence')).toBeNull();
    // Control: the same picker, switched to the custom reason, shows it (so the query above would find it).
    view.rerender(<ReasonPicker stage="offer" value="custom" customReason="" onChange={vi.fn()} onCustomReasonChange={vi.fn()} />);
    expect(screen.getByLabelText('Your reason, in a sentence')).toBeTruthy();
  });
});
