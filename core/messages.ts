/**
 * Typed messages between the popup and the content script. The popup sends a request to the mail tab;
 * the content script answers. Everything crossing is plain JSON.
 */
import type { HostId } from './hosts/index';
import type { RecruiterKind } from './extract';
import type { LetterLanguage } from './letter';
import type { Stage } from './reasons';

/** What the content script read from the open thread. */
export interface ThreadInfo {
  host: HostId;
  /** False when no thread is open or the page structure was not recognised. */
  threadOpen: boolean;
  subject: string;
  recruiter: { firstName: string | null; fullName: string | null; role: string | null; company: string | null };
  kind: RecruiterKind;
  /** The stage the letter should decline, from `kind` (outreach when the kind is unclear). */
  stage: Stage;
  /** When the recruiter's message arrived (ms since epoch), if the page shows it. */
  receivedAt: number | null;
  /** The language the recruiter wrote in, when it could be told (the letter follows it unless the user chose one). */
  language: LetterLanguage | null;
  /** The signed-in user's name as the page shows it, to sign with when no name is saved. */
  userName: string | null;
  /** True when a reply/compose editor for this thread is open. */
  hasDraft: boolean;
  /** True when no draft is open but the page has a Reply button the content script can press. */
  canOpenReply: boolean;
}

export type Request =
  | { type: 'dp:read-thread' }
  | { type: 'dp:insert'; letter: { text: string; html: string } };

export type InsertResponse = { ok: true } | { ok: false; error: string };

export type ResponseFor<R extends Request> = R extends { type: 'dp:read-thread' }
  ? ThreadInfo
  : R extends { type: 'dp:insert' }
    ? InsertResponse
    : never;

/** True for a well-formed request; anything else is ignored by the content script. */
export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.type === 'dp:read-thread') return true;
  if (v.type === 'dp:insert') {
    const l = v.letter as Record<string, unknown> | undefined;
    return typeof l === 'object' && l !== null && typeof l.text === 'string' && typeof l.html === 'string';
  }
  return false;
}

/** The stage a recruiter message calls for: offers and interviews as such, everything else as outreach. */
export function stageFor(kind: RecruiterKind): Stage {
  return kind === 'offer' || kind === 'interview' ? kind : 'outreach';
}
