/** Extraction accuracy on the development corpus, and extraction time on a 20 KB message. */
import { extractRecruiter, type MessageInput } from '../../core/extract';
import { FIELDS, TARGETS, scoreCorpus } from '../../tests/support/corpus-score';
import { HAS_SHARED } from '../../tests/support/shared';
import { median, ms, percentile, type Row } from './report';

function twentyKb(): MessageInput {
  const head =
    "Hi Sam,\n\nI'm Jane, a technical recruiter at Northwind Robotics. We are hiring a Senior Backend Engineer for our Berlin team " +
    'and your work on distributed systems caught my eye.\n\nWhat you would do:\n';
  const tail = '\n\nWould you be open to a 20-minute call next week?\n\nBest regards,\nJane Doe\nTechnical Recruiter | Northwind Robotics GmbH\n';
  const para = '• Design and run services that move millions of events a day, with the team that owns our data platform.\n';
  let middle = '';
  while (head.length + middle.length + tail.length < 20 * 1024) middle += para;
  return { fromName: 'Jane Doe', fromEmail: 'jane.doe@northwind-robotics.com', subject: 'Senior Backend Engineer – Berlin', body: head + middle + tail };
}

export function measureExtraction(quick: boolean): Row[] {
  const rows: Row[] = [];
  if (HAS_SHARED) {
    const score = scoreCorpus();
    for (const f of FIELDS) {
      const target = TARGETS[f];
      rows.push({
        group: 'extraction',
        name: `accuracy: ${f} (dev corpus, ${score.total} emails)`,
        value: `${(score.accuracy[f] * 100).toFixed(1)} %`,
        target: target === undefined ? '' : `≥ ${(target * 100).toFixed(0)} %`,
        ok: target === undefined ? null : score.accuracy[f] >= target,
      });
    }
  } else {
    rows.push({ group: 'extraction', name: 'accuracy (needs ../shared/corpus)', value: 'skipped', target: '', ok: null });
  }
  const msg = twentyKb();
  for (let i = 0; i < 50; i++) extractRecruiter(msg);
  const times: number[] = [];
  for (let i = 0; i < (quick ? 200 : 1000); i++) {
    const t0 = performance.now();
    extractRecruiter(msg);
    times.push(performance.now() - t0);
  }
  rows.push({
    group: 'extraction',
    name: 'extractRecruiter, 20 KB message (median / p95)',
    value: `${ms(median(times))} / ${ms(percentile(times, 95))}`,
    target: '≤ 1 ms',
    ok: percentile(times, 95) <= 1,
    noisy: true,
  });
  return rows;
}
