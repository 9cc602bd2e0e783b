/**
 * What the Gmail fixture's reply must hold after the button inserted a letter over a line the user typed first
 * (tests/e2e/mail.e2e.test.ts and tests/e2e-firefox/mail.firefox.test.ts): the letter with the thread's role and
 * company, then the typed line, then the quoted history and the signature, all kept.
 */
export const TYPED_FIRST = 'Quick note typed first.';

export function expectLetterOverDraft(text: string): void {
  expect(text).toContain('Senior Frontend Engineer');
  expect(text).toContain('Northwind Labs');
  expect(text).toContain(TYPED_FIRST);
  // The quoted history and the signature survive, below the letter.
  expect(text).toContain('Please let me know your decision by Friday, November 14.');
  expect(text).toContain('Frontend Engineer · Portland, OR');
  expect(text.indexOf('Hi Priya,')).toBeLessThan(text.indexOf(TYPED_FIRST));
  expect(text.indexOf(TYPED_FIRST)).toBeLessThan(text.indexOf('Frontend Engineer · Portland, OR'));
}
