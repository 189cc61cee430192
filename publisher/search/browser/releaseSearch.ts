/**
 * The resident search of a release, as the search page loads it (`/pagefind/lckm-szukaj.js`):
 * the query planner (schemas/search/browser/residentSearch.ts) over the release's main index, and,
 * when the release has one, its delta of changed procedures (publisher/search/indexInfo.ts) —
 * given to the planner as one Pagefind whose answers leave out replaced pages and whose scores
 * are on one scale (calibrate.ts). No server involved.
 */
import type { ResidentSearch, ResidentSearchOptions } from '../../../schemas/search/browser/residentSearch';
import { createResidentSearch as createPlanner } from '../../../schemas/search/browser/residentSearch';
import { DELTA_DIR, INDEX_INFO_FILE, type IndexInfo, RANKING } from '../indexInfo';
import { mergeAnswers } from './calibrate';

export type { ResidentResult, ResidentSearch } from '../../../schemas/search/browser/residentSearch';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<unknown>;
}
interface PagefindAnswer {
  results: PagefindResult[];
  unfilteredResultCount?: number;
}
type SearchOptions = { filters?: Record<string, string> };
interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<PagefindAnswer | null>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The main index and the delta as the one Pagefind the planner asks, one term at a time. The
 * delta is searched by its own copy of Pagefind's module (`delta`, loaded from its folder, or
 * none when the delta only takes procedures down): Pagefind's WebAssembly glue keeps one memory
 * per module, so a second instance of the main module (`createInstance`) would share it and
 * corrupt it when both search at once.
 *
 * The delta's vocabulary page holds every word of the main index (and every filter value, so a
 * filtered answer shows it too): when it does not match a term, the main index has no word for
 * it and answered with Pagefind's fallback to a shorter word, which one index over everything
 * would not do — so its answer is left out.
 */
function withDelta(
  main: PagefindInstance,
  delta: PagefindInstance | undefined,
  deltaBase: string,
  info: IndexInfo & { delta: NonNullable<IndexInfo['delta']> },
): PagefindInstance {
  const replaced = new Set(info.delta.replaces);
  const vocabulary = new Set([info.delta.vocabulary]);
  return {
    async options(options) {
      await main.options(options);
      await delta?.options({ ...options, basePath: deltaBase });
    },
    async search(term, options) {
      const filtered = options?.filters !== undefined && Object.keys(options.filters).length > 0;
      const [fromMain, fromDelta, unfilteredMain] = await Promise.all([
        main.search(term, options),
        delta?.search(term, options) ?? null,
        // A filter may hide replaced pages that still count in the main index's figures.
        filtered && replaced.size > 0 ? main.search(term) : null,
      ]);
      const deltaResults = fromDelta?.results ?? [];
      const mainHasTerm = !delta || deltaResults.some((r) => vocabulary.has(r.id));
      const mainResults = mainHasTerm ? (fromMain?.results ?? []) : [];
      const merged = mergeAnswers(
        {
          results: mainResults,
          unfiltered: mainHasTerm ? (fromMain?.unfilteredResultCount ?? mainResults.length) : 0,
          pages: info.pages,
          leftOut: replaced,
          leftOutPages: replaced.size,
          ...(unfilteredMain ? { leftOutContaining: unfilteredMain.results.filter((r) => replaced.has(r.id)).length } : {}),
        },
        {
          results: deltaResults,
          unfiltered: fromDelta?.unfilteredResultCount ?? deltaResults.length,
          pages: delta ? info.delta.pages + 1 : 0,
          leftOut: delta ? vocabulary : NONE,
          leftOutPages: delta ? 1 : 0,
        },
      );
      // Delta ids are Pagefind's too: kept apart from the main index's, which may hold the same page.
      return { results: merged.map((m) => ({ ...m.result, id: m.fromDelta ? `zmiany:${m.id}` : m.id, score: m.score })) };
    },
  };
}

async function fetchInfo(url: string, fetchJson: ResidentSearchOptions['fetchJson']): Promise<IndexInfo> {
  if (fetchJson) return (await fetchJson(url)) as IndexInfo;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as IndexInfo;
}

/** The planner over this release's index (and its delta), with the ranking the build assumed. */
export async function createResidentSearch(options: ResidentSearchOptions = {}): Promise<ResidentSearch> {
  const base = options.base ?? '/pagefind/';
  const info = await fetchInfo(`${base}${INDEX_INFO_FILE}`, options.fetchJson);
  const load = options.importModule ?? ((url: string) => import(/* @vite-ignore */ url));
  const pagefindOptions = { ...options.pagefindOptions, ranking: RANKING };
  const { delta } = info;
  if (!delta) return createPlanner({ ...options, importModule: load, pagefindOptions });
  const deltaBase = `${base}${DELTA_DIR}/`;
  const importModule = async (url: string) => {
    const [main, own] = await Promise.all([load(url), delta.pages > 0 ? load(`${deltaBase}pagefind.js`) : undefined]);
    return withDelta(main as PagefindInstance, own as PagefindInstance | undefined, deltaBase, { ...info, delta });
  };
  return createPlanner({ ...options, importModule, pagefindOptions });
}
