import type { WordLemmas, WordMatch } from './lexicon';
import { fold, isStopWord, words } from './text';

/** One word of a text after analysis. */
export interface AnalysedWord {
  /** Lower case, as written. */
  text: string;
  folded: string;
  /** Dictionary lemmas; an unknown word (a name, "epuap") is its own lemma. */
  lemmas: string[];
  match: WordMatch;
  isStop: boolean;
}

export type LemmaLookup = (word: string) => WordLemmas;

/** The words of a text with their lemmas. */
export function analyseText(text: string, lookup: LemmaLookup): AnalysedWord[] {
  return words(text).map(({ text: word }) => {
    const found = lookup(word);
    return {
      text: word,
      folded: fold(word),
      lemmas: found.lemmas.length > 0 ? found.lemmas : [word],
      match: found.lemmas.length > 0 ? found.match : 'none',
      isStop: isStopWord(word),
    };
  });
}

/**
 * The words that carry meaning. Stop words are dropped, unless nothing else is left (a query
 * of only "co" still searches for "co").
 */
export function contentWords(analysed: readonly AnalysedWord[]): AnalysedWord[] {
  const content = analysed.filter((w) => !w.isStop);
  return content.length > 0 ? content : [...analysed];
}

/** A caching lemma lookup: documents repeat their words, and the dictionary is the slow part. */
export function cachedLookup(lookup: LemmaLookup, limit = 200_000): LemmaLookup {
  const cache = new Map<string, WordLemmas>();
  return (word) => {
    let found = cache.get(word);
    if (!found) {
      found = lookup(word);
      if (cache.size >= limit) cache.clear();
      cache.set(word, found);
    }
    return found;
  };
}
