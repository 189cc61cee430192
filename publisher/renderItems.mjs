// The one way the portal's pages and PDF cards are rendered and written, in the publishing
// process (renderPages.ts, few pages) and in each worker of the pool (renderWorker.mjs, many):
// the compiled views through Astro's Container API, the compiled card beside them. Plain
// JavaScript because worker threads do not inherit the TypeScript loader; typed in
// renderItems.d.mts.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The renderer of one compiled version of the views (`views.mjs`, with `card.mjs` beside it). */
export async function loadRenderer(viewsFile) {
  const views = await import(pathToFileURL(viewsFile).href);
  const container = await views.experimental_AstroContainer.create();
  let card;
  const cardModule = async () => {
    // Loaded on first use: a worker given only pages never needs pdf-lib.
    card ??= await import(pathToFileURL(path.join(path.dirname(viewsFile), 'card.mjs')).href);
    return card;
  };
  return {
    page: (spec) => container.renderToString(views[spec.view], { props: spec.props, partial: false }),
    card: async (procedure, siteUrl) => (await cardModule()).renderCard(procedure, siteUrl),
    warm: async () => {
      await cardModule();
    },
  };
}

/**
 * Writes files into a release folder. A file already there is unlinked first, never written
 * through: the folder may be hard links to the live release (releaseFiles.ts, linkRelease).
 */
export function releaseWriter(releaseDir) {
  const made = new Set();
  return (relative, content) => {
    const file = path.join(releaseDir, relative);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.rmSync(file, { force: true });
    fs.writeFileSync(file, content);
  };
}

/** Renders a batch of pages or cards and writes each; returns how many. */
export async function renderBatch(renderer, batch, write, siteUrl) {
  if (batch.kind === 'pages') {
    for (const spec of batch.items) write(spec.file, await renderer.page(spec));
  } else {
    for (const { file, procedure } of batch.items) write(file, await renderer.card(procedure, siteUrl));
  }
  return batch.items.length;
}
