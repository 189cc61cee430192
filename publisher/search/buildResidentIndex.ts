import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { CorpusAnalysis } from '../../schemas/search/corpusAnalysis';
import { polishDictionary } from '../../schemas/search/hunspell/polish';
import { LEXICON_DIR } from '../../schemas/search/publishedLexicon';
import type { Thesaurus } from '../../schemas/search/thesaurus';
import { bundleResidentQuery, QUERY_SCRIPT } from './bundleQuery';
import type { LexiconStats } from './lexiconFiles';
import { writeLexicon } from './lexiconFiles';
import type { PageTerms, SearchableProcedure } from './residentPage';
import { residentPageHtml, searchableText } from './residentPage';

export interface ResidentIndexStats {
  pages: number;
  lexicon: LexiconStats;
  /** Bytes of everything under `<outDir>/pagefind/` (Pagefind's files, the lexicon, the query script). */
  bytes: number;
  ms: { analysis: number; pagefind: number; total: number };
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

async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function writePagefind(pages: { url: string; html: string }[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pl' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      if (added.errors.length > 0) throw new Error(`Pagefind (${page.url}): ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * The resident search of a release, in `<outDir>/pagefind/`: Pagefind's index of the procedures
 * with their analysis terms (lemmas, synonym groups, word pairs; weighted by where they stand),
 * the lexicon the browser analyses queries with (`analiza/`), and the query code (`lckm-szukaj.js`).
 * Pagefind runs one index at a time per process; callers do not overlap builds.
 */
export async function buildResidentIndex(
  procedures: readonly SearchableProcedure[],
  thesaurus: Thesaurus,
  outDir: string,
): Promise<ResidentIndexStats> {
  const started = performance.now();
  const analysis = new CorpusAnalysis(await polishDictionary(), thesaurus);
  const pages = procedures.map((p) => ({ url: `/procedury/${p.slug}/`, html: residentPageHtml(p, pageTerms(p, analysis)) }));
  const analysed = performance.now();
  const outputPath = path.join(outDir, 'pagefind');
  await writePagefind(pages, outputPath);
  const indexed = performance.now();
  const lexicon = await writeLexicon(analysis, path.join(outputPath, LEXICON_DIR));
  await fs.writeFile(path.join(outputPath, QUERY_SCRIPT), await bundleResidentQuery());
  return {
    pages: pages.length,
    lexicon,
    bytes: await directoryBytes(outputPath),
    ms: { analysis: analysed - started, pagefind: indexed - analysed, total: performance.now() - started },
  };
}

/** Pagefind with its defaults over the same pages, without the analysis: the quality baseline. */
export async function buildPlainIndex(procedures: readonly SearchableProcedure[], outDir: string): Promise<number> {
  const outputPath = path.join(outDir, 'pagefind');
  await writePagefind(
    procedures.map((p) => ({ url: `/procedury/${p.slug}/`, html: residentPageHtml(p, undefined, false) })),
    outputPath,
  );
  return directoryBytes(outputPath);
}
