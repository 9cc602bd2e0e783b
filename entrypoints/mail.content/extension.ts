/**
 * The extension APIs the content script uses, taken from the browser itself: `browser` in Firefox, `chrome` in
 * Chrome. The calls made here behave the same in both without webextension-polyfill (which the popup, options
 * and background load): `runtime.sendMessage` returns a promise, `runtime.onMessage` answers through
 * `sendResponse` (returning true keeps the channel open), and `storage.onChanged` only reports. Leaving the
 * polyfill out keeps the script that runs in every mail tab small.
 */
type MessageListener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined;

interface ExtensionEvent<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

export interface ExtensionApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: ExtensionEvent<MessageListener>;
  };
  storage: { onChanged: ExtensionEvent<(changes: Record<string, unknown>, areaName: string) => void> };
  /** Synchronous and the same in both browsers. */
  i18n: { getMessage(key: string, substitutions: string[]): string };
}

/** The browser's extension API object, or undefined outside an extension (the script then does nothing). */
export function extensionApi(): ExtensionApi | undefined {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  if (g.browser?.runtime?.id) return g.browser;
  return g.chrome?.runtime?.id ? g.chrome : undefined;
}

/**
 * What `wxt/browser` resolves to in the content script's build (wxt.config.ts): WXT's own content-script code
 * only asks it for `runtime.id`, and the native object answers that in both browsers.
 */
export const browser = extensionApi() ?? (globalThis as { chrome?: ExtensionApi }).chrome;
