// The company gate: a learned second opinion on whether the company the rules chose is right, from the evidence around
// it (where it was read, how it fits the sender's domain, where else the mail names it, its shape, the stage). The
// rules' confidence decides first; the gate takes a stated company back to a suggestion when it is unlikely to be
// right, and states a suggestion it is very sure of. Its weights (gate.data.ts) are learned from first readings: the
// company each older extractor read on a gathering batch's development mail before anyone tuned on it
// (tests/fixtures/first-readings.json, tests/support/company-gate-source.ts), because mail the rules were fitted to
// says little about how often they are wrong on new mail.

import type { MessageInput } from '../../model';
import { AGENCY_DOMAIN_PATTERN, AUTOMATED_MAILBOX, DEPARTMENT_WORDS, LEGAL_FORM_WORD, TRAILING_LEGAL_FORM } from '../lexicon';
import { speaksOfClient } from './agency';
import { AT_WORDS } from './candidates';
import { matchQuality, readDomain } from './domain';
import { once } from '../once';
import { COMPANY_GATE_BIAS, COMPANY_GATE_SCALE, COMPANY_GATE_WEIGHTS } from './gate.data';

/** The company the rules chose, with the rules' own confidence, and the stage read. */
export interface GateCandidate {
  value: string;
  source: string;
  confidence: number;
  kind: string;
}

/** A stated company less likely right than this goes back to a suggestion. */
export const GATE_DEMOTE_BELOW = 0.5;
/** A suggested company at least this likely right is stated… */
export const GATE_PROMOTE_AT = 0.85;
/** …if the rules gave it at least this much (a shape cue that all but ruled it out stands). */
export const GATE_PROMOTE_FLOOR = 0.5;

/** Job boards' and platforms' words in the text (not "via", which names a call's tool as often: "via Zoom"). */
const PLATFORM_CUE = /platform|plataforma|plateforme|piattaforma|plattform|job ?board|apply (?:now|here|on)|postuler|bewerben sie sich/u;
const NON_LATIN = /[^\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]/u;
/** How much of the body the gate reads. */
const GATE_BODY_CHARS = 8000;
/** How far before a legal form the name it ends is looked for. */
const NAME_WINDOW = 60;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function occurrences(hay: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** A legal form at the start of a string (tried where a capitalised word starts; "GmbH & Co. KG" fits in 24 characters). */
const LEGAL_FORM_AT = new RegExp(`^${LEGAL_FORM_WORD}`, 'iu');
/** Where a capitalised word starts. */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}\p{N}.])\p{Lu}/gu;
/**
 * A legal form of one or two letters as names write it: capitals ("SA", "AG", "BV") or "Oy"; not a sentence's word
 * ("Se busca", "Sa che").
 */
const SHORT_FORM_CASED = /^(?:\p{Lu}{1,2}|Oy)$/u;

/**
 * Another organisation named with its legal form ("Atlas Textile SARL") that the value is not part of: the run of
 * capitalised words right before a legal form written as a word. Each form looks back a bounded window only.
 */
function otherLegalName(texts: readonly string[], lower: string): boolean {
  for (const t of texts) {
    // Only where a capitalised word starts is a legal form tried (anchored), not at every character.
    for (const start of t.matchAll(CAPITALISED_WORD)) {
      const at = start.index ?? 0;
      const m = LEGAL_FORM_AT.exec(t.slice(at, at + 24));
      if (!m) continue;
      const form = m[0];
      // The form as a name writes it ("SA", "Ltd", "GmbH"), not a word of the sentence ("se", "Se busca").
      if (!/^\p{Lu}/u.test(form) || (form.replace(/\./g, '').length <= 2 && !SHORT_FORM_CASED.test(form.replace(/\./g, '')))) continue;
      const before = t.slice(Math.max(0, at - NAME_WINDOW), at);
      // The capitalised words right before it (up to four) within the window, from the last sentence end on
      // ("Hi Sam. Limited spots" names nothing).
      const run = /(?:[\p{Lu}][\p{L}\p{M}&'’.-]*[ \t]+){1,4}$/u.exec(before);
      if (!run) continue;
      const words = run[0].trim().split(/[ \t]+/);
      const end = words.findLastIndex((w) => /\p{L}{2,}[.!?]$/u.test(w));
      if (end === words.length - 1) continue;
      const name = [...words.slice(end + 1), form].join(' ').toLowerCase();
      if (!name.includes(lower) && !lower.includes(name)) return true;
    }
  }
  return false;
}

/** Named as the employer's ("at Acme", "bei Acme", "chez Acme"), the preposition a whole word. */
function introduced(body: string, lower: string): boolean {
  for (const w of AT_WORDS) {
    const needle = `${w} ${lower}`;
    for (let i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
      if ((i === 0 || !/[\p{L}\p{N}]/u.test(body[i - 1] ?? '')) && !/[\p{L}\p{N}]/u.test(body[i + needle.length] ?? '')) return true;
    }
  }
  return false;
}

/** The gate's signs for one company reading (also what it is trained on). */
export function companyGateFeatures(msg: MessageInput, c: GateCandidate): string[] {
  const value = c.value.normalize('NFC');
  const lower = value.toLowerCase();
  const subject = text(msg?.subject);
  // The first GATE_BODY_CHARS: a recruiter's note and its signature are well within; a long quoted history adds noise
  // and time.
  const rawBody = text(msg?.body).slice(0, GATE_BODY_CHARS);
  const body = rawBody.toLowerCase();
  const fromEmail = text(msg?.fromEmail);
  const domain = readDomain(fromEmail);
  const words = value.split(/\s+/).filter((w) => w !== '');
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const lines = body.split('\n').filter((l) => l.trim() !== '');
  const f = [
    `src=${c.source}`,
    `conf=${c.confidence >= 0.9 ? 'hi' : c.confidence >= 0.7 ? 'mid' : 'lo'}`,
    `kind=${c.kind}`,
    `dom=${domain.kind}${domain.institution ? '-inst' : ''}`,
    `words=${Math.min(words.length, 5)}`,
    `subj=${Math.min(occurrences(subject.toLowerCase(), lower), 1)}`,
    `body=${Math.min(occurrences(body, lower), 3)}`,
    `from=${Math.min(occurrences(text(msg?.fromName).toLowerCase(), lower), 1)}`,
    `mq=${matchQuality(value, domain.key)}`,
  ];
  if (AUTOMATED_MAILBOX.test((fromEmail.split('@')[0] ?? '').toLowerCase())) f.push('automated');
  if (/\d/.test(value)) f.push('digit');
  if (/[()/,:;]/.test(value)) f.push('punct');
  if (NON_LATIN.test(value)) f.push('nonlatin');
  if (value === value.toUpperCase() && /\p{Lu}{2}/u.test(value)) f.push('caps');
  if (/^\p{Ll}/u.test(value)) f.push('lowerstart');
  if (lines.slice(-8).some((l) => l.includes(lower))) f.push('sigzone');
  if (lines.slice(0, 3).some((l) => l.includes(lower))) f.push('topzone');
  if (TRAILING_LEGAL_FORM.test(value)) f.push('legal');
  if (DEPARTMENT_WORDS.has(last)) f.push('dept');
  if (/['’]s$/u.test(value)) f.push('possessive');
  if (AGENCY_DOMAIN_PATTERN.test(domain.key)) f.push('agencydom');
  if (speaksOfClient(body)) f.push('clientcue');
  if (PLATFORM_CUE.test(body)) f.push('platformcue');
  // Named as the employer's ("at Acme", "bei Acme", "chez Acme"): the preposition a whole word.
  if (introduced(body, lower)) f.push('atcue');
  if (otherLegalName([subject, rawBody], lower)) f.push('otherlegal');
  return f;
}

let weights: Map<string, number> | undefined;
function table(): Map<string, number> {
  return (weights ??= new Map(
    COMPANY_GATE_WEIGHTS.split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const [name, w] = l.split('\t');
        return [name ?? '', Number(w) / COMPANY_GATE_SCALE] as const;
      }),
  ));
}

/** How likely the gate finds the company right, 0–1. */
export function companyGateProbability(features: readonly string[]): number {
  const w = table();
  let s = COMPANY_GATE_BIAS / COMPANY_GATE_SCALE;
  for (const f of features) s += w.get(f) ?? 0;
  return 1 / (1 + Math.exp(-s));
}

/**
 * Employers the rules read from the text's own wording about them ("on behalf of X", "our client X", "X invites you",
 * "X is hiring"): phrase rules written for those very mails, which the gate's general signs do not overrule.
 */
const KEPT_SOURCES: ReadonlySet<string> = new Set(['relayed', 'client', 'stated']);

/**
 * The suggestions it may state: a name the text gives without the sender's domain to back it. Others are suggestions
 * for a reason a rule knows (a domain's spelling guessed, an automated mailbox's own app name) that the gate cannot see.
 */
const PROMOTED_SOURCES: ReadonlySet<string> = new Set(['named']);

/**
 * The company's confidence once the gate has spoken; below `stateAt` it is a suggestion.
 * - A stated company the gate finds unlikely drops just below, unless a phrase rule named it (KEPT_SOURCES). (Sparing
 *   a company a person's own domain spells exactly kept, on first readings, nine wrong companies for one right one.)
 * - A suggestion the text names (PROMOTED_SOURCES) that the gate is very sure of rises to it, if the rules did not all
 *   but rule it out and the subject or the body names it: a name only the From header gives, and the domain does not
 *   spell, is as often an agency's or a platform owner's.
 */
export function gatedConfidence(msg: MessageInput, c: GateCandidate, stateAt: number): number {
  const signs = once(() => companyGateFeatures(msg, c));
  return gateVerdict(signs, c, () => companyGateProbability(signs()), stateAt);
}

/**
 * The same decision from the signs and a probability, each asked for only when the decision needs it (most companies
 * are settled by their source and confidence alone; the trainer's check passes its own).
 */
export function gateVerdict(features: () => readonly string[], c: Pick<GateCandidate, 'source' | 'confidence'>, probability: () => number, stateAt: number): number {
  if (c.confidence >= stateAt) {
    if (KEPT_SOURCES.has(c.source)) return c.confidence;
    return probability() < GATE_DEMOTE_BELOW ? stateAt - 0.05 : c.confidence;
  }
  if (!PROMOTED_SOURCES.has(c.source) || c.confidence < GATE_PROMOTE_FLOOR) return c.confidence;
  const named = !features().includes('body=0') || features().includes('subj=1');
  return named && probability() >= GATE_PROMOTE_AT ? stateAt : c.confidence;
}
