/**
 * From a page to "who do I decline, for what": reads the open thread through the host adapter, picks the
 * recruiter's message and runs the extractor on it. Pure apart from reading the root it is given.
 */
import { extractRecruiter, type Recruiter } from './extract';
import { detectLanguage } from './language';
import type { LetterLanguage } from './letter';
import type { MailHost, ThreadSnapshot, UserIdentity } from './hosts/index';
import { stageFor, type ThreadInfo } from './messages';
import type { Stage } from './reasons';

export interface ThreadContext {
  snapshot: ThreadSnapshot | null;
  recruiter: Recruiter;
  stage: Stage;
  receivedAt: number | null;
  user: UserIdentity | null;
  /** The language the recruiter wrote in, when it can be told. */
  language: LetterLanguage | null;
}

const NOBODY: Recruiter = { firstName: null, fullName: null, role: null, company: null, kind: 'other' };

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Reads the open thread; never throws (an unrecognised page gives an empty context). */
export function readThreadContext(host: MailHost, root: ParentNode): ThreadContext {
  const snapshot = safely(() => host.readThread(root), null);
  const user = safely(() => host.currentUser(root), null);
  const msg = snapshot && snapshot.recruiterIndex !== null ? snapshot.messages[snapshot.recruiterIndex] : undefined;
  if (!snapshot || !msg) return { snapshot, recruiter: NOBODY, stage: 'outreach', receivedAt: null, user, language: null };
  const recruiter = safely(
    () =>
      extractRecruiter({
        fromName: msg.fromName,
        fromEmail: msg.fromEmail,
        subject: snapshot.subject,
        // The signature helps find the recruiter's name and company; quoted history does not belong to them.
        body: msg.signature ? `${msg.body}\n\n${msg.signature}` : msg.body,
        date: msg.dateText ?? undefined,
      }),
    NOBODY,
  );
  const language = safely(() => detectLanguage(`${snapshot.subject}\n${msg.body}`), null);
  return { snapshot, recruiter, stage: stageFor(recruiter.kind), receivedAt: msg.timestamp, user, language };
}

/** True when the thread is one the button belongs on: a recruiter's offer, interview invitation or outreach. */
export function isRecruiterThread(ctx: ThreadContext): boolean {
  return ctx.recruiter.kind !== 'other';
}

/** The popup's view of the thread. */
export function toThreadInfo(host: MailHost, ctx: ThreadContext, draft: { hasDraft: boolean; canOpenReply: boolean }): ThreadInfo {
  const { firstName, fullName, role, company, kind } = ctx.recruiter;
  return {
    host: host.id,
    threadOpen: ctx.snapshot !== null,
    subject: ctx.snapshot?.subject ?? '',
    recruiter: { firstName, fullName, role, company },
    kind,
    stage: ctx.stage,
    receivedAt: ctx.receivedAt,
    userName: ctx.user?.name ?? null,
    language: ctx.language,
    ...draft,
  };
}
