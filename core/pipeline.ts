/**
 * From a thread to "who do I decline, for what": picks the recruiter's message of a snapshot and runs the
 * extractor and the language detector on it. `analyseThread` is pure and works on plain data, so it runs
 * wherever the snapshot is sent (the background, for the in-page button; the popup); `readThreadContext`
 * is the same read straight from a page.
 */
import { extractRecruiter, type Recruiter } from './extract';
import type { HostId, MailHost, ThreadSnapshot, UserIdentity } from './read/hosts';
import { readPage } from './read/page';
import { safely } from './safely';
import { detectLanguage, resolveLetterLanguage } from './extract/language';
import { letterFor } from './write-letter';
import { stageFor, type LetterAnswer, type LetterRequest, type ThreadInfo, type ThreadRead } from './protocol';
import type { Preferences } from './settings/preferences';
import { buttonReason, type Stage } from './letter/reasons';
import type { Letter, LetterLanguage, QuickChoice } from './model';
import { readCues } from './letter/cues';

export interface ThreadContext {
  snapshot: ThreadSnapshot | null;
  recruiter: Recruiter;
  stage: Stage;
  /** Other stages the thread may be at when the evidence was split (the letter then claims least: outreach). */
  stageAlternatives: Stage[];
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
  if (!snapshot || !msg) return { snapshot, recruiter: NOBODY, stage: 'outreach', stageAlternatives: [], receivedAt: null, user, language: null };
  const extracted = safely(
    'extractRecruiter',
    () =>
      extractRecruiter({
        fromName: msg.fromName,
        fromEmail: msg.fromEmail,
        subject: snapshot.subject,
        // The signature helps find the recruiter's name and company; quoted history does not belong to them.
        body: msg.signature ? `${msg.body}\n\n${msg.signature}` : msg.body,
        date: msg.dateText ?? undefined,
      }),
    () => NOBODY,
  );
  // Details the letter may name (a day, a person, a team, Spanish usted/tú), from the recruiter's own words.
  const recruiter: Recruiter = { ...extracted, cues: safely('readCues', () => readCues(msg.body), () => null) };
  const language = safely('detectLanguage', () => detectLanguage(`${snapshot.subject}\n${msg.body}`), () => null);
  const stage = stageFor(recruiter.kind);
  const stageAlternatives = [...new Set((recruiter.stageAlternatives ?? []).filter((k) => k !== 'other').map(stageFor))].filter((s) => s !== stage);
  return { snapshot, recruiter, stage, stageAlternatives, receivedAt: msg.timestamp, user, language };
}

/**
 * True when the thread is one the button belongs on: a recruiter's offer, interview invitation or outreach. Mail with
 * nothing to decline (a rejection, an acknowledgement, a filled or paused role, onboarding, a digest, ordinary mail)
 * gets no button unless the user asked for it on every reply.
 */
function isRecruiterThread(ctx: ThreadContext): boolean {
  return ctx.recruiter.kind !== 'other';
}

/** The popup's view of the thread. */
export function toThreadInfo(host: HostId, ctx: ThreadContext, read: Pick<ThreadRead, 'hasDraft' | 'canOpenReply' | 'layout' | 'conversationInUrl'>): ThreadInfo {
  const { firstName, fullName, role, company, kind, suggestions, nothingToDecline, cues } = ctx.recruiter;
  const { hasDraft, canOpenReply, layout, conversationInUrl } = read;
  const unread = ctx.snapshot === null && (!!conversationInUrl || !!layout?.editor);
  return {
    host,
    threadOpen: ctx.snapshot !== null,
    subject: ctx.snapshot?.subject ?? '',
    recruiter: { firstName, fullName, role, company, cues: cues ?? null },
    ...(suggestions ? { suggestions } : {}),
    kind,
    stage: ctx.stage,
    ...(ctx.stageAlternatives.length > 0 ? { stageAlternatives: ctx.stageAlternatives } : {}),
    ...(nothingToDecline ? { nothingToDecline } : {}),
    receivedAt: ctx.receivedAt,
    userName: ctx.user?.name ?? null,
    readFrom: ctx.snapshot?.source && ctx.snapshot.source !== 'thread' ? ctx.snapshot.source : null,
    language: ctx.language,
    hasDraft,
    canOpenReply,
    ...(layout ? { layout, layoutUnrecognised: unread } : {}),
  };
}

/**
 * The letter for a thread with the user's preferences and a reason and tone: signed with the saved name (the
 * page's account name until one is saved), in the language the preferences and the thread call for.
 */
function letterForThread(prefs: Preferences, ctx: ThreadContext, choice: QuickChoice): Letter {
  return letterFor(
    prefs,
    { recruiter: ctx.recruiter, pageName: ctx.user?.name },
    {
      stage: ctx.stage,
      tone: choice.tone,
      reason: choice.reason,
      customReason: prefs.customReason,
      keepDoorOpen: prefs.keepDoorOpen,
      language: resolveLetterLanguage(prefs.language, ctx.language),
    },
  );
}

/**
 * The background's answer to the content script: whether the thread is a recruiter's, what the button needs
 * from the preferences, and the letter for the choice asked for (the defaults when it is null).
 */
export function answerLetterRequest(request: LetterRequest, prefs: Preferences): LetterAnswer {
  const ctx = analyseThread(request.snapshot, request.user);
  // The button writes in the thread's letter language: the user's own reason counts only when written in it.
  const customReasonAvailable = prefs.customReason[resolveLetterLanguage(prefs.language, ctx.language)].trim() !== '';
  // The user may switch to one of the stages the evidence also pointed to (the caret menu offers them).
  const asked = request.choice?.stage;
  const chosen = { ...ctx, stage: asked && (asked === ctx.stage || ctx.stageAlternatives.includes(asked)) ? asked : ctx.stage };
  const choice = request.choice ?? { reason: buttonReason(prefs.defaultReason, ctx.stage, customReasonAvailable), tone: prefs.defaultTone };
  return {
    recruiterThread: isRecruiterThread(ctx),
    stage: ctx.stage,
    ...(ctx.stageAlternatives.length > 0 ? { stageAlternatives: ctx.stageAlternatives } : {}),
    showOnAllReplies: prefs.showOnAllReplies,
    defaultReason: prefs.defaultReason,
    defaultTone: prefs.defaultTone,
    customReasonAvailable,
    choice,
    letter: letterForThread(prefs, chosen, choice),
  };
}
