/**
 * The shared types of the data flow: page DOM -> ThreadSnapshot (core/read) -> Recruiter (core/extract) -> Letter
 * (core/letter) -> editor (core/insert). Types only; this module imports nothing, so every layer can use it.
 */

// ---- What was read from the page (core/read)

export type HostId = 'gmail' | 'outlook';

/** The signed-in user as the page shows them. */
export interface UserIdentity {
  name: string | null;
  email: string | null;
}

/** One message of the open thread, as plain text. */
export interface ThreadMessage {
  fromName: string;
  fromEmail: string;
  /** The date as the page shows it (e.g. a title attribute), or null. */
  dateText: string | null;
  /** Milliseconds since the epoch when `dateText` could be parsed, else null. */
  timestamp: number | null;
  /** The message's own words: no quoted history, no signature (where they could be told apart). */
  body: string;
  /** Quoted history below the message, if it could be separated. */
  quoted: string;
  /** The sender's signature block, if it could be separated. */
  signature: string;
  /** True when the signed-in user sent this message. */
  byUser: boolean;
}

/** The open thread, read into plain data. */
export interface ThreadSnapshot {
  host: HostId;
  subject: string;
  messages: ThreadMessage[];
  /** Index in `messages` of the last message not sent by the user (the recruiter's), or null. */
  recruiterIndex: number | null;
}

// ---- Who wrote and about what (core/extract)

/** What a message is, from the hiring side's point of view. */
export type RecruiterKind = 'offer' | 'interview' | 'outreach' | 'other';

/** The facts about the recruiter and the job a letter can state. */
export type RecruiterField = 'firstName' | 'fullName' | 'role' | 'company';

/** Why a message has nothing to decline (kind `other`). */
export type NothingToDecline = 'rejection' | 'acknowledgement' | 'closed' | 'onboarding' | 'alert' | 'newsletter' | 'unrelated';

/**
 * Who wrote to the user and about what. A field holds a value only when the extractor is sure enough for a letter to
 * state it; `null` means "could not tell", never a guess.
 */
export interface Recruiter {
  firstName: string | null;
  fullName: string | null;
  role: string | null;
  company: string | null;
  kind: RecruiterKind;
  /** Values read but not sure enough to state: the popup offers them, marked, for the user to confirm. */
  suggestions?: Partial<Record<RecruiterField, string>>;
  /**
   * Other stages the message may be at when the evidence is split. `kind` is then the stage whose letter claims least
   * (outreach), so the one-click letter is true either way; the caret menu and the popup offer the change.
   */
  stageAlternatives?: RecruiterKind[];
  /** With kind `other`: why there is nothing to decline. */
  nothingToDecline?: NothingToDecline;
}

/** A message as the extractor sees it: plain strings, no DOM. */
export interface MessageInput {
  fromName: string;
  fromEmail: string;
  subject: string;
  body: string;
  date?: string;
}

/** A language the letters are written in. */
export type LetterLanguage = 'en' | 'de' | 'fr' | 'es';
/** The user's letter-language setting: a language, or follow the recruiter's. */
export type Language = 'auto' | LetterLanguage;

// ---- What the user chooses (core/letter)

/** What the user is declining: a job offer, an interview invitation, or a recruiter's outreach. */
export type Stage = 'offer' | 'interview' | 'outreach';

/** How the letter sounds. */
export type Tone = 'warm' | 'formal' | 'brief';

export type ReasonId =
  | 'accepted-other-offer'
  | 'staying-current-role'
  | 'compensation'
  | 'career-goals'
  | 'location'
  | 'timing'
  | 'culture-fit'
  | 'not-looking'
  | 'custom';

// ---- The letter (core/letter -> core/insert)

/** A rendered letter: plain text, and the same letter as mail-editor HTML (one `<div>` per line, a blank line is
 * `<div><br></div>`, all text already escaped). */
export interface Letter {
  text: string;
  html: string;
}
