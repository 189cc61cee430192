/**
 * `npm run bench:search` — the quality of both searches on the test set (tests/search/queries.json)
 * over the demo procedures: recall@3 and MRR per kind of query for the resident search (the real
 * Pagefind index and the real browser query code, run in Node), the staff search, and Pagefind
 * with its defaults on the same pages (the baseline). `--check` exits 1 below the targets;
 * `--ablation` also runs both searches with an empty thesaurus, to show what the thesaurus adds.
 */
import { loadDefaultThesaurus } from '../schemas/search/thesaurusFile';
import type { QueryOutcome, System } from './searchEval';
import { evaluate, KINDS, measure, targetFailures } from './searchEval';

const SYSTEMS: System[] = ['resident', 'staff', 'baseline'];
const cell = (outcomes: QueryOutcome[]) => {
  const m = measure(outcomes);
  return m.queries === 0 ? '—'.padEnd(19) : `${m.recallAt3.toFixed(2)} / ${m.mrr.toFixed(2)} (${m.queries})`.padEnd(19);
};

const { outcomes, residentBytes, plainBytes } = await evaluate(loadDefaultThesaurus());
console.log(`${'rodzaj zapytań'.padEnd(20)}${SYSTEMS.map((s) => s.padEnd(19)).join('')}   (recall@3 / MRR (liczba))`);
for (const kind of [...KINDS, undefined]) {
  const row = SYSTEMS.map((s) => cell(outcomes.filter((o) => o.system === s && (kind === undefined || o.kind === kind))));
  console.log(`${(kind ?? 'razem').padEnd(20)}${row.join('')}`);
}
const thesaurusOnly = (s: System) => cell(outcomes.filter((o) => o.system === s && o.synonymFrom === 'thesaurus'));
console.log(`${'synonim z tezaurusa'.padEnd(20)}${SYSTEMS.map(thesaurusOnly).join('')}`);
console.log(`\nindeks demo: z analizą ${(residentBytes / 1024).toFixed(0)} KiB, Pagefind domyślnie ${(plainBytes / 1024).toFixed(0)} KiB`);
const misses = outcomes.filter((o) => o.system !== 'baseline' && (o.rank === null || o.rank > 3));
if (misses.length > 0) {
  console.log('\nPoza pierwszą trójką:');
  for (const o of misses)
    console.log(
      `  [${o.system}] ${o.kind} „${o.query}” → ${o.slug}: miejsce ${o.rank ?? '>10'}; pierwsze: ${o.top.slice(0, 3).join(', ')}`,
    );
}
if (process.argv.includes('--ablation')) {
  const bare = await evaluate({ language: 'pl', groups: [] });
  console.log('\nBez tezaurusa (ablacja):');
  for (const kind of [...KINDS, undefined]) {
    const row = SYSTEMS.slice(0, 2).map((s) =>
      cell(bare.outcomes.filter((o) => o.system === s && (kind === undefined || o.kind === kind))),
    );
    console.log(`${(kind ?? 'razem').padEnd(20)}${row.join('')}`);
  }
  console.log(
    `${'synonim z tezaurusa'.padEnd(20)}${SYSTEMS.slice(0, 2)
      .map((s) => cell(bare.outcomes.filter((o) => o.system === s && o.synonymFrom === 'thesaurus')))
      .join('')}`,
  );
}
const failures = targetFailures(outcomes);
const summary = Object.fromEntries(
  SYSTEMS.map((s) => [
    s,
    Object.fromEntries(
      [...KINDS, 'overall'].map((k) => [k, measure(outcomes.filter((o) => o.system === s && (k === 'overall' || o.kind === k)))]),
    ),
  ]),
);
console.log(JSON.stringify({ quality: summary, residentBytes, plainBytes, failures }));
if (process.argv.includes('--check') && failures.length > 0) {
  console.error(`Poniżej celów: ${failures.join('; ')}`);
  process.exit(1);
}
