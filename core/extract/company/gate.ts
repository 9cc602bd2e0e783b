// The company gate: a learned second opinion on whether the company the rules chose is right, from the evidence around
// it (where it was read, how it fits the sender's domain, where else the mail names it, its shape, the stage). The
// rules' confidence decides first; the gate takes a stated company back to a suggestion when it is unlikely to be
// right, and states a suggestion it is very sure of. Its weights (gate.data.ts) are learned from first readings: the
// company each older extractor read on a gathering batch's development mail before anyone tuned on it
// (tests/fixtures/first-readings.json, tests/support/company-gate-source.ts), because mail the rules were fitted to
// says little about how often they are wrong on new mail.

import { AGENCY_DOMAIN_PATTERN, AUTOMATED_MAILBOX, DEPARTMENT_WORDS, TRAILING_LEGAL_FORM } from '../lexicon';
import { matchQuality, readDomain } from './domain';
import { COMPANY_GATE_BIAS, COMPANY_GATE_SCALE, COMPANY_GATE_WEIGHTS } from './gate.data';

/** The message as the gate reads it: the raw fields, as given to extractRecruiter. */
export interface GateMessage {
  fromName: string;
  fromEmail: string;
  subject: string;
  body: string;
}

/** The company the rules chose, and the stage read. */
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

/** Where a company's name is introduced as the employer's ("at Acme", "bei Acme", "chez Acme"). */
const AT_WORDS = ['at', 'bei', 'chez', 'en', 'na', 'bij', 'presso', 'в'];
const CLIENT_CUE = /\b(?:our|a|my) client|on behalf of|nuestro cliente|notre client|unser(?:em|en)? kunden?|nosso cliente|il nostro cliente|onze klant/iu;
const PLATFORM_CUE = /\bvia\b|platform|plataforma|plateforme|job ?board|apply (?:now|here|on)|postuler|bewerben sie sich/iu;
const NON_LATIN = /[^\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]/u;

/** Words that continue a name without making it another one: a legal form or a name's particle before a capital. */
const PARTICLE = /^(?:of|du|de|des|del|della|di|do|da|van|von|der|la|le|y|et|and|&)$/iu;
const LEGAL_WORD = /^(?:inc|llc|llp|ltd|limited|plc|corp|corporation|co|gmbh|ag|kg|sa|sas|sarl|srl|spa|bv|nv|ab|oy|as|asa|aps|pty|pvt|ltda|s\.?a\.?)\.?,?$/iu;
const CAPITALISED = /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’&.-]*$/u;

/**
 * The value is part of a longer name somewhere in the message ("Quillon Home" in "Quillon Home Furnishings", "Société
 * Forestière" in "Société Forestière du Niari", "Hustle" in "The Hustle"): a capitalised word, or a particle and one,
 * right after it, or a capitalised word right before it that does not start its line.
 */
function partOfLongerName(texts: readonly string[], value: string): boolean {
  for (const text of texts) {
    for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + value.length)) {
      const after = text.slice(i + value.length, i + value.length + 60).split(/[ \t]+/);
      // after[0] is '' when a space follows the value directly.
      if (after[0] === '' && after[1] !== undefined) {
        const next = after[1];
        if (CAPITALISED.test(next) && !LEGAL_WORD.test(next)) return true;
        if (PARTICLE.test(next) && after[2] !== undefined && CAPITALISED.test(after[2]) && !LEGAL_WORD.test(after[2])) return true;
      }
      const line = text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
      const before = line.split(/[ \t]+/).filter((w) => w !== '');
      if (line.endsWith(' ') && before.length >= 2 && CAPITALISED.test(before[before.length - 1] ?? '') && !/[.!?:]$/.test(before[before.length - 2] ?? '')) return true;
    }
  }
  return false;
}

/** Another organisation named with its legal form ("Atlas Textile SARL") that the value is not part of. */
const LEGAL_NAME = /(?:[\p{Lu}][\p{L}\p{M}&'’.-]*\s+){1,4}(?:Inc|LLC|LLP|Ltd|Limited|PLC|Corp|Corporation|GmbH|AG|SA|SAS|SARL|S\.A\.|S\.L\.|SRL|S\.r\.l\.|SpA|S\.p\.A\.|B\.V\.|BV|N\.V\.|AB|Oy|Pty|Pvt|Ltda)\b/gu;
function otherLegalName(texts: readonly string[], value: string): boolean {
  const lower = value.toLowerCase();
  for (const text of texts) for (const m of text.matchAll(LEGAL_NAME)) if (!m[0].toLowerCase().includes(lower) && !lower.includes(m[0].toLowerCase())) return true;
  return false;
}

function occurrences(hay: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The gate's signs for one company reading (also what it is trained on). */
export function companyGateFeatures(msg: GateMessage, c: GateCandidate): string[] {
  const value = c.value;
  const lower = value.toLowerCase();
  const body = (msg.body ?? '').toLowerCase();
  const domain = readDomain(msg.fromEmail ?? '');
  const words = value.split(/\s+/).filter((w) => w !== '');
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const lines = body.split('\n').filter((l) => l.trim() !== '');
  const f = [
    `src=${c.source}`,
    `conf=${c.confidence >= 0.9 ? 'hi' : c.confidence >= 0.7 ? 'mid' : 'lo'}`,
    `kind=${c.kind}`,
    `dom=${domain.kind}${domain.institution ? '-inst' : ''}`,
    `words=${Math.min(words.length, 5)}`,
    `subj=${Math.min(occurrences((msg.subject ?? '').toLowerCase(), lower), 1)}`,
    `body=${Math.min(occurrences(body, lower), 3)}`,
    `from=${Math.min(occurrences((msg.fromName ?? '').toLowerCase(), lower), 1)}`,
    `mq=${matchQuality(value, domain.key)}`,
  ];
  if (AUTOMATED_MAILBOX.test((msg.fromEmail ?? '').split('@')[0]?.toLowerCase() ?? '')) f.push('automated');
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
  if (CLIENT_CUE.test(body)) f.push('clientcue');
  if (PLATFORM_CUE.test(body)) f.push('platformcue');
  if (AT_WORDS.some((w) => body.includes(`${w} ${lower}`))) f.push('atcue');
  const texts = [msg.subject ?? '', msg.body ?? ''];
  if (partOfLongerName(texts, value)) f.push('longer');
  if (otherLegalName(texts, value)) f.push('otherlegal');
  return f;
}

let weights: Map<string, number> | undefined;
function table(): Map<string, number> {
  return (weights ??= new Map(COMPANY_GATE_WEIGHTS.split('\n').filter((l) => l !== '').map((l) => {
    const [name, w] = l.split('\t');
    return [name ?? '', Number(w) / COMPANY_GATE_SCALE] as const;
  })));
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
 * "X is hiring"): phrase rules written for those very mails, which the gate's general signs do not overrule. It may
 * still state them when they were only suggested.
 */
const KEPT_SOURCES: ReadonlySet<string> = new Set(['relayed', 'client', 'stated']);

/**
 * The suggestions it may state: a name the text gives without the sender's domain to back it. Others are suggestions
 * for a reason a rule knows (a domain's spelling guessed, an automated mailbox's own app name) that the gate cannot see.
 */
const PROMOTED_SOURCES: ReadonlySet<string> = new Set(['named']);

/**
 * The company's confidence once the gate has spoken; below `stateAt` it is a suggestion. A stated company the gate
 * finds unlikely drops just below (unless a phrase rule named it, KEPT_SOURCES). A suggestion the text names
 * (PROMOTED_SOURCES) that the gate is very sure of rises to it, if the rules did not all but rule it out and the mail's
 * own text names it: a name only the From header gives, and the domain does not spell, is as often an agency's or a
 * platform owner's.
 */
export function gatedConfidence(msg: GateMessage, c: GateCandidate, stateAt: number): number {
  const features = companyGateFeatures(msg, c);
  const probability = companyGateProbability(features);
  if (c.confidence >= stateAt) return probability < GATE_DEMOTE_BELOW && !KEPT_SOURCES.has(c.source) ? stateAt - 0.05 : c.confidence;
  if (PROMOTED_SOURCES.has(c.source) && c.confidence >= GATE_PROMOTE_FLOOR && probability >= GATE_PROMOTE_AT && (features.includes('body=0') === false || features.includes('subj=1'))) return stateAt;
  return c.confidence;
}
