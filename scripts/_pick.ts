import { letterMatrix } from '/work/wt/15/tests/support/letter-matrix';
const want = [
  ['en offer culture-fit warm who=details'], ['en interview scheduling formal who=institution'], ['en outreach custom(all) brief who=noRole'],
  ['de offer timing warm who=details'], ['de interview scheduling formal who=institution'], ['de outreach not-looking brief who=nobody'],
  ['fr offer compensation formal who=article'], ['fr interview personal warm who=details'], ['fr outreach custom(englishOnly) formal who=nobody'],
  ['es offer location warm who=institution'], ['es interview scheduling formal who=institution'], ['es outreach career-goals brief who=noRole'],
];
const all = letterMatrix();
for (const [w] of want) { const c = all.find((x) => x.label.startsWith(w!)); if (c) process.stdout.write(`==== ${c.label}\n${c.letter.text}\n\n`); }
