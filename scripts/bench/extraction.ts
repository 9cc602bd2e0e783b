/** Extraction accuracy on the development corpus, and extraction time on a 20 KB message. */
import { extractRecruiter, type MessageInput } from '../../core/extract';
import { FIELDS, TARGETS, loadDevelopment, loadHam, loadMail, quantile, scoreCorpus, timeMessages, toInput } from '../../tests/support/corpus-score';
import { BODIES, bodyMessage, realisticBody, SIZE } from '../../tests/support/large-bodies';
import { HAS_SHARED } from '../../tests/support/shared';
import { median, ms, percentile, type Row } from './report';

/** CPU time per real message: the development and frozen test mail and the easy-ham-1 everyday mail, each timed alone. */
export async function measureRealMessages(): Promise<Row[]> {
  const messages = [...loadDevelopment().map(toInput), ...loadMail('test').map(toInput), ...(await loadHam())];
  if (messages.length === 0) return [];
  const times = timeMessages(messages);
  const med = quantile(times, 0.5);
  const p99 = quantile(times, 0.99);
  return [
    { group: 'extraction', name: `extractRecruiter, ${messages.length} real messages, CPU time (median)`, value: ms(med), target: '≤ 1 ms', ok: med <= 1, noisy: true },
    { group: 'extraction', name: `extractRecruiter, ${messages.length} real messages, CPU time (p99)`, value: ms(p99), target: '≤ 5 ms', ok: p99 <= 5, noisy: true },
  ];
}

export function measureExtraction(quick: boolean): Row[] {
  const rows: Row[] = [];
  if (HAS_SHARED) {
    const score = scoreCorpus(loadDevelopment());
    for (const f of FIELDS) {
      const target = TARGETS[f];
      rows.push({
        group: 'extraction',
        name: `accuracy: ${f} (development set, ${score.total} emails)`,
        value: `${(score.accuracy[f] * 100).toFixed(1)} %`,
        target: target === undefined ? '' : `≥ ${(target * 100).toFixed(0)} %`,
        ok: target === undefined ? null : score.accuracy[f] >= target,
      });
    }
  } else {
    rows.push({ group: 'extraction', name: 'accuracy (needs ../shared/corpus)', value: 'skipped', target: '', ok: null });
  }
  const runs = quick ? 200 : 1000;
  const time = (msg: MessageInput, n: number) => {
    for (let i = 0; i < 20; i++) extractRecruiter(msg);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      extractRecruiter(msg);
      times.push(performance.now() - t0);
    }
    return times;
  };
  const realistic = time(bodyMessage(realisticBody(SIZE)), runs);
  rows.push({
    group: 'extraction',
    name: 'extractRecruiter, 20 KB recruiter email (median / p95)',
    value: `${ms(median(realistic))} / ${ms(percentile(realistic, 95))}`,
    target: '≤ 1 ms',
    ok: percentile(realistic, 95) <= 1,
    noisy: true,
  });
  const adversarial = Object.entries(BODIES).map(([name, body]) => ({ name, median: median(time(bodyMessage(body), quick ? 20 : 100)) }));
  const worst = adversarial.reduce((a, b) => (b.median > a.median ? b : a));
  rows.push({
    group: 'extraction',
    name: `extractRecruiter, ${adversarial.length} adversarial 20 KB bodies (worst median)`,
    value: `${ms(worst.median)} (${worst.name})`,
    target: '',
    ok: null,
    noisy: true,
    raw: adversarial,
  });
  return rows;
}
