import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { routes } from '../../schemas/rules/routes';
import { CorpusAnalysis } from '../../schemas/search/corpusAnalysis';
import { polishDictionary } from '../../schemas/search/hunspell/polish';
import { LEXICON_DIR } from '../../schemas/search/publishedLexicon';
import type { Thesaurus } from '../../schemas/search/thesaurus';
import { bundleResidentQuery, QUERY_SCRIPT } from './bundleQuery';
import { INDEX_INFO_FILE, type IndexInfo } from './indexInfo';
import type { LexiconStats } from './lexiconFiles';
import { writeLexicon } from './lexiconFiles';
import { readPageIds } from './pageIds';
import type { PageTerms, SearchableProcedure } from './residentPage';
import { residentPageHtml, searchableText } from './residentPage';

/** The folder of a release's resident search (`/pagefind/`). */
export const SEARCH_DIR = 'pagefind';
/**
 * Every word the main index was given, one a line: a later delta indexes them too (on a page of
 * its own that no answer shows), so Pagefind finds a word there wherever the main index has it
 * (deltaIndex.ts). A dot-file: never served.
 */
export const VOCABULARY_FILE = '.slowa-indeksu.txt';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** The words of a page as Pagefind is given them (the text of its HTML, split at spaces). */
export function addWords(html: string, into: Set<string>): void {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot);/g, (e) => ENTITIES[e] ?? e);
  for (const word of text.split(/\s+/)) if (word) into.add(word);
}

export interface ResidentIndexStats {
  pages: number;
  lexicon: LexiconStats;
  /** Bytes of everything under `<outDir>/pagefind/` (Pagefind's files, the lexicon, the query script). */
  bytes: number;
  ms: { analysis: number; pagefind: number; total: number };
  /** Each procedure's page id in Pagefind's index, by slug (a later delta names the pages it replaces by them). */
  pageIds: Record<string, string>;
}

/** Stops a long index build between pages (a publish run is waiting); the build then throws `SearchCancelled`. */
export interface IndexOptions {
  isCancelled?: () => boolean;
}

export class SearchCancelled extends Error {
  constructor() {
    super('Budowa indeksu wyszukiwarki przerwana: czeka publikacja.');
    this.name = 'SearchCancelled';
  }
}

/** The analysis terms of a procedure's weight classes. */
export function pageTerms(p: SearchableProcedure, analysis: CorpusAnalysis): PageTerms {
  const text = searchableText(p);
  return {
    title: analysis.terms(text.title, { bigrams: true }),
    keywords: analysis.terms(text.keywords, { bigrams: true }),
    summary: analysis.terms(text.summary, { bigrams: true }),
    short: analysis.terms(text.short, { distinct: true }),
    long: analysis.terms(text.long, { distinct: true }),
  };
}

/** An analysis with the Polish dictionary (loaded once per process) and this thesaurus. */
export async function newAnalysis(thesaurus: Thesaurus): Promise<CorpusAnalysis> {
  return new CorpusAnalysis(await polishDictionary(), thesaurus);
}

/**
 * The page Pagefind indexes for each procedure, at the procedure's portal address, analysed as
 * Pagefind asks for it (so a cancelled build stops between pages); `spent.ms` adds up the time
 * the analysis took.
 */
export function* analysedPages(
  procedures: readonly SearchableProcedure[],
  analysis: CorpusAnalysis,
  spent: { ms: number; words?: Set<string> } = { ms: 0 },
): Generator<{ url: string; html: string }> {
  for (const p of procedures) {
    const started = performance.now();
    const page = { url: routes.procedure(p.slug), html: residentPageHtml(p, pageTerms(p, analysis)) };
    if (spent.words) addWords(page.html, spent.words);
    spent.ms += performance.now() - started;
    yield page;
  }
}

/** Bytes of the files a browser may fetch under `dir` (dot-files are not served). */
export async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && !entry.name.startsWith('.')) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Pagefind's index of these pages in `outputPath`. Pagefind runs one index at a time per process: callers do not overlap builds. */
export async function writePagefind(
  pages: Iterable<{ url: string; html: string }>,
  outputPath: string,
  options: IndexOptions = {},
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pl' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      if (options.isCancelled?.()) throw new SearchCancelled();
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      if (added.errors.length > 0) throw new Error(`Pagefind (${page.url}): ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/** Each page's Pagefind id by the slug of its procedure. */
export async function pageIdsBySlug(outputPath: string, procedures: readonly SearchableProcedure[]): Promise<Record<string, string>> {
  const byUrl = await readPageIds(outputPath);
  const ids: Record<string, string> = {};
  for (const { slug } of procedures) {
    const id = byUrl.get(routes.procedure(slug));
    if (!id) throw new Error(`Pagefind: brak strony ${routes.procedure(slug)} w indeksie`);
    ids[slug] = id;
  }
  return ids;
}

/** The browser's description of the index, and the query code (the same bundle in every release of one version). */
export async function writeIndexInfo(outputPath: string, info: IndexInfo): Promise<void> {
  await fs.rm(path.join(outputPath, INDEX_INFO_FILE), { force: true });
  await fs.writeFile(path.join(outputPath, INDEX_INFO_FILE), `${JSON.stringify(info)}\n`);
  await fs.rm(path.join(outputPath, QUERY_SCRIPT), { force: true });
  await fs.writeFile(path.join(outputPath, QUERY_SCRIPT), await bundleResidentQuery());
}

/**
 * The resident search of a release, in `<outDir>/pagefind/`: Pagefind's index of the procedures
 * with their analysis terms (lemmas, synonym groups, word pairs; weighted by where they stand),
 * the lexicon the browser analyses queries with (`analiza/`), the query code (`lckm-szukaj.js`)
 * and what it needs to know of the index (`lckm-indeks.json`).
 */
export async function buildResidentIndex(
  procedures: readonly SearchableProcedure[],
  thesaurus: Thesaurus,
  outDir: string,
  options: IndexOptions = {},
): Promise<ResidentIndexStats> {
  const started = performance.now();
  const analysis = await newAnalysis(thesaurus);
  const spent = { ms: performance.now() - started, words: new Set<string>() };
  const outputPath = path.join(outDir, SEARCH_DIR);
  await writePagefind(analysedPages(procedures, analysis, spent), outputPath, options);
  const indexed = performance.now();
  await fs.writeFile(path.join(outputPath, VOCABULARY_FILE), [...spent.words].join('\n'));
  const lexicon = await writeLexicon(analysis, path.join(outputPath, LEXICON_DIR));
  await writeIndexInfo(outputPath, { version: 1, pages: procedures.length });
  return {
    pages: procedures.length,
    lexicon,
    bytes: await directoryBytes(outputPath),
    ms: { analysis: spent.ms, pagefind: indexed - started - spent.ms, total: performance.now() - started },
    pageIds: await pageIdsBySlug(outputPath, procedures),
  };
}

/** Pagefind with its defaults over the same pages, without the analysis: the quality baseline. */
export async function buildPlainIndex(procedures: readonly SearchableProcedure[], outDir: string): Promise<number> {
  const outputPath = path.join(outDir, SEARCH_DIR);
  await writePagefind(
    procedures.map((p) => ({ url: routes.procedure(p.slug), html: residentPageHtml(p, undefined, false) })),
    outputPath,
  );
  return directoryBytes(outputPath);
}
