// A worker of the full-build pool (renderPages.ts, renderAll): renders batches of the portal's
// pages with the compiled views (Astro's Container API), or of PDF cards with the compiled card,
// writes them into the staging release, and asks for the next batch. Plain JavaScript: worker
// threads do not inherit the TypeScript loader.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { viewsFile, staging, siteUrl } = workerData;
const views = await import(pathToFileURL(viewsFile).href);
const container = await views.experimental_AstroContainer.create();
let card;
const made = new Set();

function write(relative, content) {
  const file = path.join(staging, relative);
  const dir = path.dirname(file);
  if (!made.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  fs.writeFileSync(file, content);
}

parentPort.on('message', async (batch) => {
  if (batch === null) {
    parentPort.close();
    return;
  }
  const items = JSON.parse(batch.json);
  if (batch.kind === 'pages') {
    for (const page of items) write(page.file, await container.renderToString(views[page.view], { props: page.props, partial: false }));
  } else {
    card ??= await import(pathToFileURL(path.join(path.dirname(viewsFile), 'card.mjs')).href);
    for (const procedure of items) write(`procedury/${procedure.slug}/karta.pdf`, await card.renderCard(procedure, siteUrl));
  }
  parentPort.postMessage(items.length);
});
parentPort.postMessage(0);
