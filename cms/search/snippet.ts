import type { LemmaLookup } from '../../schemas/search/analyse';
import { words } from '../../schemas/search/text';

const SNIPPET_LENGTH = 220;

/** Sentences and list items: the unit a consultant reads in a result. */
function segments(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?;])\s+/)
    .map((s) => s.replace(/[*_#>`]+/g, '').trim())
    .filter((s) => s.length > 0);
}

/** How many of the wanted lemmas a segment contains. */
function hits(segment: string, wanted: ReadonlySet<string>, lookup: LemmaLookup): number {
  const found = new Set<string>();
  for (const { text } of words(segment)) {
    if (wanted.has(text)) found.add(text);
    for (const lemma of lookup(text).lemmas) if (wanted.has(lemma)) found.add(lemma);
  }
  return found.size;
}

function trim(segment: string): string {
  return segment.length <= SNIPPET_LENGTH ? segment : `${segment.slice(0, SNIPPET_LENGTH - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * The sentence of a procedure that best shows why it was found — for an internal term, the
 * call-center note that has it — or else the first one (the title or summary).
 */
export function snippet(text: string, wanted: ReadonlySet<string>, lookup: LemmaLookup): string {
  const all = segments(text);
  // Inflected forms share their first letters with the lemma: a cheap test skips most sentences.
  const stems = [...wanted].map((w) => w.slice(0, 3).toLowerCase()).filter((s) => s.length === 3);
  let best = all[0] ?? '';
  let bestHits = 0;
  for (const segment of all) {
    const lower = segment.toLowerCase();
    if (!stems.some((stem) => lower.includes(stem))) continue;
    const n = hits(segment, wanted, lookup);
    if (n > bestHits) {
      best = segment;
      bestHits = n;
    }
  }
  return trim(best);
}
