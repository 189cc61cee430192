/**
 * Syllables of Polish words from the TeX Polish hyphenation patterns (hyph-pl) as the `hyphen`
 * package ships them, matched by Liang's algorithm — no hand-written vowel rule.
 *
 * Why not `hyphenateSync` from `hyphen/pl` directly: it hard-codes the typographic minimum of two
 * letters before the first and after the last break (`\lefthyphenmin=2`), so a one-letter
 * syllable at a word's edge disappears: "u-rzę-do-wy" comes out as "urzę-do-wy" (3), "o-świad-cze-nie"
 * as "oświad-cze-nie" (3). For FOG-PL, where a hard word has 4+ syllables, that misclassified 53 of
 * the 1,207 distinct words of the demo descriptions; the same patterns matched with a minimum of one
 * letter misclassify 6 (measured against a vowel-nucleus count; the remaining differences are
 * patterns that keep "ob-" prefixes or a lone vowel together, as Polish typography wants).
 *
 * The pattern file's layout ([levels table, trie, exceptions]) is not a documented API, so the
 * version is pinned exactly and the layout is checked when this module loads; a change fails loudly
 * here and in `tests/unit/quality.readability.test.ts`, never silently with wrong counts.
 * Pure and browser-safe: no Node API.
 */
import polishPatterns from 'hyphen/patterns/pl.js';

type TrieEntry = TrieNode | number | [TrieNode, number];
interface TrieNode {
  [letter: string]: TrieEntry;
}

interface Patterns {
  levels: number[][];
  trie: TrieNode;
}

function loadPatterns(data: unknown): Patterns {
  if (!Array.isArray(data) || !Array.isArray(data[0]) || typeof data[1] !== 'object' || data[1] === null) {
    throw new Error('hyphen/patterns/pl.js: unexpected layout (expected [levels, trie, exceptions]); check the pinned hyphen version');
  }
  return { levels: data[0] as number[][], trie: data[1] as TrieNode };
}

const patterns = loadPatterns(polishPatterns as unknown);

function step(entry: TrieEntry): { next: TrieNode | undefined; levelsIndex: number } {
  if (typeof entry === 'number') return { next: undefined, levelsIndex: entry };
  if (Array.isArray(entry)) return { next: entry[0], levelsIndex: entry[1] };
  return { next: entry, levelsIndex: -1 };
}

/**
 * Liang's levels between the letters of one lower-case word: `levels[i]` is the value before
 * letter `i`. The offsets follow `hyphen`'s own matcher (a pattern starting at the word-boundary
 * dot and one starting at the first letter both apply from position 0).
 */
function levelsOf(word: string): number[] {
  const letters = ['.', ...word, '.'];
  const levels = new Array<number>(letters.length - 1).fill(0);
  for (let start = 0; start < letters.length; start++) {
    let node: TrieNode | undefined = patterns.trie;
    const base = Math.max(start - 1, 0);
    for (let j = start; j < letters.length && node; j++) {
      const entry: TrieEntry | undefined = node[letters[j] as string];
      if (entry === undefined) break;
      const { next, levelsIndex } = step(entry);
      node = next;
      const values = levelsIndex >= 0 ? patterns.levels[levelsIndex] : undefined;
      if (!values) continue;
      for (let k = 0; k < values.length && base + k < levels.length; k++) {
        levels[base + k] = Math.max(levels[base + k] ?? 0, values[k] ?? 0);
      }
    }
  }
  return levels;
}

const cache = new Map<string, number>();
const CACHE_LIMIT = 20_000;

/** Syllables of one word part (no hyphen): breaks where the level is odd, with a one-letter minimum at both edges. */
function syllablesOfPart(part: string): number {
  const letters = [...part];
  if (letters.length <= 1) return 1;
  const levels = levelsOf(letters.join(''));
  let count = 1;
  for (let i = 1; i < letters.length; i++) if ((levels[i] ?? 0) % 2 === 1) count++;
  return count;
}

/**
 * Syllables of a word as it is read; a hyphenated compound ("materialno-techniczna") counts each
 * part. Words without letters (numbers) count as one.
 */
export function countSyllables(word: string): number {
  const lowered = word.toLocaleLowerCase('pl');
  const cached = cache.get(lowered);
  if (cached !== undefined) return cached;
  const parts = lowered.split(/[-‐]/).filter((part) => /\p{L}/u.test(part));
  const count = parts.length === 0 ? 1 : parts.reduce((sum, part) => sum + syllablesOfPart(part), 0);
  // Typing re-analyses the same text many times a minute; a bounded cache keeps memory flat.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lowered, count);
  return count;
}
