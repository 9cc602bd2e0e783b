/**
 * The view model: from the sender's profile, what was read about the recruiter and the user's choice to the
 * values a Mustache template is rendered with. Every text field is '' when unknown, never null, so a template
 * reads naturally with any of them missing.
 */
import type { LetterChoice, PerLanguage, Recruiter, ThreadCues } from '../model';
import { detectLanguage, isLetterLanguage, type LetterLanguage } from '../extract/language';
import { reasonForStage, type ReasonId, type Stage } from './reasons';
import { contactKind } from './contact';
import { withoutGenderNote } from '../gender-note';
import { choose, pick, type DoorKind, type LetterPhrases, type PhraseContext, type SlotCount } from './phrases';
import { PHRASES_DE } from './phrases-de';
import { PHRASES_EN } from './phrases-en';
import { PHRASES_ES } from './phrases-es';
import { PHRASES_FR } from './phrases-fr';

export type { LetterChoice, PerLanguage } from '../model';

/** Who is declining: from the user's preferences. */
export interface SenderProfile {
  /** The name the letter is signed with; '' leaves the name line out. */
  name: string;
  /** Free text, possibly several lines, placed after the name as written. */
  signature: string;
  /** An optional way to stay in touch (a LinkedIn URL, an email address or a sentence), per language; '' = none. */
  keepInTouch: PerLanguage;
}

/** What the view is built from. */
export interface LetterInput {
  sender: SenderProfile;
  recruiter: Pick<Recruiter, 'firstName' | 'fullName' | 'role' | 'company'> & { cues?: ThreadCues | null };
  choice: LetterChoice;
}

/** The Mustache view a template is rendered with. Every text field is '' when unknown, never null. */
export interface LetterView {
  warm: boolean;
  formal: boolean;
  brief: boolean;
  keepDoorOpen: boolean;
  /** Address the recruiter formally (Spanish usted; always true in German and French, where Sie/vous is used). */
  formalAddress: boolean;
  /** Three independent choices between two wordings, fixed per thread. */
  v1: boolean;
  v2: boolean;
  v3: boolean;
  greeting: string;
  thePosition: string;
  theTeam: string;
  touchSentence: string;
  reasonSentence: string;
  regretSentence: string;
  doorOpenSentence: string;
  keepInTouchSentence: string;
  signOff: string;
  senderName: string;
  signature: string;
  firstName: string;
  fullName: string;
  role: string;
  company: string;
  keepInTouch: string;
}

const PHRASES: Record<LetterLanguage, LetterPhrases> = { en: PHRASES_EN, de: PHRASES_DE, fr: PHRASES_FR, es: PHRASES_ES };

/*
 * Private-use characters mark things during rendering (see render.ts). They are stripped from every value
 * first, so page text cannot forge them.
 */
export const MARKS = /[\uE000\uE001]/g;

/**
 * Characters page text must not carry into a letter: control characters (NUL and friends), bidi embeddings,
 * overrides and isolates (an unbalanced U+202E would reverse the rest of the recipient's line), and lone
 * surrogate halves (not text at all).
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function cleanValue(value: string | null | undefined): string {
  return (value ?? '').replace(MARKS, '').replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}

export function tidySignature(signature: string): string {
  const lines = signature.replace(MARKS, '').replace(UNSAFE, '').split(/\r\n?|\n/).map((line) => line.trimEnd());
  return collapseBlankLines(lines).join('\n');
}

export function collapseBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * The name and signature lines of the sign-off, built once: a signature that starts with the user's name
 * already signs the letter, so the name is not written above it again.
 */
function signOffLines(name: string, signature: string): { senderName: string; signature: string } {
  const sig = tidySignature(signature);
  const first = sig.split('\n', 1)[0]?.trim() ?? '';
  if (!name || !first.toLocaleLowerCase().startsWith(name.toLocaleLowerCase())) return { senderName: name, signature: sig };
  const rest = first.slice(name.length);
  if (rest === '') return { senderName: name, signature: sig.split('\n').slice(1).join('\n').replace(/^\n+/, '') };
  // "Alex Morgan | Staff Engineer" is the name line itself; "Alexandra …" is another name.
  return /^[\s,|·–—-]/.test(rest) ? { senderName: '', signature: sig } : { senderName: name, signature: sig };
}

/**
 * The user's text for a letter language. A plain string is used only when it is not recognisably in another
 * language: the letter never mixes languages silently (the popup and options say when a language has none).
 */
function textFor(value: PerLanguage | undefined, language: LetterLanguage): string {
  if (value == null) return '';
  if (typeof value !== 'string') return cleanValue(value[language]);
  const text = cleanValue(value);
  if (!text || contactKind(text)) return text;
  const written = detectLanguage(text);
  // Text of unknown language was most likely typed in English (the options page's language for most users).
  return written === language || (written === null && language === 'en') ? text : '';
}

/** A 32-bit FNV-1a hash: the same thread always gets the same wording. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A name written in Chinese characters, kana or hangul. */
const CJK_NAME = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Builds the template view from the sender's profile, what was read about the recruiter, and the user's choice. */
export function buildLetterView(input: LetterInput): LetterView {
  const { sender, recruiter, choice } = input;
  const { stage, tone } = choice;
  const language = isLetterLanguage(choice.language) ? choice.language : 'en';
  const phrases = PHRASES[language];
  const fullName = cleanValue(recruiter.fullName);
  // A Chinese, Japanese or Korean name is addressed whole ("Dear 林佳穎,"): the given name alone is over-familiar from
  // a stranger in all three languages.
  const given = cleanValue(recruiter.firstName);
  const firstName = CJK_NAME.test(fullName) || CJK_NAME.test(given) ? '' : given;
  const role = withoutGenderNote(cleanValue(recruiter.role));
  const company = cleanValue(recruiter.company);
  const cues = recruiter.cues ?? {};
  const keepInTouch = textFor(sender.keepInTouch, language);
  const reason = reasonForStage(choice.reason, stage);
  const keepDoorOpen = choice.keepDoorOpen;
  // Beside a culture-fit reason, praise of the team reads as a verdict on it (native review 5): the appreciation
  // and the regret then say nothing about the team, only what is neutral (a day, a person, the slots offered).
  const said = reason === 'culture-fit' ? withoutTeam(cues) : cues;
  const seed = hash([firstName, fullName, role, company, stage, cues.person ?? '', cues.team ?? ''].join('|'));
  const formalAddress = language === 'es' ? (cues.address ? cues.address === 'formal' : tone === 'formal') : true;
  const ctx: PhraseContext = {
    stage,
    tone,
    firstName,
    fullName,
    named: Boolean(firstName || fullName),
    formal: formalAddress,
    titled: cues.titled?.find((t) => fullName.split(' ').slice(1).includes(t.surname)) ?? null,
    slots: slotCount(cues),
    variant: (slot) => ((hash(`${seed}:${slot}`) & 1) as 0 | 1),
  };
  const sign = signOffLines(cleanValue(sender.name), sender.signature);

  return {
    warm: tone === 'warm',
    formal: tone === 'formal',
    brief: tone === 'brief',
    keepDoorOpen,
    formalAddress,
    v1: ctx.variant(1) === 1,
    v2: ctx.variant(2) === 1,
    v3: ctx.variant(3) === 1,
    greeting: phrases.greeting(ctx),
    thePosition: phrases.thePosition(role, company),
    theTeam: phrases.theTeam(company, ctx),
    touchSentence: tone === 'brief' ? '' : cleanValue(phrases.touch(said, ctx)),
    reasonSentence: reasonSentenceFor(phrases, reason, ctx, textFor(choice.customReason, language)),
    regretSentence: tone === 'brief' || stage !== 'interview' ? '' : cleanValue(phrases.regret(said, ctx)),
    doorOpenSentence: keepDoorOpen ? pick(phrases.doorOpen[doorKind(reason, stage)], ctx, 5) : '',
    keepInTouchSentence: keepDoorOpen ? keepInTouchSentenceFor(phrases, keepInTouch, sender.keepInTouch, ctx) : '',
    signOff: phrases.signOff(ctx),
    senderName: sign.senderName,
    signature: sign.signature,
    firstName,
    fullName,
    role,
    company,
    keepInTouch,
  };
}

/** The cues without the team the thread named. */
function withoutTeam(cues: ThreadCues): ThreadCues {
  const rest = { ...cues };
  delete rest.team;
  return rest;
}

/** How many slots the recruiter proposed: several when offered a choice, one when a single day was named. */
function slotCount(cues: ThreadCues): SlotCount | null {
  if (cues.severalSlots) return 'several';
  return cues.slotDay != null ? 'one' : null;
}

function reasonSentenceFor(phrases: LetterPhrases, reason: ReasonId, ctx: PhraseContext, own: string): string {
  if (reason !== 'custom') return pick(phrases.reasons[reason], ctx, 4).replace('{dates}', ctx.slots ? phrases.schedulingDates[ctx.slots] : '').replace('{yours}', phrases.yours(ctx));
  return own ? asSentence(phrases.ownReason(own)) : choose(phrases.neutralReason[ctx.tone], ctx, 4);
}

function doorKind(reason: ReasonId, stage: Stage): DoorKind {
  switch (reason) {
    case 'compensation':
    case 'career-goals':
    case 'location':
    case 'culture-fit':
      return 'closer-match';
    case 'timing':
    case 'scheduling':
    case 'personal':
      return 'timing';
    case 'not-looking':
      return 'settled';
    case 'accepted-other-offer':
    case 'staying-current-role':
      return stage === 'outreach' ? 'settled' : 'general';
    default:
      return 'general';
  }
}

/**
 * The keep-in-touch line in the letter's language. A bare link or address gets the language's own sentence.
 * When this language has no line of its own, a link or address in another language's line is still offered in
 * this language's words; free text in another language is never pasted in.
 */
function keepInTouchSentenceFor(phrases: LetterPhrases, own: string, all: PerLanguage, ctx: PhraseContext): string {
  if (own) {
    const kind = contactKind(own);
    return kind ? phrases.contact(kind, own, ctx) : asSentence(own);
  }
  const others = typeof all === 'string' ? [all] : Object.values(all);
  for (const line of others) {
    for (const word of (line ?? '').split(/\s+/)) {
      const bare = word.replace(/[.,;:!?)\]]+$/, '').replace(/^[(\[]+/, '');
      const kind = contactKind(bare);
      if (kind) return phrases.contact(kind, bare, ctx);
    }
  }
  return '';
}

function asSentence(text: string): string {
  const capitalised = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  if (/[.!?…]["'”’)\]]*$/.test(capitalised)) return capitalised;
  const lastWord = capitalised.slice(capitalised.lastIndexOf(' ') + 1);
  if (contactKind(lastWord)) return capitalised;
  return `${capitalised}.`;
}
