/**
 * `tsx bench/searchScale.ts [--n 10000]` — both searches at scale, on N synthetic procedures
 * (bench/synthetic.ts): the resident index (build time, size on disk, peak memory) and the staff
 * search (indexing time, one update, query latency p50/p95 over the test set's queries, heap).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StaffSearch } from '../cms/search/staffSearch';
import { buildPlainIndex, buildResidentIndex } from '../publisher/search/buildResidentIndex';
import { loadDefaultThesaurus } from '../schemas/search/thesaurusFile';
import { publicFields } from '../tests/search/demoData';
import { fetched, loadResidentSearch } from '../tests/search/runtime';
import { testQueries } from './searchEval';
import { syntheticProcedures } from './synthetic';

const arg = process.argv.indexOf('--n');
const n = arg > 0 ? Number(process.argv[arg + 1]) : 10_000;
const only = process.argv.includes('--staff') ? 'staff' : process.argv.includes('--resident') ? 'resident' : 'both';
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A phone's first query: fresh caches, what it downloads and how long it takes (in Node). */
async function firstQueries(releaseDir: string): Promise<{ firstQueryBytes: number[]; firstQueryMs: number[] }> {
  const firstQueryBytes: number[] = [];
  const firstQueryMs: number[] = [];
  for (const [i, q] of ['meldunek', 'jak zapisać dziecko do przedszkola', 'podatek od domu', 'zameldownie', 'dziura w drodze'].entries()) {
    const before = fetched.bytes;
    const started = performance.now();
    const search = await loadResidentSearch(releaseDir, `first-${i}`);
    await search.search(q);
    firstQueryMs.push(performance.now() - started);
    firstQueryBytes.push(fetched.bytes - before);
  }
  console.log(
    `  pierwsze zapytanie na „telefonie”: ${firstQueryBytes.map((b) => `${(b / 1024).toFixed(0)} KiB`).join(', ')}; ${firstQueryMs.map((m) => `${m.toFixed(0)} ms`).join(', ')}`,
  );
  return { firstQueryBytes, firstQueryMs };
}

const records = syntheticProcedures(n);
const thesaurus = loadDefaultThesaurus();
const figures: Record<string, unknown> = { n };

if (only !== 'staff') {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lckm-search-scale-'));
  const built = await buildResidentIndex(records.map(publicFields), thesaurus, path.join(dir, 'analysed'));
  const plainStarted = performance.now();
  const plainBytes = await buildPlainIndex(records.map(publicFields), path.join(dir, 'plain'));
  console.log(
    `indeks mieszkańca (${n}): ${mb(built.bytes)} (Pagefind domyślnie ${mb(plainBytes)}), budowa ${(built.ms.total / 1000).toFixed(1)} s`,
  );
  console.log(
    `  analiza ${(built.ms.analysis / 1000).toFixed(1)} s, Pagefind ${(built.ms.pagefind / 1000).toFixed(1)} s; słownik: ${built.lexicon.forms} form, ${built.lexicon.shards} plików, ${mb(built.lexicon.bytes)}`,
  );
  figures.resident = {
    ...built,
    plainBytes,
    plainMs: performance.now() - plainStarted,
    ...(await firstQueries(path.join(dir, 'analysed'))),
  };
  await fs.rm(dir, { recursive: true, force: true });
}

if (only !== 'resident') {
  let started = performance.now();
  const staff = await StaffSearch.create(thesaurus);
  const createMs = performance.now() - started;
  started = performance.now();
  for (const record of records) staff.upsert({ record, workflowState: 'approved' });
  const indexMs = performance.now() - started;
  const first = records[0];
  started = performance.now();
  if (first) staff.upsert({ record: { ...first, summary: `${first.summary} Nowe zdanie o konsultacji.` }, workflowState: 'draft' });
  const updateMs = performance.now() - started;
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of testQueries) {
      const t = performance.now();
      await staff.search(q.query, 20);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  const heap = process.memoryUsage().heapUsed;
  console.log(
    `wyszukiwarka pracowników (${n}): start ${createMs.toFixed(0)} ms, indeksowanie ${(indexMs / 1000).toFixed(1)} s, jedna zmiana ${updateMs.toFixed(1)} ms`,
  );
  console.log(
    `  zapytania: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms (${times.length}); sterta ${mb(heap)}`,
  );
  figures.staff = { createMs, indexMs, updateMs, p50: at(0.5), p95: at(0.95), max: at(1), heap };
}
// The kernel's high-water mark: indexing runs synchronously, so a sampling timer would miss it.
const peakRss = process.resourceUsage().maxRSS * 1024;
figures.peakRss = peakRss;
console.log(`szczyt pamięci (RSS): ${mb(peakRss)}`);
console.log(JSON.stringify(figures));
