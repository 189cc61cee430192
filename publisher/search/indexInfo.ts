/**
 * What the browser needs to know about a release's resident index besides Pagefind's own files
 * (`/pagefind/lckm-indeks.json`). No Node API: the browser bundle imports it.
 *
 * A release's index is Pagefind's index of every live procedure as of some earlier release (the
 * main index), plus, after single-change runs, a small second Pagefind index of the procedures
 * changed since (the delta, `/pagefind/zmiany/`): the main index's pages of changed or removed
 * procedures are left out of every answer, and scores of both are brought to the scale of one
 * index over all of them (browser/calibrate.ts). A later quiet moment folds the delta into a new
 * main index (publisher/refreshSearch.ts).
 */
export const INDEX_INFO_FILE = 'lckm-indeks.json';
/** The file name of the resident query code in `/pagefind/` (the search page imports it). */
export const QUERY_SCRIPT = 'lckm-szukaj.js';
/** The delta's folder inside `/pagefind/`. */
export const DELTA_DIR = 'zmiany';

export interface IndexInfo {
  version: 1;
  /** Pages of the main index. */
  pages: number;
  delta?: {
    /** Pages of the delta index (the changed procedures). */
    pages: number;
    /** Pagefind ids of the main index's pages that no longer describe a live procedure as it is. */
    replaces: string[];
    /**
     * The delta's page of every word of the main index (and every department as a filter value):
     * with it Pagefind matches a word in the delta exactly as in one index over everything, never
     * falling back to a shorter word only because the delta is small. Never shown, never counted.
     */
    vocabulary: string;
  };
}

/**
 * Pagefind's ranking (pagefind_web `calculate_bm25_word_score`) with the page-length
 * normalisation off: a page's score for one term is then the term's IDF times what the page
 * alone decides, so scores of two indexes can be put on one scale exactly. Measured on the test
 * set, it ranks as well as Pagefind's default (0.1): recall@3 1.00 both, MRR 0.994 against 0.988.
 */
export const RANKING = { pageLength: 0, termFrequency: 1 } as const;
