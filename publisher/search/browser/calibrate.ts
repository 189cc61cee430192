/**
 * Two Pagefind indexes on one scale. With page-length normalisation off (indexInfo.ts, RANKING),
 * Pagefind scores a page for one term as idf(N, n) × (what the page alone decides), N being the
 * index's pages and n those containing the term (pagefind_web: `calculate_idf`). A page's score
 * in the union of both indexes (less the pages each leaves out) is then its own score ×
 * idf(union) / idf(its index). Pure: unit-tested, and bundled for the browser.
 */

/** Pagefind's IDF (pagefind_web `calculate_idf`). */
export function idf(pages: number, containing: number): number {
  return Math.log((pages - containing + 0.5) / (containing + 0.5) + 1);
}

/** One index's answer for one term, with what of it is not part of the union. */
export interface IndexAnswer<R extends { id: string; score: number }> {
  results: R[];
  /** Pages containing the term, before any filter, as the index counted them (Pagefind's `unfilteredResultCount`). */
  unfiltered: number;
  /** Pages of the index, as it counts them. */
  pages: number;
  /** Ids of its pages that are not in the union (the main index's replaced pages, the delta's vocabulary page). */
  leftOut: ReadonlySet<string>;
  /** How many left-out pages contain the term (default: those among `results`; a filter may hide some). */
  leftOutContaining?: number;
  /** How many of its pages are not in the union. */
  leftOutPages: number;
}

export interface Merged<R> {
  id: string;
  score: number;
  result: R;
  fromDelta: boolean;
}

/**
 * One term's answers of the main index and of the delta as one list with the scores one index
 * over the union would give: the left-out pages dropped and not counted, each score rescaled
 * from its own index's IDF to the union's. Best first.
 */
export function mergeAnswers<R extends { id: string; score: number }>(main: IndexAnswer<R>, delta: IndexAnswer<R>): Merged<R>[] {
  const kept = (answer: IndexAnswer<R>) => answer.results.filter((r) => !answer.leftOut.has(r.id));
  const fromMain = kept(main);
  const fromDelta = kept(delta);
  const counted = (answer: IndexAnswer<R>, shown: R[]) =>
    Math.max(0, answer.unfiltered - (answer.leftOutContaining ?? answer.results.length - shown.length));
  const pages = main.pages - main.leftOutPages + delta.pages - delta.leftOutPages;
  const union = idf(pages, counted(main, fromMain) + counted(delta, fromDelta));
  const scale = (answer: IndexAnswer<R>) => {
    const own = idf(answer.pages, answer.unfiltered);
    return own > 0 ? union / own : 1;
  };
  const [mainScale, deltaScale] = [scale(main), scale(delta)];
  return [
    ...fromMain.map((result) => ({ id: result.id, score: result.score * mainScale, result, fromDelta: false })),
    ...fromDelta.map((result) => ({ id: result.id, score: result.score * deltaScale, result, fromDelta: true })),
  ].sort((a, b) => b.score - a.score);
}
