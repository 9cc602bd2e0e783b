/**
 * What a language must provide for the letter view: the sentences and phrases that are not in the templates
 * because they depend on the reason, the tone or on what was read from the thread. One module per language
 * (phrases-en.ts, phrases-de.ts, ...) implements it; core/letter/render.ts picks one.
 */
import type { ReasonId, Stage, Tone } from './reasons';

export type Phrasing = Record<Tone, string>;
export type StagePhrasing = { default: Phrasing } & Partial<Record<Stage, Phrasing>>;
export type StandardReason = Exclude<ReasonId, 'custom'>;

/*
 * Door-open wording follows the reason: after "the location doesn't work" an invitation to send a closer
 * match reads naturally, while after "I've just accepted a new role" the honest thing is "if that changes".
 */
export type DoorKind = 'general' | 'closer-match' | 'timing' | 'settled';

/** How the sender can be reached, once it is known to be a bare link or address. */
export type ContactKind = 'linkedin' | 'link' | 'email';

/** The recruiter's names as read from the thread; '' when unknown. */
export interface Names {
  firstName: string;
  fullName: string;
}

export interface LetterPhrases {
  /** The salutation line, with its punctuation. */
  greeting(tone: Tone, names: Names): string;
  /** The job, in the form the templates of the language use it in; degrades to "the position". */
  thePosition(role: string, company: string): string;
  /** Who made the offer; degrades to "your team". */
  theTeam(company: string, tone: Tone): string;
  /*
   * Each reason sentence follows the template's own decision sentence ("I've decided not to accept the offer."),
   * so it gives only the why. They talk about the user's situation, never about what is wrong with the company.
   */
  reasons: Record<StandardReason, StagePhrasing>;
  /** Used when the user picked "write my own" but left it empty: still honest, still says nothing specific. */
  neutralReason: Phrasing;
  doorOpen: Record<DoorKind, StagePhrasing>;
  /** A sentence giving a bare link or address. No full stop after a link: some mail clients would take it in. */
  contact(kind: ContactKind, value: string, tone: Tone): string;
  /** The closing line (with a comma where the language uses one). */
  signOff(tone: Tone, names: Names): string;
}

export function pick(phrasing: StagePhrasing, stage: Stage, tone: Tone): string {
  return (phrasing[stage] ?? phrasing.default)[tone];
}

/** "Werkstudent Data (m/w/d)" → "Werkstudent Data": the gender note belongs in a job ad, not in a letter. */
export function withoutGenderNote(role: string): string {
  return role
    .replace(/\s*\((?:[mwfdhx]|div)(?:\s*[/|]\s*(?:[mwfdhx]|div)){1,2}\)/gi, '')
    .replace(/\s*\((?:all genders|alle geschlechter|gn\*?)\)/gi, '')
    .trim();
}

/** Drops a leading article that the phrase around the role supplies itself ("un Data Analyst" → "Data Analyst"). */
export function withoutArticle(role: string, articles: readonly string[]): string {
  return role.replace(new RegExp(`^(?:${articles.join('|')})\\s+`, 'i'), '');
}
