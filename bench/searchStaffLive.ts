/**
 * `tsx bench/searchStaffLive.ts [--n 1000]` — the staff search as the server runs it (issue 12): N
 * synthetic procedures in a fresh SQLite database, the real Express app, the index built in the
 * background at start (how long, and how long the server takes to answer meanwhile), then over
 * HTTP: query latency p50/p95 over the test set's queries, and freshness — from the start of a
 * draft save (PATCH) until `/api/search` finds the saved word.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { testQueries } from './searchEval';
import { syntheticProcedures } from './synthetic';

const arg = process.argv.indexOf('--n');
const n = arg > 0 ? Number(process.argv[arg + 1]) : 1000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-search-live-'));
Object.assign(process.env, {
  DATA_DIR: dataDir,
  DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
  PAYLOAD_SECRET: 'bench-search-live',
});

const { commitTransaction, createLocalReq, initTransaction } = await import('payload');
const { boot } = await import('../cms/boot');
const { createApp } = await import('../cms/server/createApp');
const { fromExchange } = await import('../cms/exchange/fromExchange');
const { staffSearch } = await import('../cms/search/service');

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const payload = await boot();
const inserting = performance.now();
const departments = new Map<string, number>();
const records = syntheticProcedures(n);
for (const record of records) {
  if (departments.has(record.department)) continue;
  const doc = await payload.create({
    collection: 'departments',
    data: { name: record.department, unit: record.unit },
    overrideAccess: true,
  });
  departments.set(record.department, doc.id);
}
// Written in transactions of 200: the database is the bench's set-up, not what it measures.
for (let i = 0; i < records.length; i += 200) {
  const req = await createLocalReq({}, payload);
  await initTransaction(req);
  for (const record of records.slice(i, i + 200)) {
    const lookups = { procedureId: () => undefined, departmentId: (name: string) => departments.get(name), documentId: () => undefined };
    const data = fromExchange({ ...record, related: [] }, lookups);
    await payload.create({ collection: 'procedures', data, draft: true, context: { import: true }, overrideAccess: true, req });
  }
  await commitTransaction(req);
}
const insertMs = performance.now() - inserting;
const password = 'ławka-słoneczna-7';
await payload.create({
  collection: 'users',
  data: { email: 'bench@example.pl', password, name: 'Bench', role: 'procedures-team' },
  overrideAccess: true,
});

const app = await createApp({ payload });
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'bench@example.pl', password }),
});
const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}` };
const get = async (q: string) => {
  const started = performance.now();
  const response = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}&limit=20`, { headers });
  const body = (await response.json()) as { results?: { slug: string }[] };
  return { status: response.status, slugs: (body.results ?? []).map((r) => r.slug), ms: performance.now() - started };
};

// The build at start, with the server probed every 100 ms meanwhile (it must keep answering).
const building = performance.now();
staffSearch.start(payload);
const probes: number[] = [];
let ready = false;
void staffSearch.ready().then(() => {
  ready = true;
});
while (!ready) {
  const started = performance.now();
  await fetch(`${base}/api/search?q=meldunek`, { headers });
  probes.push(performance.now() - started);
  await sleep(100);
}
const buildMs = performance.now() - building;
probes.sort((a, b) => a - b);

const times: number[] = [];
for (let round = 0; round < 3; round++) for (const q of testQueries) times.push((await get(q.query)).ms);
times.sort((a, b) => a - b);

const fresh: number[] = [];
const { docs } = await payload.find({ collection: 'procedures', limit: 10, depth: 0, draft: true, sort: 'id' });
for (const [i, doc] of docs.entries()) {
  const word = `kwazarowy${'abcdefghij'[i]}`;
  const started = performance.now();
  await fetch(`${base}/api/procedures/${doc.id}?draft=true`, {
    method: 'PATCH',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ summary: `${String(doc.summary).slice(0, 500)} Nowe słowo: ${word}.` }),
  });
  while (!(await get(word)).slugs.includes(String(doc.slug))) await sleep(5);
  fresh.push(performance.now() - started);
}
fresh.sort((a, b) => a - b);

const figures = {
  n,
  insertS: insertMs / 1000,
  buildS: buildMs / 1000,
  probeDuringBuildMs: { p50: percentile(probes, 0.5), max: probes.at(-1) ?? 0, count: probes.length },
  queryMs: { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1) ?? 0, count: times.length },
  freshnessMs: { p50: percentile(fresh, 0.5), max: fresh.at(-1) ?? 0, count: fresh.length },
  heapMb: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
const f1 = (x: number) => x.toFixed(1);
console.log(`wyszukiwarka pracowników na żywo (${n} procedur, SQLite, HTTP):`);
console.log(
  `  budowa indeksu przy starcie ${f1(figures.buildS)} s; serwer odpowiadał w tym czasie: mediana ${f1(figures.probeDuringBuildMs.p50)} ms, najdłużej ${f1(figures.probeDuringBuildMs.max)} ms`,
);
console.log(
  `  zapytania: p50 ${f1(figures.queryMs.p50)} ms, p95 ${f1(figures.queryMs.p95)} ms, max ${f1(figures.queryMs.max)} ms (${figures.queryMs.count})`,
);
console.log(
  `  zapis → wynik wyszukiwania: mediana ${f1(figures.freshnessMs.p50)} ms, najdłużej ${f1(figures.freshnessMs.max)} ms (${figures.freshnessMs.count})`,
);
console.log(`  sterta ${figures.heapMb} MiB, szczyt RSS ${figures.peakRssMb} MiB`);
console.log(JSON.stringify(figures));
staffSearch.stop();
server.close();
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
