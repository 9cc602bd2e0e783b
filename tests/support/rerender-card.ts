/**
 * Page-side steps for "an editor the app renders without focusing it", shared by the Chromium and Firefox suites
 * (tests/e2e/outlook-real-use.e2e.test.ts, tests/e2e-firefox/outlook-real-use.firefox.test.ts). Each is handed to
 * the driver's `page.evaluate` and runs in the page, so it must stand alone: no imports, no outer names.
 */

/** Where the reply card is, and the slot the app renders it into. */
export interface CardPlace {
  card: string;
  slot: string;
}

/** Takes the reply card away and keeps a fresh copy of it, without the button the old one carried, for later. */
export function takeCardAway(place: CardPlace): void {
  const card = document.querySelector(place.card)!;
  const fresh = card.cloneNode(true) as Element;
  for (const ours of fresh.querySelectorAll('[data-decline-politely]')) ours.remove();
  (window as unknown as { dpCard: Element }).dpCard = fresh;
  card.remove();
}

/**
 * Renders the kept card again as the app does after a network round trip, without focusing it, and resolves with
 * the milliseconds until our button is on the page. Rejects if focus moved.
 */
export function renderCardUnfocused(place: CardPlace): Promise<number> {
  return new Promise<number>((resolve) => {
    const card = (window as unknown as { dpCard: Element }).dpCard;
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (!document.querySelector('decline-politely-ui')) return;
      observer.disconnect();
      resolve(performance.now() - start);
    }).observe(document.body, { childList: true, subtree: true });
    document.querySelector(place.slot)!.append(card);
    if (document.activeElement !== document.body) throw new Error('focus moved');
  });
}
