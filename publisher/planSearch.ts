import type { SearchManifest } from './manifest';

/**
 * Above this many procedures changed since the main index, a run builds the whole index again
 * rather than a delta (a delta of that size costs a phone more than it saves the run).
 */
export const DELTA_LIMIT = 250;

/** How a release gets its resident search (publisher/search/indexInfo.ts). */
export type SearchPlan =
  /** The whole index, built in the run. */
  | { kind: 'full' }
  /** The live release's index as it is: no procedure changed. */
  | { kind: 'keep' }
  /**
   * The main index of the live release, and a delta of the procedures changed since it was built
   * (`changed`: indexed in the delta; `replaced`: main-index pages left out — changed and removed).
   */
  | { kind: 'delta'; changed: string[]; replaced: string[] };

export interface SearchPlanInput {
  /** What the live release's index holds (none before the first release with a resident index). */
  previous: SearchManifest | undefined;
  /** Hash of each live procedure's public JSON now. */
  hashes: Record<string, string>;
  /** The live release's `hashes`. */
  previousHashes: Record<string, string> | undefined;
  /** Hash of the thesaurus the index is to be built with. */
  thesaurus: string;
  /** The release starts as a linked copy of the live one (so its `/pagefind/` is there). */
  linked: boolean;
}

const sameKeysAndValues = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/**
 * Pure: from what the live release's index holds and what is live now. A release built whole, a
 * new thesaurus, or a delta grown past `DELTA_LIMIT` gets the whole index; otherwise the
 * procedures whose public JSON differs from what the main index was built from go into a delta.
 */
export function planSearch({ previous, hashes, previousHashes, thesaurus, linked }: SearchPlanInput): SearchPlan {
  if (!linked || !previous || previous.thesaurus !== thesaurus) return { kind: 'full' };
  if (previousHashes && sameKeysAndValues(hashes, previousHashes)) return { kind: 'keep' };
  const changed = Object.keys(hashes).filter((slug) => previous.main[slug] !== hashes[slug]);
  if (changed.length > DELTA_LIMIT) return { kind: 'full' };
  const replaced = Object.keys(previous.main).filter((slug) => previous.main[slug] !== hashes[slug]);
  return { kind: 'delta', changed: changed.sort(), replaced: replaced.sort() };
}
