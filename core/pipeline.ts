/**
 * From a thread to "who do I decline, for what": picks the recruiter's message of a snapshot and runs the
 * extractor and the language detector on it. `analyseThread` is pure and works on plain data, so it runs
 * wherever the snapshot is sent (the background, for the in-page button; the popup); `readThreadContext`
 * is the same read straight from a page.
 */
import { extractRecruiter, type Recruiter } from './extract';
import type { HostId, MailHost, ThreadSnapshot, UserIdentity } from './read/hosts';
import { readPage, safely } from './read/page';
import { detectLanguage, resolveLetterLanguage } from './extract/language';
import { composeLetter, type LetterLanguage, type RenderedLetter } from './letter/render';
import { readCues } from './letter/cues';
import { stageFor, type LetterAnswer, type LetterRequest, type ThreadInfo } from './protocol';
import { signingName, type Preferences } from './settings/preferences';
import { buttonReason, type ReasonId, type Stage, type Tone } from './letter/reasons';

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

/** Reads the open thread from a page and analyses it; never throws (an unrecognised page gives an empty context). */
export function readThreadContext(host: MailHost, root: ParentNode): ThreadContext {
  const { snapshot, user } = readPage(host, root);
  return analyseThread(snapshot, user);
}

/** Who the recruiter is, the stage and the language, from a thread read into plain data. Never throws. */
export function analyseThread(snapshot: ThreadSnapshot | null, user: UserIdentity | null): ThreadContext {
  const msg = snapshot && snapshot.recruiterIndex !== null ? snapshot.messages[snapshot.recruiterIndex] : undefined;
  if (!snapshot || !msg) return { snapshot, recruiter: NOBODY, stage: 'outreach', receivedAt: null, user, language: null };
  const extracted = safely(
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
  // Details the letter may name (a day, a person, a team, Spanish usted/tú), from the recruiter's own words.
  const recruiter: Recruiter = { ...extracted, cues: safely(() => readCues(msg.body), null) };
  const language = safely(() => detectLanguage(`${snapshot.subject}\n${msg.body}`), null);
  return { snapshot, recruiter, stage: stageFor(recruiter.kind), receivedAt: msg.timestamp, user, language };
}

/** True when the thread is one the button belongs on: a recruiter's offer, interview invitation or outreach. */
export function isRecruiterThread(ctx: ThreadContext): boolean {
  return ctx.recruiter.kind !== 'other';
}

/** The popup's view of the thread. */
export function toThreadInfo(host: HostId, ctx: ThreadContext, draft: { hasDraft: boolean; canOpenReply: boolean }): ThreadInfo {
  const { firstName, fullName, role, company, kind, cues } = ctx.recruiter;
  return {
    host,
    threadOpen: ctx.snapshot !== null,
    subject: ctx.snapshot?.subject ?? '',
    recruiter: { firstName, fullName, role, company, cues: cues ?? null },
    kind,
    stage: ctx.stage,
    receivedAt: ctx.receivedAt,
    userName: ctx.user?.name ?? null,
    language: ctx.language,
    ...draft,
  };
}

/**
 * The letter for a thread with the user's preferences and a reason and tone: signed with the saved name (the
 * page's account name until one is saved), in the language the preferences and the thread call for.
 */
export function letterForThread(prefs: Preferences, ctx: ThreadContext, choice: { reason: ReasonId; tone: Tone }): RenderedLetter {
  return composeLetter({
    sender: { name: signingName(prefs, ctx.user?.name), signature: prefs.signature, keepInTouch: prefs.keepInTouch },
    recruiter: ctx.recruiter,
    choice: {
      stage: ctx.stage,
      tone: choice.tone,
      reason: choice.reason,
      customReason: prefs.customReason,
      keepDoorOpen: prefs.keepDoorOpen,
      language: resolveLetterLanguage(prefs.language, ctx.language),
    },
    templates: prefs.templates,
  });
}

/**
 * The background's answer to the content script: whether the thread is a recruiter's, what the button needs
 * from the preferences, and the letter for the choice asked for (the defaults when it is null).
 */
export function answerLetterRequest(request: LetterRequest, prefs: Preferences): LetterAnswer {
  const ctx = analyseThread(request.snapshot, request.user);
  // The button writes in the thread's letter language: the user's own reason counts only when written in it.
  const customReasonAvailable = prefs.customReason[resolveLetterLanguage(prefs.language, ctx.language)].trim() !== '';
  const choice = request.choice ?? { reason: buttonReason(prefs.defaultReason, ctx.stage, customReasonAvailable), tone: prefs.defaultTone };
  return {
    recruiterThread: isRecruiterThread(ctx),
    stage: ctx.stage,
    showOnAllReplies: prefs.showOnAllReplies,
    defaultReason: prefs.defaultReason,
    defaultTone: prefs.defaultTone,
    customReasonAvailable,
    choice,
    letter: letterForThread(prefs, ctx, choice),
  };
}
