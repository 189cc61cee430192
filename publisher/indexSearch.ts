import fs from 'node:fs';
import path from 'node:path';
import type { Thesaurus } from '../schemas/search/thesaurus';
import { loadDefaultThesaurus } from '../schemas/search/thesaurusFile';
import type { PublicProcedure } from '../schemas/types.generated';
import { contentHash, type SearchManifest } from './manifest';
import type { SearchPlan } from './planSearch';
import { buildResidentIndex, type IndexOptions, SEARCH_DIR } from './search/buildResidentIndex';
import { buildDeltaIndex } from './search/deltaIndex';

/** The thesaurus a run indexes with, and its hash (what the manifest records). */
export interface ThesaurusInUse {
  thesaurus: Thesaurus;
  hash: string;
}

/** A thesaurus with its hash, over its groups in one key order (the CMS's and the file's copies of one thesaurus hash alike). */
export function thesaurusInUse(thesaurus: Thesaurus = loadDefaultThesaurus()): ThesaurusInUse {
  const groups = thesaurus.groups.map(({ terms, domain, note }) => [terms, domain ?? null, note ?? null]);
  return { thesaurus, hash: contentHash(groups).slice(0, 32) };
}

/**
 * The whole resident index of a release (`/pagefind/`) from its live procedures, replacing any
 * there (a linked copy brings the previous one). Returns what the manifest records of it.
 */
export async function indexAll(
  procedures: readonly PublicProcedure[],
  hashes: Record<string, string>,
  thesaurus: ThesaurusInUse,
  releaseDir: string,
  options: IndexOptions = {},
): Promise<SearchManifest> {
  fs.rmSync(path.join(releaseDir, SEARCH_DIR), { recursive: true, force: true });
  const built = await buildResidentIndex(procedures, thesaurus.thesaurus, releaseDir, options);
  return { thesaurus: thesaurus.hash, pages: built.pages, ids: built.pageIds, main: { ...hashes }, delta: [] };
}

/**
 * The resident search of a new release, as planned (publisher/planSearch.ts): the whole index,
 * the live release's as it is, or its main index with a delta of the procedures changed since.
 * Runs before the swap: a release goes live with a search that finds what it publishes.
 */
export async function indexSearch(
  plan: SearchPlan,
  base: SearchManifest | undefined,
  published: readonly PublicProcedure[],
  hashes: Record<string, string>,
  thesaurus: ThesaurusInUse,
  releaseDir: string,
): Promise<SearchManifest> {
  if (plan.kind === 'full' || !base) return indexAll(published, hashes, thesaurus, releaseDir);
  if (plan.kind === 'keep') return base;
  const wanted = new Set(plan.changed);
  const replaces = plan.replaced.flatMap((slug) => (base.ids[slug] ? [base.ids[slug]] : []));
  await buildDeltaIndex(
    published.filter((p) => wanted.has(p.slug)),
    thesaurus.thesaurus,
    path.join(releaseDir, SEARCH_DIR),
    { pages: base.pages, replaces, departments: [...new Set(published.map((p) => p.department))].sort() },
  );
  return { ...base, delta: [...new Set([...plan.changed, ...plan.replaced])].sort() };
}
