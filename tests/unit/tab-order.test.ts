import { linkAfterSend, pageStopAfter, sendButtonIn } from '../../entrypoints/mail.content/tab-order';

/** A toolbar like Gmail's: Send and its arrow (tabindex 1) in the slot cell, our cell after it, then Formatting. */
function gmailLike() {
  document.body.innerHTML = `
    <div contenteditable="true" tabindex="1" id="editor"></div>
    <table><tr id="toolbar">
      <td id="slot"><div role="button" tabindex="1" id="send">Send</div><div role="button" tabindex="1" id="arrow">▾</div></td>
      <td id="ours"><button id="main" tabindex="-1">Decline politely</button><button id="caret" tabindex="-1">▾</button></td>
      <td><div role="button" tabindex="1" id="format">Formatting</div></td>
    </tr></table>`;
  const $ = (id: string) => document.getElementById(id)!;
  return { $, slot: $('slot'), ours: $('ours') };
}

function tab(el: Element, shift = false): boolean {
  const e = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: shift, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(e);
  return e.defaultPrevented;
}

describe('tab order after Send', () => {
  test('Send is the first Tab stop of the slot; the page’s stop after it is its neighbour, not ours', () => {
    const { $, slot, ours } = gmailLike();
    expect(sendButtonIn(slot, ours)).toBe($('send'));
    expect(pageStopAfter($('send'), $('toolbar'), ours)).toBe($('arrow'));
  });

  test('Tab: Send → ours → caret → the arrow; Shift+Tab back the same way; other stops untouched', () => {
    const { $, slot, ours } = gmailLike();
    const links = new AbortController();
    expect(linkAfterSend(slot, ours, ours, () => [$('main'), $('caret')], links.signal)).toBe(true);
    expect(tab($('send'))).toBe(true);
    expect(document.activeElement).toBe($('main'));
    expect(tab($('main'))).toBe(true);
    expect(document.activeElement).toBe($('caret'));
    expect(tab($('caret'))).toBe(true);
    expect(document.activeElement).toBe($('arrow'));
    expect(tab($('arrow'), true)).toBe(true);
    expect(document.activeElement).toBe($('caret'));
    expect(tab($('caret'), true)).toBe(true);
    expect(document.activeElement).toBe($('main'));
    expect(tab($('main'), true)).toBe(true);
    expect(document.activeElement).toBe($('send'));
    // The page's own moves are left to the browser.
    expect(tab($('arrow'))).toBe(false);
    expect(tab($('send'), true)).toBe(false);
    expect(tab($('format'), true)).toBe(false);
    // Released with the button.
    links.abort();
    expect(tab($('send'))).toBe(false);
  });

  test('a disabled stop of ours (a letter being written) is skipped', () => {
    const { $, slot, ours } = gmailLike();
    $('main').setAttribute('disabled', '');
    linkAfterSend(slot, ours, ours, () => [$('main'), $('caret')], new AbortController().signal);
    tab($('send'));
    expect(document.activeElement).toBe($('caret'));
  });

  test('without a Send button nothing is linked (the button keeps the natural order)', () => {
    document.body.innerHTML = '<div id="slot"><span>no buttons</span></div><div id="ours"><button>x</button></div>';
    const slot = document.getElementById('slot')!;
    const ours = document.getElementById('ours')!;
    expect(sendButtonIn(slot, ours)).toBeNull();
    expect(linkAfterSend(slot, ours, ours, () => [], new AbortController().signal)).toBe(false);
  });
});
