/**
 * Browser wiring for the popup: finds the mail tab (the decision itself is entrypoints/popup/choose-tab.ts) and talks
 * to its content script with the typed messages of core/protocol.ts.
 */
import { browser } from 'wxt/browser';
import { isThreadRead, type InsertResult, type Request, type ResponseFor, type ThreadInfo } from '../../core/protocol';
import type { Letter } from '../../core/model';
import { chooseTargetTab, type TabSummary } from './choose-tab';

const READ_TIMEOUT_MS = 2500;
const INSERT_TIMEOUT_MS = 8000;

function settle<T>(p: Promise<T>): Promise<T | undefined> {
  return p.then(
    (v) => v,
    () => undefined,
  );
}

/** The tab this page runs in when it is open as a tab or window; undefined in a real toolbar popup. */
export async function currentTab(): Promise<TabSummary | undefined> {
  return settle(browser.tabs.getCurrent());
}

/** The mail tab the popup works on, or null. All lookups run at once; none needs the `tabs` permission. */
export async function findTargetTab(self: TabSummary | undefined): Promise<number | null> {
  const [focused, normalActive, lastNormal, sameWindow] = await Promise.all([
    settle(browser.tabs.query({ active: true, lastFocusedWindow: true })),
    settle(browser.tabs.query({ active: true, windowType: 'normal' })),
    settle(browser.windows.getLastFocused({ windowTypes: ['normal'] })),
    self?.windowId !== undefined ? settle(browser.tabs.query({ windowId: self.windowId })) : Promise.resolve(undefined),
  ]);
  return chooseTargetTab({
    extensionBase: browser.runtime.getURL('/'),
    self,
    focused: focused?.[0],
    normalActive: normalActive ?? [],
    lastFocusedNormalWindowId: lastNormal?.id,
    sameWindow: sameWindow ?? [],
  });
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function send<R extends Request>(tabId: number, request: R, ms: number): Promise<ResponseFor<R>> {
  // Rejects when the tab has no content script (not a mail site, or opened before the extension was installed).
  return withTimeout(browser.tabs.sendMessage(tabId, request) as Promise<ResponseFor<R>>, ms, 'The mail tab did not answer.');
}

/**
 * Reads the open thread through the tab's content script and analyses it here; null when there is none to
 * ask. Never rejects.
 */
export async function readThread(tabId: number | null): Promise<ThreadInfo | null> {
  if (tabId === null) return null;
  try {
    // The extractor is most of the popup's code: it loads while the tab answers, after the form is already usable.
    const [read, { analyseThread, toThreadInfo }] = await Promise.all([send(tabId, { type: 'dp:read-thread' }, READ_TIMEOUT_MS), import('../../core/pipeline')]);
    if (!isThreadRead(read)) return null;
    return toThreadInfo(read.host, analyseThread(read.snapshot, read.user), read);
  } catch {
    return null;
  }
}

/** Asks the tab's content script to insert the letter into the thread's reply. */
export async function insertInto(tabId: number | null, letter: Letter): Promise<InsertResult> {
  if (tabId === null) return { ok: false, problem: { code: 'noMailTab' } };
  try {
    const res = await send(tabId, { type: 'dp:insert', letter: { text: letter.text, html: letter.html } }, INSERT_TIMEOUT_MS);
    if (typeof res === 'object' && res !== null && typeof res.ok === 'boolean') return res;
    return { ok: false, problem: { code: 'mailTabOddAnswer' } };
  } catch {
    return { ok: false, problem: { code: 'mailTabSilent' } };
  }
}
