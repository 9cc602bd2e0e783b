/**
 * A bare way to reach the user (a link or an email address, nothing else): it says nothing in any language, so it
 * serves every letter language, and a letter offers it in its own words.
 */
import type { ContactKind } from './phrases';

const URL_LIKE = /^(?:https?:\/\/\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*)$/i;
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What kind of contact `value` is when it is only a link or an address; null for anything else. */
export function contactKind(value: string): ContactKind | null {
  if (URL_LIKE.test(value)) return /linkedin\./i.test(value) ? 'linkedin' : 'link';
  return EMAIL_LIKE.test(value) ? 'email' : null;
}
