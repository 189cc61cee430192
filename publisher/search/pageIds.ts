import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind's fragment files start with this marker before their JSON (pagefind 1.x). */
const FRAGMENT_MARKER = 'pagefind_dcd';

interface FragmentPage {
  url: string;
}

/** One fragment file's pages by id: a file per page (`<id>.pf_fragment`), or a bundle of several (`{id: page}`). */
function pagesOf(file: string, bytes: Buffer): [string, FragmentPage][] {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(FRAGMENT_MARKER)) throw new Error(`Pagefind: nieznany format fragmentu ${file}`);
  const data = JSON.parse(text.slice(FRAGMENT_MARKER.length)) as FragmentPage | Record<string, FragmentPage>;
  if (typeof data.url === 'string') return [[path.basename(file, '.pf_fragment'), data as FragmentPage]];
  return Object.entries(data as Record<string, FragmentPage>);
}

/**
 * The id Pagefind gave each page of an index it wrote (`<dir>/fragment/`), by the page's URL. A
 * later delta names the main index's pages it replaces by these ids (indexInfo.ts), which is what
 * the browser sees of a result before it loads the result's data.
 */
export async function readPageIds(pagefindDir: string): Promise<Map<string, string>> {
  const dir = path.join(pagefindDir, 'fragment');
  const ids = new Map<string, string>();
  // An index of no pages (nothing live yet) has no fragments at all.
  const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const name of names.filter((n) => n.endsWith('.pf_fragment')).sort()) {
    for (const [id, page] of pagesOf(name, await fs.readFile(path.join(dir, name)))) ids.set(page.url, id);
  }
  return ids;
}
