/**
 * Letters and insertion options for the core/insert/index.ts tests (happy-dom in tests/unit, Chromium in tests/e2e):
 * letters shaped like core/letter/render.ts output, and the protected blocks of the Gmail and Outlook editors.
 */
import type { InsertOptions, Letter } from '../../core/insert';

export const INSERT_OPTIONS: InsertOptions = {
  protectedBlocks: ['.gmail_quote', '.gmail_signature', '#divRplyFwdMsg', '#appendonsend', '[id^="Signature"]'],
};

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What core/letter/render.ts produces: one <div> per line, blank line <div><br></div>, text escaped. */
export function letterOf(text: string): Letter {
  const html = text
    .split('\n')
    .map((line) => (line === '' ? '<div><br></div>' : `<div>${escape(line)}</div>`))
    .join('');
  return { text, html };
}

export const LETTER_A = letterOf('Hi Jane,\n\nThank you for thinking of me for the role at Acme.\nI am happy where I am.\n\nBest regards,\nAlex');
export const LETTER_B = letterOf('Hi Jane,\n\nThank you, but I am not looking for a new role right now.\n\nKind regards,\nAlex');
