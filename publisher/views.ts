import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadRenderer, type Renderer } from './renderItems.mjs';

const root = path.resolve(import.meta.dirname, '..');
/** Compiled views live beside the dependencies they import (astro, marked, sanitize-html). */
const cacheDir = path.join(root, 'node_modules', '.cache', 'lckm-views');
const keyOf = (sourcesHash: string) => sourcesHash.slice(0, 24);

/** Compiles the views and the card in a child process (publisher/compileViews.ts): Vite stays out of this process's memory. */
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

const compiling = new Map<string, Promise<string>>();
const loaded = new Map<string, Promise<Renderer>>();

/** Remembers a promise by key, and forgets it when it fails (the next run tries again). */
function once<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let entry = cache.get(key);
  if (!entry) {
    entry = make();
    entry.catch(() => cache.delete(key));
    cache.set(key, entry);
  }
  return entry;
}

/** The compiled views module for this version of the rendering sources (compiled on first use). */
export function compiledViews(sourcesHash: string): Promise<string> {
  const target = path.join(cacheDir, keyOf(sourcesHash), 'views.mjs');
  return once(compiling, keyOf(sourcesHash), () => (fs.existsSync(target) ? Promise.resolve(target) : compile(target).then(() => target)));
}

/** The renderer of this process for this version of the rendering sources (loaded once, then reused). */
export function rendererFor(sourcesHash: string): Promise<Renderer> {
  return once(loaded, keyOf(sourcesHash), async () => loadRenderer(await compiledViews(sourcesHash)));
}

/** Loads (and if needed compiles) the views and the card now, so that the next run with few changes finds them ready. */
export async function warmRenderer(sourcesHash: string): Promise<void> {
  await (await rendererFor(sourcesHash)).warm();
}
