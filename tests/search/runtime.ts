import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { QUERY_SCRIPT } from '../../publisher/search/bundleQuery';
import type { ResidentSearch } from '../../schemas/search/browser/residentSearch';

let shimmed = false;

/** Bytes the resident search has read so far (what a phone would download, before compression by the server). */
export const fetched = { bytes: 0 };

/**
 * Lets the browser code read `file:` URLs with `fetch`, as it reads a release over HTTP: the
 * resident search then runs in Node exactly as published (the bundled query code and Pagefind's
 * own runtime and WebAssembly), with no browser and no server.
 */
function shimFileFetch(): void {
  if (shimmed) return;
  shimmed = true;
  const original = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return original(input, init);
    try {
      const body = await fs.readFile(fileURLToPath(url.split('?')[0] as string));
      fetched.bytes += body.length;
      const type = url.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } });
    } catch {
      return new Response('', { status: 404 });
    }
  };
}

/**
 * The resident search of a release directory (built by `buildResidentIndex`), run in Node. A new
 * `instance` name loads fresh modules (empty caches), as a phone opening the page for the first time.
 */
export async function loadResidentSearch(releaseDir: string, instance = ''): Promise<ResidentSearch> {
  shimFileFetch();
  const base = `${pathToFileURL(path.join(releaseDir, 'pagefind')).href}/`;
  const suffix = instance ? `?instance=${encodeURIComponent(instance)}` : '';
  const module = (await import(`${base}${QUERY_SCRIPT}${suffix}`)) as typeof import('../../schemas/search/browser/residentSearch');
  return module.createResidentSearch({ base, importModule: (url) => import(`${url}${suffix}`) });
}

/** Pagefind with its defaults (the baseline): the query as typed, Pagefind's own ranking. */
export async function loadPlainPagefind(releaseDir: string): Promise<(query: string) => Promise<string[]>> {
  shimFileFetch();
  const base = `${pathToFileURL(path.join(releaseDir, 'pagefind')).href}/`;
  const pagefind = (await import(`${base}pagefind.js`)) as {
    options(o: Record<string, unknown>): Promise<void>;
    search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  };
  await pagefind.options({});
  return async (query) => {
    const found = await pagefind.search(query);
    return Promise.all(found.results.slice(0, 10).map(async (r) => (await r.data()).url));
  };
}
