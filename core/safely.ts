/**
 * The one try/catch wrapper: code that reads what we do not control (a page, a message's text) must never turn
 * into an exception for its caller. The failure is reported with console.warn, so a broken page is visible to
 * whoever looks, and the caller carries on with `fallback`.
 */
export function safely<T>(label: string, run: () => T, fallback: () => T): T {
  try {
    return run();
  } catch (error) {
    console.warn(`[decline-politely] ${label} failed; carrying on without it.`, error);
    return fallback();
  }
}
