import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderBatch } from './renderItems.mjs';

/** What every worker of a pool is started with. */
export interface PoolOptions {
  viewsFile: string;
  into: string;
  siteUrl: string;
}

/** One worker per core, at most 4; each capped at 1 GB of heap, so a run cannot take the server's memory. */
const MAX_WORKERS = 4;
const WORKER_HEAP_MB = 1024;

/** Feeds one worker batches as it asks for them; resolves when the queue is empty and it has finished its last. */
function feed(worker: Worker, next: () => RenderBatch | undefined, done: (count: number) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    worker.on('message', (count: number) => {
      done(count);
      const batch = next();
      // As a JSON string: copying a string to a worker is far cheaper than cloning objects.
      worker.postMessage(batch ? { kind: batch.kind, json: JSON.stringify(batch.items) } : null);
      if (!batch) resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`render worker exited with ${code}`))));
  });
}

/**
 * Renders batches in a pool of worker threads (renderWorker.mjs) with the shared renderer, each
 * writing into `options.into`. Work goes out as workers ask for it, so no core idles while
 * another has a queue, and no worker holds more than a batch. Returns how many items were done.
 */
export async function renderInPool(batches: readonly RenderBatch[], options: PoolOptions): Promise<number> {
  const size = Math.max(1, Math.min(MAX_WORKERS, os.availableParallelism(), batches.length));
  let next = 0;
  let done = 0;
  const workers = Array.from(
    { length: size },
    () =>
      new Worker(new URL('./renderWorker.mjs', import.meta.url), {
        workerData: options,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      }),
  );
  try {
    await Promise.all(
      workers.map((worker) =>
        feed(
          worker,
          () => batches[next++],
          (count) => {
            done += count;
          },
        ),
      ),
    );
    return done;
  } finally {
    // After a failure the others stop too: nothing may write into a staging folder being removed.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
