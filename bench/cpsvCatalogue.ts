/**
 * The CPSV-AP catalogue at scale: `renderCpsvCatalogueFile` over N procedures, cold
 * (first run in the process) and after one procedure changed (what a publish run after a decision
 * does), beside a baseline in the same process: plain `JSON.stringify` of the same procedures' public
 * JSON; and the heap the kept nodes take. `node --expose-gc --import tsx bench/cpsvCatalogue.ts [--n 10000]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PublicProcedure } from '../schemas/types.generated';
import { renderCpsvCatalogueFile } from '../templates/cpsv/render';

const n = Number(process.argv[process.argv.indexOf('--n') + 1] || 10_000) || 10_000;
const dir = path.resolve(import.meta.dirname, '../schemas/examples/public-procedure/valid');
const samples = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as PublicProcedure & { $schema?: string });
const items: PublicProcedure[] = Array.from({ length: n }, (_, i) => {
  const { $schema: _s, related: _r, ...sample } = samples[i % samples.length] as PublicProcedure & { $schema?: string };
  return { ...sample, slug: `${sample.slug}-${i}`, title: `${sample.title} ${i}` } as PublicProcedure;
});
const hashes = new Map(items.map((p, i) => [p, `h${i}`]));
const keyOf = (p: PublicProcedure) => hashes.get(p) ?? p.slug;

const time = (label: string, run: () => string | Buffer[]) => {
  const started = performance.now();
  const out = run();
  const bytes = typeof out === 'string' ? out.length : out.reduce((sum, part) => sum + part.length, 0);
  const ms = performance.now() - started;
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
  return ms;
};

const baseline = time('baseline: JSON.stringify of the public JSON', () => JSON.stringify(items, null, 2));
const cold = time('catalogue, cold', () => renderCpsvCatalogueFile(items, { siteUrl: 'https://lckm.example' }, keyOf));
const changed = { ...items[0], title: `${items[0]?.title} (zmiana)` } as PublicProcedure;
hashes.set(changed, 'h0-changed');
const next = [changed, ...items.slice(1)];
const warm = time('catalogue, one procedure changed', () => renderCpsvCatalogueFile(next, { siteUrl: 'https://lckm.example' }, keyOf));
global.gc?.();
const { heapUsed, arrayBuffers } = process.memoryUsage();
console.log(
  `kept after the runs: heap ${Math.round(heapUsed / 1048576)} MiB, buffers ${Math.round(arrayBuffers / 1048576)} MiB, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
);
console.log(`ratios to the baseline: cold ×${(cold / baseline).toFixed(2)}, one change ×${(warm / baseline).toFixed(2)}`);
