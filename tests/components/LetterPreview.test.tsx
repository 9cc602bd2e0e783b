import { render, screen } from '@testing-library/preact';
import { EtiquetteHints } from '../../components/EtiquetteHints';
import { LetterPreview } from '../../components/LetterPreview';

describe('LetterPreview', () => {
  test('shows the letter as text, line breaks kept, with its word count', () => {
    render(<LetterPreview text={'Hi Dana,\n\nThank you <b>so</b> much.\n\nBest,\nJane'} />);
    const letter = screen.getByRole('region', { name: 'Letter preview' });
    expect(letter.textContent).toBe('Hi Dana,\n\nThank you <b>so</b> much.\n\nBest,\nJane');
    // Text, never markup.
    expect(letter.querySelector('b')).toBeNull();
    expect(screen.getByText('8 words')).toBeTruthy();
  });

  test('can be focused, so a long letter scrolls from the keyboard', () => {
    render(<LetterPreview text="Hi" />);
    expect(screen.getByRole('region', { name: 'Letter preview' }).tabIndex).toBe(0);
  });

  test('shows a note when given one', () => {
    render(<LetterPreview text="Hi" note="No name to sign with yet." />);
    expect(screen.getByText('No name to sign with yet.')).toBeTruthy();
  });
});

describe('EtiquetteHints', () => {
  test('a letter with no hints reads well', () => {
    render(<EtiquetteHints hints={[]} />);
    expect(screen.getByText(/Reads well/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  test('each hint is one list item', () => {
    render(
      <EtiquetteHints
        hints={[
          { code: 'no-thanks', params: { stage: 'offer' } },
          { code: 'salary-figures', params: {} },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Thank them for their time and the offer — it sets a kind tone.',
      'Leave out salary figures; saying the compensation isn’t the right fit is enough.',
    ]);
  });
});
