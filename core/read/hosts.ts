/**
 * One interface for every supported mail site. Each adapter keeps all of its selectors in its own file
 * (core/read/gmail.ts, core/read/outlook.ts) and reads the DOM only through the root it is given.
 */

import { gmail } from './gmail';
import { outlook } from './outlook';

import type { MailHost } from './host';

export { gmail, GMAIL_SELECTORS } from './gmail';
export { outlook, OUTLOOK_SELECTORS } from './outlook';
export type { Composer, MailHost } from './host';
export type { HostId, ThreadMessage, ThreadSnapshot, UserIdentity } from '../model';



const ADAPTERS = new Map<string, MailHost>([
  ['mail.google.com', gmail],
  ['outlook.live.com', outlook],
  ['outlook.office.com', outlook],
  ['outlook.office365.com', outlook],
  // Microsoft 365 work and school accounts since 2024 (the older hosts redirect there).
  ['outlook.cloud.microsoft', outlook],
]);

/**
 * The match patterns for those pages: the content script's, and the only pages its second stage is exposed to.
 * Written out (not built from the hostnames) so the built files can be checked for every URL they name.
 */
export const MAIL_PAGE_MATCHES: string[] = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
];

/**
 * The adapter for a page URL, or null when the URL is not a supported mail site. Only `https:` on the exact
 * hostname counts: lookalikes (mail.google.com.evil.com, evil.com/?mail.google.com, user@host tricks),
 * other ports and unparsable strings give null.
 */
export function hostFor(url: string): MailHost | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return null;
  return ADAPTERS.get(parsed.hostname) ?? null;
}
