/**
 * Word evidence for the stage, learned from the development mail: a table of weights per word and word pair, one
 * column per stage (offer, interview, outreach, other), read as a multinomial logistic model. The hand-written stage
 * rules (kind.ts) stay the first reader; this table is a second opinion that outweighs them only when the words of the
 * whole message lean clearly the other way (combineStage). The table is generated: scripts/stage-model.ts trains it on
 * the project's development mail and the easy-ham-1 negatives (tests/support/stage-model-source.ts), and
 * tests/unit/stage-model.test.ts checks the committed file is the one they train.
 */
import type { RecruiterKind } from '../model';
import type { StageReading } from './kind';
import { STAGE_BIAS, STAGE_SCALE, STAGE_WEIGHTS } from './stage-model.data';

/** The table's columns, in order. */
export const STAGE_KINDS: readonly RecruiterKind[] = ['offer', 'interview', 'outreach', 'other'];

/** How much of a message is read: a recruiter's message states its purpose early, and the tail is mostly footer. */
export const STAGE_TEXT_CHARS = 3000;

/**
 * How far the rules' stage is trusted over the table, in log-odds: the table's stage wins only when it is more than
 * e^trust times as likely as the rules' one. The rules' "nothing matched" is trusted little: it is where they miss most
 * on new mail (a stage they have no pattern for). A stage they read is trusted much more, since taking the button
 * from a real approach costs the user most. These figures, MIN_KNOWN and what the table may not overturn
 * (combineStage) were chosen by leave-one-round-out on the development rounds' first readings (each round read by the
 * extractor from before that round's changes), with the project's stage tests as guards: a stage trust of 3 scored the
 * same there but took the button from a short approach in those tests, and 5 did not.
 */
export const RULE_TRUST = { stage: 5, other: 1 } as const;

/** The table speaks only on a message where it knows at least this many words and word pairs… */
export const MIN_KNOWN = 20;

/**
 * …or, where the rules found no job talk at all, on a shorter message (at least CLEAR.known words and word pairs
 * known) whose words it reads very clearly as one stage to decline (that stage at least CLEAR.probability likely).
 * This is where the rules miss most on mail in a language they have no phrases for ("Confirmare interviu",
 * "เชิญเข้ารับการสัมภาษณ์งาน"): a short invitation shows fewer than MIN_KNOWN features the table knows, all of them
 * pointing one way. Chosen by leave-one-round-out on the development rounds b66-b105 (each round read by a table
 * trained without it), with the project's stage tests as guards: 2 more of 413 messages to decline got the button,
 * none of 284 with nothing to decline did, nor any easy-ham-1 message. 8 and 0.8 gave 4 more, but read a mock
 * interview, a user study and a radio programme's invitation to be interviewed as job interviews, and an app's
 * "Upgrade to Premium" as an offer (the guard tests of rounds 5, 13 and 20); at 0.9 the radio programme's still read
 * so. 0.95 keeps them all unread.
 */
export const CLEAR = { known: 12, probability: 0.95 } as const;
const CLEAR_LOG_P = Math.log(CLEAR.probability);

/** Does the table read one stage to decline clearly (CLEAR) on a message where it knows few features? */
function readsClearly(logp: readonly number[], known: number): boolean {
  if (known < CLEAR.known) return false;
  const other = STAGE_KINDS.indexOf('other');
  return logp.some((v, k) => k !== other && v >= CLEAR_LOG_P);
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The sign a person's name reads as: who writes and who is greeted say nothing about the stage (see tableNames in index.ts). */
const NAME = '◦';
const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * The features a message shows: lower-cased words and adjacent word pairs of the subject and of the body's start,
 * marked by where they stand ("s:" subject, "b:" body); numbers read as "#", and the words of `names` (the
 * sender's and the greeted person's names, lower-cased, as index.ts's tableNames finds them) as one sign; Chinese, Japanese and Korean runs as character
 * pairs (their words are not separated by spaces).
 */
export function stageFeatures(subject: string, body: string, names: ReadonlySet<string> = NO_NAMES): string[] {
  const out = new Set<string>();
  const add = (prefix: string, text: string) => {
    const words = text.slice(0, STAGE_TEXT_CHARS).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    let previous = '';
    for (const raw of words) {
      const word = /^\p{N}+$/u.test(raw) ? '#' : names.has(raw) ? NAME : raw;
      if (CJK_CHAR.test(word)) {
        if (word.length === 1) out.add(prefix + word);
        for (let i = 0; i + 1 < word.length; i++) out.add(prefix + word.slice(i, i + 2));
        previous = '';
        continue;
      }
      out.add(prefix + word);
      if (previous !== '') out.add(`${prefix}${previous} ${word}`);
      previous = word;
    }
  };
  add('s:', subject);
  add('b:', body);
  return [...out];
}

/** Parses the generated table ("feature\tw0 w1 w2 w3" lines, weights scaled to integers). */
export function parseStageWeights(text: string, scale: number): Map<string, number[]> {
  const table = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    table.set(line.slice(0, tab), line.slice(tab + 1).split(' ').map((w) => Number(w) / scale));
  }
  return table;
}

let weights: Map<string, number[]> | null = null;
const BIAS: readonly number[] = STAGE_BIAS.map((b) => b / STAGE_SCALE);

/** What the table reads in a message: log-probabilities of the four stages (STAGE_KINDS order), and how many of the message's features it knows. */
export interface TableReading {
  logp: number[];
  known: number;
}

export function readStageTable(subject: string, body: string, names: ReadonlySet<string> = NO_NAMES, table: ReadonlyMap<string, readonly number[]> = (weights ??= parseStageWeights(STAGE_WEIGHTS, STAGE_SCALE)), bias: readonly number[] = BIAS): TableReading {
  const z = STAGE_KINDS.map((_, k) => bias[k] ?? 0);
  let known = 0;
  for (const f of stageFeatures(subject, body, names)) {
    const w = table.get(f);
    if (!w) continue;
    known++;
    for (let k = 0; k < z.length; k++) z[k]! += w[k] ?? 0;
  }
  const max = Math.max(...z);
  const log = Math.log(z.reduce((s, v) => s + Math.exp(v - max), 0)) + max;
  return { logp: z.map((v) => v - log), known };
}

/**
 * The rules' reading weighed against the table's. The table only decides whether there is anything to decline:
 * - where the rules found no pattern at all (nothing to decline because no job talk matched), a stage the
 *   table finds clearly (RULE_TRUST.other) shows the button, with that stage's letter;
 * - over an approach or a weakly read invitation, a clear "nothing to decline" (RULE_TRUST.stage) takes the button
 *   away, and the popup says the message reads as no offer, invitation or approach ('noRequest').
 * It never overturns what a rule matched with its meaning: an offer, a strongly read invitation, or a reason there is
 * nothing to decline (a rejection, a cancellation, an alert…). Words out of context cannot read "not" or "cancelled".
 * It never changes one stage to decline into another either, and it is silent on a message where it knows fewer than
 * MIN_KNOWN words and word pairs, unless no rule found job talk there and it reads one stage to decline very clearly
 * (CLEAR).
 */
export function combineStage(rule: StageReading, readTable: () => TableReading): StageReading {
  if (rule.kind === 'offer' || rule.rule === 'interview-strong') return rule;
  // Only the rules' last resort, no job talk found; a reference request is 'unrelated' too, but a rule matched it.
  const unmatched = rule.kind === 'other' && rule.rule === 'no-job-talk';
  if (rule.kind === 'other' && !unmatched) return rule;
  // Read only where it may count: most mail is settled by a rule the table may not overturn.
  const { logp, known } = readTable();
  // (Over a stage the rules read, a short message's clear reading could change nothing: the table may only take a
  // button away, and readsClearly never reads "nothing to decline". The check is kept for what it says.)
  if (known < MIN_KNOWN && !(unmatched && readsClearly(logp, known))) return rule;
  const ruleIndex = STAGE_KINDS.indexOf(rule.kind);
  const trust = unmatched ? RULE_TRUST.other : RULE_TRUST.stage;
  const scores = logp.map((v, k) => v + (k === ruleIndex ? trust : 0));
  const learned = STAGE_KINDS[scores.indexOf(Math.max(...scores))] ?? rule.kind;
  if (learned === rule.kind) return rule;
  if (learned === 'other') return { kind: 'other', alternatives: [], nothingToDecline: 'noRequest', rule: 'learned' };
  if (unmatched) return { kind: learned, alternatives: [], rule: 'learned' };
  return rule;
}
