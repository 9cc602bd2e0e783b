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

/** Who wrote to the user and about what. `null` means "could not tell", never a guess. */
export interface Recruiter {
  firstName: string | null;
  fullName: string | null;
  role: string | null;
  company: string | null;
  kind: RecruiterKind;
  /** What else the thread says that a letter may mention; absent or null when nothing was read confidently. */
  cues?: ThreadCues | null;
}

/**
 * Details of the thread a letter can name to show it was read (core/letter/cues.ts reads them). Each is set
 * only when the words leave no doubt; a letter reads naturally with any of them missing.
 */
export interface ThreadCues {
  /** The weekday (0 = Sunday) of an interview slot the recruiter proposed. */
  slotDay?: number;
  /** The weekday (0 = Sunday) of a conversation that already took place. */
  metDay?: number;
  /** A person the user would meet or has met, as written ("Sarah Chen"). */
  person?: string;
  /** A team named in the thread, without the word team ("Platform"). */
  team?: string;
  /** How the recruiter addressed the user: 'formal' (usted, Sie, vous) or 'informal' (tú, du, tu). */
  address?: 'formal' | 'informal';
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
  | 'scheduling'
  | 'personal'
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
