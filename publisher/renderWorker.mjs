// A worker of the render pool (renderPool.ts): renders the batches of pages and PDF cards it is
// sent with the shared renderer (renderItems.mjs, the same code the publishing process renders
// with), writes them into the release folder, and asks for the next batch.
import { parentPort, workerData } from 'node:worker_threads';
import { loadRenderer, releaseWriter, renderBatch } from './renderItems.mjs';

const { viewsFile, into, siteUrl } = workerData;
const renderer = await loadRenderer(viewsFile);
const write = releaseWriter(into);

parentPort.on('message', async (message) => {
  if (message === null) {
    parentPort.close();
    return;
  }
  // Sent as a JSON string: copying a string to a worker is far cheaper than cloning objects.
  parentPort.postMessage(await renderBatch(renderer, { kind: message.kind, items: JSON.parse(message.json) }, write, siteUrl));
});
parentPort.postMessage(0);
