/**
 * `npm run bench -- [--n 1000]`: the publisher on N synthetic but realistic procedures (the demo
 * content, every section filled) — select + project + validate, feeds, PDF cards, the Astro
 * portal (cold full build, and a rebuild with nothing changed) — and, in the same run, a baseline
 * that renders the same pages with plain template functions and writes them. Prints a table and,
 * last, one JSON line with every figure. Without --n it runs N = 1,000 and 10,000.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { selectAndProject } from '../publisher/publish';
import { renderFeeds } from '../publisher/renderFeeds';
import { buildSiteData } from '../publisher/siteData';
import type { RegisterEntry } from '../publisher/types';
import { validatePublicProcedure } from '../schemas';
import { renderCard } from '../templates/pdf/card';
import { baselinePage } from './baselinePages';
import { syntheticProcedures } from './synthetic';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { n: { type: 'string' } } });
const sizes = values.n ? [Number(values.n)] : [1000, 10000];

const seconds = (ms: number) => Number((ms / 1000).toFixed(2));
const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
};

/** `astro build` as the publisher runs it, with its peak memory (GNU time's %M, in kB). */
function astroBuild(outDir: string, dataFile: string): { ms: number; maxRssMb: number } {
  const started = performance.now();
  const astro = [
    path.join(root, 'node_modules/astro/astro.js'),
    'build',
    '--root',
    path.join(root, 'site'),
    '--outDir',
    outDir,
    '--silent',
  ];
  const child = spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', process.execPath, ...astro], {
    cwd: path.join(root, 'site'),
    env: { ...process.env, LCKM_SITE_DATA: dataFile, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`astro build failed: ${child.stderr}`);
  return { ms: performance.now() - started, maxRssMb: Math.round(Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024) };
}

const results: Record<string, number>[] = [];
for (const n of sizes) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `lckm-bench-publish-${n}-`));
  const entries: RegisterEntry[] = syntheticProcedures(n).map((content, i) => ({
    procedureId: String(i + 1),
    slug: content.slug,
    title: content.title,
    kind: 'approval',
    version: 1,
    note: 'Pierwsza publikacja.',
    decidedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 86400)).toISOString(),
    decidedByName: 'Nowak Anna',
    validFrom: null,
    validTo: null,
    content: { ...content, internal: false, validFrom: null, validTo: null },
  }));

  const [{ published, changes }, projectMs] = await time(() => selectAndProject(entries, new Map(), '2026-11-22'));
  const [, validateMs] = await time(() => published.every(({ procedure }) => validatePublicProcedure(procedure).length === 0));
  const [, feedsMs] = await time(() => renderFeeds(published, changes, 'https://lckm.example.pl', '2026-11-22T00:00:30Z'));
  const pdfSample = published.slice(0, Math.min(200, published.length));
  const [, pdfSampleMs] = await time(async () => {
    for (const { procedure } of pdfSample) await renderCard(procedure, 'https://lckm.example.pl');
  });
  const pdfAllEstimateMs = (pdfSampleMs / pdfSample.length) * published.length;

  const dataFile = path.join(work, 'site-data.json');
  fs.writeFileSync(dataFile, JSON.stringify(buildSiteData(published, 'https://lckm.example.pl', '2026-11-22T00:00:30Z')));
  const cold = astroBuild(path.join(work, 'site-1'), dataFile);
  const unchanged = astroBuild(path.join(work, 'site-2'), dataFile);

  const baselineDir = path.join(work, 'baseline');
  const [, baselineMs] = await time(() => {
    for (const { procedure } of published) {
      const dir = path.join(baselineDir, 'procedury', procedure.slug);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'index.html'), baselinePage(procedure));
    }
  });
  fs.rmSync(work, { recursive: true, force: true });
  results.push({
    n,
    projectAndValidateS: seconds(projectMs + validateMs),
    feedsS: seconds(feedsMs),
    pdfPerCardMs: Number((pdfSampleMs / pdfSample.length).toFixed(1)),
    pdfAllCardsEstimateS: seconds(pdfAllEstimateMs),
    astroColdS: seconds(cold.ms),
    astroUnchangedS: seconds(unchanged.ms),
    astroMaxRssMb: cold.maxRssMb,
    benchMaxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    baselinePagesS: seconds(baselineMs),
    coldHtmlVsBaseline: Number((cold.ms / baselineMs).toFixed(2)),
  });
}

console.log('\nPublisher on synthetic procedures (no database; the same functions as npm run publish):\n');
console.table(results);
console.log(JSON.stringify({ results }));
