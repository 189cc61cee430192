/**
 * The resident search in the browser: analyses the query with the lexicon published beside the
 * index, asks Pagefind one term at a time and merges the answers (`rankPlan`). Bundled into
 * `/pagefind/lckm-szukaj.js` by the publisher; the search page imports it. No server involved.
 */
import type { FetchJson, LexiconMeta } from '../publishedLexicon';
import { LEXICON_DIR, META_FILE, PublishedLexicon } from '../publishedLexicon';
import type { Term } from '../queryPlan';
import { planQuery } from '../queryPlan';
import { rankPlan } from '../rank';
import { fold } from '../text';
import { ThesaurusMatcher } from '../thesaurus';
import { bigramTerm, groupTerm, lemmaTerm } from '../tokens';

interface PagefindData {
  url: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface ResidentResult {
  url: string;
  title: string;
  summary: string;
  department: string;
  score: number;
}

export interface ResidentSearchOptions {
  /** Where the release's `/pagefind/` is (default `/pagefind/`). */
  base?: string;
  /** How to read the lexicon's JSON files (default `fetch`). */
  fetchJson?: FetchJson;
  /** How to load Pagefind's own module (default a dynamic `import`). */
  importModule?: (url: string) => Promise<unknown>;
  /** Passed to Pagefind's `options()`. */
  pagefindOptions?: Record<string, unknown>;
}

export interface ResidentSearch {
  search(query: string, options?: { department?: string; limit?: number }): Promise<ResidentResult[]>;
}

async function fetchJsonDefault(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** The index word Pagefind is asked for; a folded query word asks for the folded lemma (Pagefind ranks exact spelling first). */
function pagefindTerm(term: Term): string | undefined {
  switch (term.kind) {
    case 'lemma':
      return lemmaTerm(term.folded ? fold(term.lemma) : term.lemma);
    case 'group':
      return groupTerm(term.id);
    case 'bigram':
      return bigramTerm(term.first, term.second);
    case 'word':
      return term.word;
  }
}

export async function createResidentSearch(options: ResidentSearchOptions = {}): Promise<ResidentSearch> {
  const base = options.base ?? '/pagefind/';
  const fetchJson = options.fetchJson ?? fetchJsonDefault;
  const meta = (await fetchJson(`${base}${LEXICON_DIR}/${META_FILE}`)) as LexiconMeta;
  const lexicon = new PublishedLexicon(meta, (file) => fetchJson(`${base}${LEXICON_DIR}/${file}`));
  const matcher = new ThesaurusMatcher({ groups: meta.thesaurus });
  const load = options.importModule ?? ((url: string) => import(/* @vite-ignore */ url));
  const pagefind = (await load(`${base}pagefind.js`)) as PagefindApi;
  await pagefind.options({ ...options.pagefindOptions });

  return {
    async search(query, { department, limit = 20 } = {}) {
      const plan = await planQuery(query, lexicon, matcher);
      const found = new Map<string, PagefindResult>();
      const filters = department ? { filters: { wydział: department } } : {};
      const ranked = await rankPlan(plan, async (term) => {
        const word = pagefindTerm(term);
        const scores = new Map<string, number>();
        if (!word) return scores;
        for (const result of (await pagefind.search(word, filters))?.results ?? []) {
          found.set(result.id, result);
          scores.set(result.id, result.score);
        }
        return scores;
      });
      return Promise.all(
        ranked.slice(0, limit).map(async ({ id, score }) => {
          const data = await (found.get(id) as PagefindResult).data();
          return {
            url: data.url,
            title: data.meta.title ?? data.url,
            summary: data.meta.opis ?? '',
            department: data.meta.wydział ?? '',
            score,
          };
        }),
      );
    },
  };
}
