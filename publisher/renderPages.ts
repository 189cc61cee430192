import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PublicProcedure } from '../schemas/types.generated';
import type { PageSpec, ViewName } from './pages';

const root = path.resolve(import.meta.dirname, '..');
/** Compiled views live beside the dependencies they import (astro, marked, sanitize-html). */
const cacheDir = path.join(root, 'node_modules', '.cache', 'lckm-views');

interface RenderOptions {
  props: unknown;
  partial: boolean;
}
interface Container {
  renderToString(component: unknown, options: RenderOptions): Promise<string>;
}
type CompiledViews = Record<ViewName, unknown> & {
  experimental_AstroContainer: { create(): Promise<Container> };
};

function compile(outFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'publisher', 'compileViews.ts'), outFile],
      { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }, timeout: 5 * 60 * 1000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`compiling the portal views failed: ${error.message}\n${stderr || stdout}`)) : resolve(),
    );
  });
}

const loaded = new Map<string, Promise<{ views: CompiledViews; container: Container }>>();
const compiling = new Map<string, Promise<string>>();

/** The compiled views module for this version of the rendering sources (compiled on first use). */
export function compiledViews(sourcesHash: string): Promise<string> {
  const key = sourcesHash.slice(0, 24);
  let file = compiling.get(key);
  if (!file) {
    const target = path.join(cacheDir, key, 'views.mjs');
    file = fs.existsSync(target) ? Promise.resolve(target) : compile(target).then(() => target);
    file.catch(() => compiling.delete(key));
    compiling.set(key, file);
  }
  return file;
}

/** The views compiled for this version of the rendering sources (compiled once, then reused). */
function viewsFor(sourcesHash: string): Promise<{ views: CompiledViews; container: Container }> {
  const key = sourcesHash.slice(0, 24);
  let entry = loaded.get(key);
  if (!entry) {
    entry = (async () => {
      const file = await compiledViews(sourcesHash);
      const views = (await import(pathToFileURL(file).href)) as CompiledViews;
      return { views, container: await views.experimental_AstroContainer.create() };
    })();
    entry.catch(() => loaded.delete(key));
    loaded.set(key, entry);
  }
  return entry;
}

/**
 * Renders pages with the same Astro components `astro build` uses, in this process (Astro's
 * Container API): the single-change path, where building every page again would take minutes.
 * Returns each page's HTML by its file in the release.
 */
export async function renderPages(specs: readonly PageSpec[], sourcesHash: string): Promise<Map<string, string>> {
  const html = new Map<string, string>();
  if (specs.length === 0) return html;
  const { views, container } = await viewsFor(sourcesHash);
  for (const spec of specs) {
    html.set(spec.file, await container.renderToString(views[spec.view], { props: spec.props, partial: false }));
  }
  return html;
}

/** Loads (and if needed compiles) the views now, so that the next single-change run finds them ready. */
export async function warmRenderer(sourcesHash: string): Promise<void> {
  await viewsFor(sourcesHash);
}

/** Pages (and PDF cards) per message to a render worker: small enough to keep each worker's memory low. */
const PAGE_BATCH = 1000;
const CARD_BATCH = 50;

/**
 * Every page of a full build, and the PDF cards that have to be made, rendered by a pool of worker
 * threads (one per core, at most 4) with the same compiled views and card, each writing into
 * `staging`. Work goes out in batches as workers ask for it, so no core idles while another has a
 * queue, and no worker holds more than a batch.
 */
export async function renderAll(
  specs: readonly PageSpec[],
  cards: readonly PublicProcedure[],
  options: { sourcesHash: string; staging: string; siteUrl: string },
): Promise<{ pages: number; cards: number }> {
  const viewsFile = await compiledViews(options.sourcesHash);
  const batches: { kind: 'pages' | 'cards'; items: readonly unknown[] }[] = [];
  for (let i = 0; i < specs.length; i += PAGE_BATCH) batches.push({ kind: 'pages', items: specs.slice(i, i + PAGE_BATCH) });
  for (let i = 0; i < cards.length; i += CARD_BATCH) batches.push({ kind: 'cards', items: cards.slice(i, i + CARD_BATCH) });
  const size = Math.max(1, Math.min(4, os.availableParallelism(), batches.length));
  let next = 0;
  let done = 0;
  const workers = Array.from(
    { length: size },
    () =>
      new Worker(new URL('./renderWorker.mjs', import.meta.url), {
        workerData: { viewsFile, staging: options.staging, siteUrl: options.siteUrl },
        resourceLimits: { maxOldGenerationSizeMb: 1024 },
      }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.on('message', (count: number) => {
              done += count;
              const batch = batches[next++];
              // As a JSON string: copying a string to a worker is far cheaper than cloning objects.
              worker.postMessage(batch ? { kind: batch.kind, json: JSON.stringify(batch.items) } : null);
              if (!batch) resolve();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`render worker exited with ${code}`))));
          }),
      ),
    );
    if (done !== specs.length + cards.length) throw new Error(`rendered ${done} of ${specs.length} pages and ${cards.length} cards`);
    return { pages: specs.length, cards: cards.length };
  } finally {
    // After a failure the others stop too: nothing may write into a staging folder being removed.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
