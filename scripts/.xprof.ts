import { extractRecruiter } from '../core/extract';
import { loadDevelopment, loadHam, loadMail, quantile, timeMessages, toInput } from '../tests/support/corpus-score';
const messages = [...loadDevelopment().map(toInput), ...loadMail('test').map(toInput), ...(await loadHam())];
const reps = Number(process.env.REPS ?? 3);
for (let r = 0; r < reps; r++) {
  const t = timeMessages(messages);
  console.log(messages.length, 'median', quantile(t, 0.5).toFixed(3), 'p90', quantile(t, 0.9).toFixed(3), 'p99', quantile(t, 0.99).toFixed(3), 'sum', t.reduce((a, b) => a + b, 0).toFixed(0));
}
if (process.env.PROF) { const t0 = performance.now(); for (let i = 0; i < 5; i++) for (const m of messages) extractRecruiter(m); console.log('5x all', (performance.now() - t0).toFixed(0)); }
