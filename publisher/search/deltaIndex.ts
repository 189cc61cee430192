import fs from 'node:fs/promises';
import path from 'node:path';
import { LEXICON_DIR } from '../../schemas/search/publishedLexicon';
import type { Thesaurus } from '../../schemas/search/thesaurus';
import { analysedPages, directoryBytes, newAnalysis, VOCABULARY_FILE, writeIndexInfo, writePagefind } from './buildResidentIndex';
import { DELTA_DIR } from './indexInfo';
import { mergeLexicon } from './mergeLexicon';
import { readPageIds } from './pageIds';
import type { SearchableProcedure } from './residentPage';

/** Pagefind's user-interface files: the resident search page uses none, and a delta needs only the index. */
const UI_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
/** The address of the delta's vocabulary page (no page of the portal has it). */
const VOCABULARY_URL = `/pagefind/${DELTA_DIR}/slowa/`;

export interface DeltaStats {
  /** Procedures in the delta's own Pagefind index. */
  pages: number;
  /** Pages of the main index it replaces. */
  replaces: number;
  /** Lexicon files rewritten. */
  lexiconFiles: number;
  bytes: number;
  ms: number;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page of every word of the main index, with every department as a filter value (so a filtered search sees it too). */
async function vocabularyPage(pagefindDir: string, departments: readonly string[]): Promise<{ url: string; html: string }> {
  const words = (await fs.readFile(path.join(pagefindDir, VOCABULARY_FILE), 'utf8')).split('\n');
  const filters = departments.map((d) => `<span data-pagefind-filter="wydział">${escapeHtml(d)}</span>`).join('');
  return {
    url: VOCABULARY_URL,
    html: `<!doctype html><html lang="pl"><head><title>słowa</title></head><body>${filters}<main data-pagefind-body><p>${escapeHtml(words.join(' '))}</p></main></body></html>`,
  };
}

/**
 * The search of a single-change release, made current in the run itself: the main index stays as
 * the previous release has it (its files are hard links), and the procedures changed since it was
 * built get a small Pagefind index of their own (`/pagefind/zmiany/`, replaced whole each time)
 * with their words added to the published lexicon. `pagefindDir` is the staging release's
 * `/pagefind/`; `main` is what the main index holds (pages; ids of the pages to leave out);
 * `departments`: every department a search may be filtered by.
 */
export async function buildDeltaIndex(
  changed: readonly SearchableProcedure[],
  thesaurus: Thesaurus,
  pagefindDir: string,
  main: { pages: number; replaces: string[]; departments: readonly string[] },
): Promise<DeltaStats> {
  const started = performance.now();
  const deltaDir = path.join(pagefindDir, DELTA_DIR);
  await fs.rm(deltaDir, { recursive: true, force: true });
  let lexiconFiles = 0;
  let vocabulary = '';
  if (changed.length > 0) {
    const analysis = await newAnalysis(thesaurus);
    await writePagefind([...analysedPages(changed, analysis), await vocabularyPage(pagefindDir, main.departments)], deltaDir);
    for (const name of await fs.readdir(deltaDir)) if (UI_FILES.test(name)) await fs.rm(path.join(deltaDir, name));
    vocabulary = (await readPageIds(deltaDir)).get(VOCABULARY_URL) ?? '';
    lexiconFiles = await mergeLexicon(path.join(pagefindDir, LEXICON_DIR), analysis);
  }
  const hasDelta = changed.length > 0 || main.replaces.length > 0;
  await writeIndexInfo(pagefindDir, {
    version: 1,
    pages: main.pages,
    ...(hasDelta ? { delta: { pages: changed.length, replaces: main.replaces, vocabulary } } : {}),
  });
  return {
    pages: changed.length,
    replaces: main.replaces.length,
    lexiconFiles,
    bytes: changed.length > 0 ? await directoryBytes(deltaDir) : 0,
    ms: performance.now() - started,
  };
}
