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

/**
 * Where a thread was read from: the conversation shown in the page (`thread`); for a reply open in a window of its
 * own, the conversation in the window that opened it (`opener`), the original quoted in the draft (`quote`), or
 * only the draft's recipient and subject (`draft`).
 */
export type ThreadSource = 'thread' | 'opener' | 'quote' | 'draft';

/** The open thread, read into plain data. */
export interface ThreadSnapshot {
  host: HostId;
  subject: string;
  messages: ThreadMessage[];
  /** Index in `messages` of the last message not sent by the user (the recruiter's), or null. */
  recruiterIndex: number | null;
  /** Where it was read from, when the adapter tells (Outlook); absent means the page's own conversation. */
  source?: ThreadSource;
}

// ---- Who wrote and about what (core/extract)

/** What a message is, from the hiring side's point of view: a stage the user can decline, or something else. */
export type RecruiterKind = Stage | 'other';

/** The facts about the recruiter and the job a letter can state. */
export type RecruiterField = 'firstName' | 'fullName' | 'role' | 'company';

/** Why a message has nothing to decline (kind `other`). */
export type NothingToDecline = 'rejection' | 'acknowledgement' | 'closed' | 'onboarding' | 'alert' | 'newsletter' | 'unrelated' | 'noRequest';

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
  /** The recruiter offered a choice of several interview days ("Monday or Wednesday"): the letter speaks of them in the plural. */
  severalSlots?: boolean;
  /** The weekday (0 = Sunday) of a conversation that already took place. */
  metDay?: number;
  /** A person the user would meet or has met, as written ("Sarah Chen"). */
  person?: string;
  /** A team named in the thread, without the word team ("Platform"). */
  team?: string;
  /** How the recruiter addressed the user: 'formal' (usted, Sie, vous) or 'informal' (tú, du, tu). */
  address?: 'formal' | 'informal';
  /**
   * People the thread addresses with a title and surname ("Sehr geehrte Frau Raman", "Dear Mr Weber"): the only
   * place a recruiter's gender is told. A letter uses one only when its surname is the recruiter's.
   */
  titled?: readonly TitledName[];
}

/** A surname as a thread addresses it, with the gender its title tells. */
export interface TitledName {
  gender: 'female' | 'male';
  surname: string;
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

/** What the user chose in the reason form: everything a letter is written with besides sender and recruiter. */
/** Text the user wrote once per letter language; a plain string is text in an unknown language. */
export type PerLanguage = string | Partial<Record<LetterLanguage, string>>;

export interface LetterChoice {
  stage: Stage;
  tone: Tone;
  reason: ReasonId;
  /** The user's own reason, used when `reason` is `'custom'`: per language, or one text. */
  customReason?: PerLanguage;
  /** Whether to offer to stay in touch. */
  keepDoorOpen: boolean;
  /** The language the letter is written in; English when left out. */
  language?: LetterLanguage;
}

/** What the in-page button asks for: a reason and a tone, and the stage when the user picked another one of the
 * thread's alternatives (the evidence was split). */
export type QuickChoice = Pick<LetterChoice, 'reason' | 'tone'> & { stage?: Stage };

// ---- The letter (core/letter -> core/insert)

/** A rendered letter: plain text, and the same letter as mail-editor HTML (one `<div>` per line, a blank line is
 * `<div><br></div>`, all text already escaped). */
export interface Letter {
  text: string;
  html: string;
}

/** How putting a letter into a reply went (core/insert, and the messages that carry its outcome between faces). */
export type InsertResult = { ok: true } | { ok: false; problem: Problem };

// ---- What core tells the user (every face)

/**
 * Something to tell the user, as a code and what fills it: core never writes a sentence. The faces word it through
 * `_locales` (`problem_<code>`, placeholders `$1`… in `params` order; a Problem or a list of them in `params` is
 * worded the same way, a list joined with commas).
 */
export interface Problem {
  code: ProblemCode;
  params?: readonly ProblemParam[];
}

export type ProblemParam = string | number | Problem | readonly Problem[];

export type ProblemCode =
  // Preferences being edited (core/settings/preferences.ts validate)
  | 'nameTooLong'
  | 'signatureTooLong'
  | 'customReasonTooLong'
  | 'customReasonMissing'
  | 'keepInTouchTooLong'
  | 'keepInTouchBadUrl'
  | 'templateTooLong'
  | 'templateAt'
  // What is wrong inside a template (core/letter/template-check.ts), worded inside templateAt and the like
  | 'templateUnclosedTag'
  | 'templateUnopenedSection'
  | 'templateMismatchedClose'
  | 'templateUnclosedSection'
  | 'templateUnknownName'
  | 'templateUnknownNameLike'
  | 'templateUnescaped'
  | 'templatePartial'
  | 'templateDelimiters'
  | 'templateUnreadable'
  // Stored preferences that could not be used (core/settings/preferences.ts migrate, load, save)
  | 'storedDamaged'
  | 'storedEmpty'
  | 'storedUnknownForm'
  | 'storedUnknownVersion'
  | 'storedNewerVersion'
  | 'storedFieldReset'
  | 'storedKeepInTouchCleared'
  | 'storedReasonGone'
  | 'storedToneUnreadable'
  | 'storedLanguageUnreadable'
  | 'storedTemplateUnreadable'
  | 'storedTemplateError'
  | 'storedUnreadable'
  | 'saveFailed'
  // Backup files (core/settings/backup.ts)
  | 'importTooLarge'
  | 'importEmpty'
  | 'importNotJson'
  | 'importNotBackup'
  | 'importUnknownVersion'
  | 'importNewerVersion'
  | 'importNoPreferences'
  | 'importPreferencesNotObject'
  | 'importTemplatesNotObject'
  | 'importMissing'
  | 'importUnknownSettings'
  | 'importUnknownTemplates'
  | 'inField'
  | 'templateInField'
  | 'expectedText'
  | 'expectedTextPerLanguage'
  | 'expectedBoolean'
  | 'tooLong'
  | 'tooLongFor'
  | 'notAReason'
  | 'notATone'
  | 'notALanguage'
  | 'valueNull'
  | 'valueList'
  | 'valueObject'
  // Names of settings and templates, used inside the messages above
  | 'settingName'
  | 'settingSignature'
  | 'settingKeepInTouch'
  | 'settingDefaultReason'
  | 'settingCustomReason'
  | 'settingDefaultTone'
  | 'settingLanguage'
  | 'settingKeepDoorOpen'
  | 'settingShowOnAllReplies'
  | 'templateOffer'
  | 'templateInterview'
  | 'templateOutreach'
  // Inserting a letter (core/insert, entrypoints)
  | 'editorMissing'
  | 'editorDetached'
  | 'editorNoWindow'
  | 'editorPlainText'
  | 'editorNotEditable'
  | 'letterEmpty'
  | 'badProtectedSelector'
  | 'insertBroken'
  | 'insertImpossible'
  | 'insertCrashed'
  | 'replyClosed'
  | 'extensionRestarted'
  | 'noReplyOpen'
  | 'replyDidNotOpen'
  | 'noMailTab'
  | 'mailTabOddAnswer'
  | 'mailTabSilent';
