import { fold } from './text';

/** How a query word was recognised. */
export type WordMatch = 'exact' | 'folded' | 'none';

export interface WordLemmas {
  lemmas: string[];
  /** `exact`: the word as typed is a known form; `folded`: only without diacritics; `none`: unknown. */
  match: WordMatch;
}

/**
 * What the query analysis needs to know about words. The staff search answers from memory; the
 * browser from the shards published beside the resident index, loaded by `prepare` first.
 */
export interface Lexicon {
  /** Loads what `lookup` needs for these (lower-case) words. */
  loadForms(words: readonly string[]): Promise<void>;
  /** Loads what `vocabulary` needs for these word lengths. */
  loadVocabulary(lengths: readonly number[]): Promise<void>;
  lookup(word: string): WordLemmas;
  /** Known words (folded) of one length, for typo correction. */
  vocabulary(length: number): Iterable<string>;
}

/** One known form: its spelling and the lemmas it is a form of. Serialised as `[form, ...lemmas]`. */
export type FormEntry = [string, ...string[]];

/** Forms by their folded spelling: the published lexicon's shards hold slices of this map. */
export type FormMap = Map<string, FormEntry[]>;

/** Adds `form` as a form of `lemma` (idempotent). */
export function addForm(map: FormMap, form: string, lemma: string): void {
  const key = fold(form);
  const entries = map.get(key);
  if (!entries) {
    map.set(key, [[form, lemma]]);
    return;
  }
  const entry = entries.find((e) => e[0] === form);
  if (!entry) entries.push([form, lemma]);
  else if (!entry.includes(lemma, 1)) entry.push(lemma);
}

/** The lemmas of `word` according to a form map: exact spelling first, then without diacritics. */
export function lookupForms(map: ReadonlyMap<string, FormEntry[]>, word: string): WordLemmas {
  const entries = map.get(fold(word));
  if (!entries) return { lemmas: [], match: 'none' };
  const exact = entries.filter((e) => e[0] === word);
  const chosen = exact.length > 0 ? exact : entries;
  const lemmas = [...new Set(chosen.flatMap((e) => e.slice(1)))];
  return { lemmas, match: exact.length > 0 ? 'exact' : 'folded' };
}

/** FNV-1a: a stable shard number for a folded form, the same in Node and in the browser. */
export function shardOf(folded: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) {
    hash ^= folded.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

/** A lexicon held whole in memory (the staff search, tests, the index build). */
export class MemoryLexicon implements Lexicon {
  readonly forms: FormMap = new Map();
  private readonly byLength = new Map<number, Set<string>>();

  async loadForms(): Promise<void> {}

  async loadVocabulary(): Promise<void> {}

  addForm(form: string, lemma: string): void {
    addForm(this.forms, form, lemma);
  }

  /** Adds a word residents may mistype (folded into the typo vocabulary). */
  addVocabulary(word: string): void {
    const folded = fold(word);
    const set = this.byLength.get(folded.length) ?? new Set<string>();
    this.byLength.set(folded.length, set);
    set.add(folded);
  }

  lookup(word: string): WordLemmas {
    return lookupForms(this.forms, word);
  }

  vocabulary(length: number): Iterable<string> {
    return this.byLength.get(length) ?? [];
  }

  vocabularyLengths(): number[] {
    return [...this.byLength.keys()].sort((a, b) => a - b);
  }
}
