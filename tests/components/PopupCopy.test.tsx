import { copyLetter } from '../../entrypoints/popup/clipboard';

const letter = { text: 'Hi Dana,\n\nThanks.', html: '<div>Hi Dana,</div><div><br></div><div>Thanks.</div>' };

class FakeItem {
  constructor(readonly items: Record<string, Blob>) {}
}

describe('copyLetter', () => {
  test('writes text/plain and text/html in one clipboard item', async () => {
    const write = vi.fn(() => Promise.resolve());
    const writeText = vi.fn(() => Promise.resolve());
    await copyLetter(letter, { write, writeText }, FakeItem as unknown as typeof ClipboardItem);
    expect(writeText).not.toHaveBeenCalled();
    const [[items]] = write.mock.calls as unknown as [[FakeItem[]]];
    const blobs = items[0]!.items;
    expect(Object.keys(blobs).sort()).toEqual(['text/html', 'text/plain']);
    await expect(blobs['text/plain']!.text()).resolves.toBe(letter.text);
    await expect(blobs['text/html']!.text()).resolves.toBe(letter.html);
  });

  test('falls back to plain text when rich copy is refused', async () => {
    const write = vi.fn(() => Promise.reject(new Error('NotAllowedError')));
    const writeText = vi.fn(() => Promise.resolve());
    await copyLetter(letter, { write, writeText }, FakeItem as unknown as typeof ClipboardItem);
    expect(writeText).toHaveBeenCalledWith(letter.text);
  });

  test('falls back to plain text where ClipboardItem does not exist', async () => {
    const write = vi.fn(() => Promise.resolve());
    const writeText = vi.fn(() => Promise.resolve());
    await copyLetter(letter, { write, writeText }, null);
    expect(write).not.toHaveBeenCalled();
    expect(writeText).toHaveBeenCalledWith(letter.text);
  });

  test('a clipboard that refuses everything rejects, so the popup can say so', async () => {
    const fail = () => Promise.reject(new Error('Document is not focused.'));
    await expect(copyLetter(letter, { write: fail, writeText: fail }, FakeItem as unknown as typeof ClipboardItem)).rejects.toThrow('not focused');
  });
});
