/**
 * Typo tolerance: a word of 5–8 letters may differ by one edit from a known word, a word of 9 or
 * more by two; shorter words must be right (too many short words are one edit apart). An edit is
 * a letter inserted, dropped, replaced, or two neighbouring letters swapped ("przedszkloe" is one
 * edit from "przedszkole"): the optimal-string-alignment distance. Words are compared folded, so
 * a missing Polish letter is no edit at all.
 */
export function allowedEdits(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/**
 * The optimal-string-alignment distance between `a` and `b`, or `max + 1` as soon as it is known
 * to exceed `max` (most vocabulary words are rejected after a row or two).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] as number;
}

export interface Correction {
  word: string;
  edits: number;
}

/**
 * Known words within the allowed edits of `word` (both folded), nearest first. `candidates`
 * yields the vocabulary words of one length; only lengths within reach are asked for.
 */
export function corrections(word: string, candidates: (length: number) => Iterable<string>, limit = 3): Correction[] {
  const max = allowedEdits([...word].length);
  if (max === 0) return [];
  const found: Correction[] = [];
  const length = [...word].length;
  for (let l = Math.max(1, length - max); l <= length + max; l++) {
    for (const candidate of candidates(l)) {
      if (candidate === word) continue;
      const edits = editDistance(word, candidate, max);
      if (edits <= max) found.push({ word: candidate, edits });
    }
  }
  found.sort((x, y) => x.edits - y.edits || (x.word < y.word ? -1 : 1));
  const best = found[0]?.edits;
  // Only the nearest words: a one-edit fix is far likelier than any two-edit one.
  return found.filter((c) => c.edits === best).slice(0, limit);
}
