// A worker of the full-build pool (renderPages.ts, renderAll): renders batches of the portal's
// pages with the compiled views (Astro's Container API) and writes them into the staging release,
// asking for the next batch when done. Plain JavaScript: worker threads do not inherit the
// TypeScript loader.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { viewsFile, staging } = workerData;
const views = await import(pathToFileURL(viewsFile).href);
const container = await views.experimental_AstroContainer.create();
const made = new Set();

parentPort.on('message', async (batch) => {
  if (batch === null) {
    parentPort.close();
    return;
  }
  const pages = JSON.parse(batch);
  for (const page of pages) {
    const html = await container.renderToString(views[page.view], { props: page.props, partial: false });
    const file = path.join(staging, page.file);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(file, html);
  }
  parentPort.postMessage(pages.length);
});
parentPort.postMessage(0);
