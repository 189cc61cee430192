import type { PageSpec } from './pages';
import { type CardJob, type RenderBatch, releaseWriter, renderBatch } from './renderItems.mjs';
import { renderInPool } from './renderPool';
import { compiledViews, rendererFor } from './views';

export type { CardJob } from './renderItems.mjs';

export interface RenderPagesOptions {
  /** The rendering sources' hash: which compiled views render (publisher/views.ts). */
  sourcesHash: string;
  siteUrl: string;
  /** The release folder written into; it may be hard links to the live release (files are replaced, never written through). */
  into: string;
  /** PDF cards to make as well. */
  cards?: readonly CardJob[];
  /** Work up to this size (a page counts 1, a card `CARD_WEIGHT`) is rendered in this process, more in the worker pool. */
  inProcessLimit?: number;
}

/** A PDF card costs about as much as this many pages (50–100 ms against 2–4 ms). */
export const CARD_WEIGHT = 25;
/**
 * Starting the pool costs more than this much work in this process (each worker loads the views:
 * 1.3–2.5 s measured on the shared 2-core machine), so a change, the demo and the tests render
 * here; a full build of a real portal goes to the pool's cores (decision 0004).
 */
export const IN_PROCESS_LIMIT = 1000;

/** Pages (and PDF cards) per batch: small enough to keep each worker's memory low. */
const PAGE_BATCH = 1000;
const CARD_BATCH = 50;

function batchesOf(specs: readonly PageSpec[], cards: readonly CardJob[]): RenderBatch[] {
  const batches: RenderBatch[] = [];
  for (let i = 0; i < specs.length; i += PAGE_BATCH) batches.push({ kind: 'pages', items: specs.slice(i, i + PAGE_BATCH) });
  for (let i = 0; i < cards.length; i += CARD_BATCH) batches.push({ kind: 'cards', items: cards.slice(i, i + CARD_BATCH) });
  return batches;
}

/**
 * Renders pages (and PDF cards) with the same Astro components `astro build` uses, and writes
 * each into `options.into` by its file: in this process when there is little to do (a change to a
 * few procedures), in a pool of worker threads when there is much (a full build), with the same
 * code either way (renderItems.mjs). Every publish run renders through here.
 */
export async function renderPages(
  specs: readonly PageSpec[],
  options: RenderPagesOptions,
): Promise<{ pages: number; cards: number; inProcess: boolean }> {
  const cards = options.cards ?? [];
  const batches = batchesOf(specs, cards);
  const inProcess = specs.length + CARD_WEIGHT * cards.length <= (options.inProcessLimit ?? IN_PROCESS_LIMIT);
  let done = 0;
  if (batches.length === 0) return { pages: 0, cards: 0, inProcess };
  if (inProcess) {
    const renderer = await rendererFor(options.sourcesHash);
    const write = releaseWriter(options.into);
    for (const batch of batches) done += await renderBatch(renderer, batch, write, options.siteUrl);
  } else {
    const viewsFile = await compiledViews(options.sourcesHash);
    done = await renderInPool(batches, { viewsFile, into: options.into, siteUrl: options.siteUrl });
  }
  if (done !== specs.length + cards.length) throw new Error(`rendered ${done} of ${specs.length} pages and ${cards.length} cards`);
  return { pages: specs.length, cards: cards.length, inProcess };
}
