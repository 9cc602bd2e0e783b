/**
 * What a language must provide for the letter view: the sentences and phrases that are not in the templates
 * because they depend on the reason, the tone or on what was read from the thread. One module per language
 * (phrases-en.ts, phrases-de.ts, ...) implements it; core/letter/view.ts picks one.
 *
 * Most slots have two phrasings ([a, b]); the view picks one per thread from a hash of what the thread says, so
 * two recruiters rarely get the same letter and the same thread always gets the same one.
 */
import type { ThreadCues, TitledName } from '../model';
import type { ReasonId, Stage, Tone } from './reasons';

/** One phrasing, or two to pick from. */
export type Variant = string | readonly [string, string];
export type Phrasing = Record<Tone, Variant>;
export type StagePhrasing = { default: Phrasing } & Partial<Record<Stage, Phrasing>>;
export type StandardReason = Exclude<ReasonId, 'custom'>;

/*
 * Door-open wording follows the reason: after "the location doesn't work" an invitation to send a closer
 * match reads naturally, while after "I've just accepted a new role" the honest thing is "if that changes".
 */
export type DoorKind = 'general' | 'closer-match' | 'timing' | 'settled';

/** How many interview slots the recruiter proposed, when the thread tells: every sentence that names them agrees. */
export type SlotCount = 'one' | 'several';

/** How the sender can be reached, once it is known to be a bare link or address. */
export type ContactKind = 'linkedin' | 'link' | 'email';

/** Everything a phrase may depend on besides its own slot. */
export interface PhraseContext {
  stage: Stage;
  tone: Tone;
  /** The recruiter's first name; '' when unknown. */
  firstName: string;
  /**
   * The recruiter's full name, '' when unknown. Used to greet when there is no first name ("Guten Tag Priya
   * Raman,", "Dear Priya Raman,"), and by German formal letters always.
   */
  fullName: string;
  /** True when anyone at all is known by name (a person wrote, not a team). */
  named: boolean;
  /** Address the recruiter formally (Spanish usted; German and French always do). */
  formal: boolean;
  /** The recruiter's surname with the gender a title in the thread gave it ("Frau Raman"); null when untold. */
  titled: TitledName | null;
  /** How many interview slots were proposed; null when the thread does not tell. */
  slots: SlotCount | null;
  /** Which phrasing of a two-phrasing slot to use: 0 or 1, per slot, fixed for a thread. */
  variant(slot: number): 0 | 1;
}

export interface LetterPhrases {
  /** The salutation line, with its punctuation. */
  greeting(ctx: PhraseContext): string;
  /** The job, with the company when known; degrades to "the position". */
  thePosition(role: string, company: string): string;
  /** Who made the offer, naming the company; degrades to "your team". */
  theTeam(company: string, ctx: PhraseContext): string;
  /**
   * The recruiter's side, unnamed and in the letter's register ("your team", "Ihr Unternehmen", "su empresa" /
   * "tu empresa"): the `{yours}` of a reason sentence ("that says more about me than about {yours}").
   */
  yours(ctx: PhraseContext): string;
  /*
   * Each reason sentence follows the template's own decision sentence ("I've decided not to accept the offer."),
   * so it gives only the why, without a lead-in of its own. They talk about the user's situation, never about
   * what is wrong with the company.
   */
  reasons: Record<StandardReason, StagePhrasing>;
  /** Used when the user picked "write my own" but has none in this language: honest, says nothing specific. */
  neutralReason: Phrasing;
  doorOpen: Record<DoorKind, StagePhrasing>;
  /**
   * Specific appreciation that shows the thread was read (a day, a person, a team), said with the thanks before
   * the decision; '' when there is nothing to say.
   */
  touch(cues: ThreadCues, ctx: PhraseContext): string;
  /**
   * What the user will miss by declining an interview (meeting a person or a team): said after the decision,
   * never before it (regret for something not yet declined reads oddly); each language's template puts it where it
   * reads best (German right after the decision, the others after the reason); '' when nothing is known.
   */
  regret(cues: ThreadCues, ctx: PhraseContext): string;
  /**
   * The scheduling reason names the proposed slot or slots where its phrasing has `{dates}`: this clause, in
   * the number the thread told, or nothing when it did not.
   */
  schedulingDates: Record<SlotCount, string>;
  /** A sentence giving a bare link or address. No full stop after a link: some mail clients would take it in. */
  contact(kind: ContactKind, value: string, ctx: PhraseContext): string;
  /** The closing line (with a comma where the language uses one). */
  signOff(ctx: PhraseContext): string;
  /** The user's own reason, reworded where its start would repeat the template's decision sentence. */
  ownReason(text: string): string;
}

/** The phrasing a slot calls for. `slot` keeps different slots' choices independent. */
export function pick(phrasing: StagePhrasing, ctx: PhraseContext, slot: number): string {
  return choose((phrasing[ctx.stage] ?? phrasing.default)[ctx.tone], ctx, slot);
}

export function choose(variant: Variant, ctx: PhraseContext, slot: number): string {
  return typeof variant === 'string' ? variant : variant[ctx.variant(slot)];
}

/** Drops a leading article that the phrase around the role supplies itself ("un Data Analyst" → "Data Analyst"). */
export function withoutArticle(role: string, articles: readonly string[]): string {
  return role.replace(new RegExp(`^(?:${articles.join('|')})\\s+`, 'i'), '');
}
