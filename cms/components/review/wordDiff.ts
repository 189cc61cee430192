import { diffArrays, diffWords } from 'diff';
import type { Part } from './types';

/**
 * Beyond this many word edits two texts are different texts: showing the old one struck out and
 * the new one inserted reads better than a confetti of marks, and it bounds the work on a 20 000
 * character description.
 */
const MAX_WORD_EDITS = 400;

const changeOf = (change: { added: boolean; removed: boolean }): Part['change'] =>
  change.added ? 'added' : change.removed ? 'removed' : 'same';

/** Two texts word by word (Polish letters are word characters to `diffWords`), whitespace kept as typed. */
export function wordDiff(before: string, after: string): Part[] {
  if (before === after) return [{ text: after, change: 'same' }];
  const changes = diffWords(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) {
    return [
      { text: before, change: 'removed' },
      { text: after, change: 'added' },
    ];
  }
  return changes.filter((change) => change.value.length > 0).map((change) => ({ text: change.value, change: changeOf(change) }));
}

/** Two lists of short texts item by item: kept items once, removed and added ones marked. */
export function listDiff(before: readonly string[], after: readonly string[]): Part[] {
  return diffArrays([...before], [...after]).flatMap((change) => change.value.map((text) => ({ text, change: changeOf(change) })));
}

/** One list item paired with its counterpart: equal items, then each removed item with an added one in its place. */
export interface ItemPair<T> {
  before?: T;
  after?: T;
  beforeIndex?: number;
  afterIndex?: number;
}

/**
 * Lines up two lists of records (steps, fees, documents): items that are equal are matched even when
 * others were inserted before them; where items were both taken out and put in at one place, they are
 * paired in order as changed items, so "Etap 4" with a new comment is one changed step, not a removed
 * and an added one.
 */
export function alignItems<T>(before: readonly T[], after: readonly T[], isSame: (a: T, b: T) => boolean): ItemPair<T>[] {
  const pairs: ItemPair<T>[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const b = removed[k];
      const a = added[k];
      pairs.push({
        ...(b === undefined ? {} : { before: before[b] as T, beforeIndex: b }),
        ...(a === undefined ? {} : { after: after[a] as T, afterIndex: a }),
      });
    }
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  for (const change of diffArrays([...before], [...after], { comparator: isSame })) {
    for (let n = 0; n < change.count; n++) {
      if (change.removed) removed.push(i++);
      else if (change.added) added.push(j++);
      else {
        flush();
        pairs.push({ before: before[i] as T, beforeIndex: i++, after: after[j] as T, afterIndex: j++ });
      }
    }
  }
  flush();
  return pairs;
}
