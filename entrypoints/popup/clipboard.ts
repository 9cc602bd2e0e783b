import type { Letter } from '../../core/model';

/** Copies a letter as rich text (for mail editors) and plain text; plain text only where rich copy is not available. */
export async function copyLetter(
  letter: Letter,
  clipboard: Pick<Clipboard, 'write' | 'writeText'> = navigator.clipboard,
  Item: typeof ClipboardItem | null = globalThis.ClipboardItem ?? null,
): Promise<void> {
  if (Item && typeof clipboard.write === 'function') {
    try {
      await clipboard.write([
        new Item({
          'text/plain': new Blob([letter.text], { type: 'text/plain' }),
          'text/html': new Blob([letter.html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse text/html; plain text still gets the letter across.
    }
  }
  await clipboard.writeText(letter.text);
}
