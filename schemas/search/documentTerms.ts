import type { AnalysedWord, LemmaLookup } from './analyse';
import { analyseText, contentWords } from './analyse';
import type { ThesaurusMatcher } from './thesaurus';
import { bigramTerm, foldedLemmaTerm, groupTerm, lemmaTerm, numberTerm } from './tokens';

export interface FieldTermOptions {
  /** Adds a term per pair of neighbouring content words (whole-phrase matches); for short fields. */
  bigrams?: boolean;
  /** Adds the lemmas without diacritics (the staff index; Pagefind folds by itself). */
  foldedLemmas?: boolean;
  /** Each term once: long fields would otherwise grow the index without changing the ranking much. */
  distinct?: boolean;
  /** Adds numbers (phones, addresses): the staff index only (Pagefind matches them as typed). */
  numbers?: boolean;
}

/**
 * The lemmas of a word that enter phrase terms: at most two of an ambiguous word, chosen by
 * spelling so that a document and a query choose the same ones.
 */
export function phraseLemmas(lemmas: readonly string[]): string[] {
  return [...lemmas].sort().slice(0, 2);
}

function wordTerms(word: AnalysedWord, folded: boolean, numbers: boolean): string[] {
  const out: string[] = [];
  const number = numbers ? numberTerm(word.text) : undefined;
  if (number) out.push(number);
  for (const lemma of word.lemmas) {
    const term = lemmaTerm(lemma);
    if (term) out.push(term);
    const foldedTerm = folded ? foldedLemmaTerm(lemma) : undefined;
    if (foldedTerm) out.push(foldedTerm);
  }
  return out;
}

/** The phrase terms of neighbouring content words. */
export function bigramTerms(content: readonly AnalysedWord[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < content.length; i++) {
    const first = content[i] as AnalysedWord;
    const second = content[i + 1] as AnalysedWord;
    for (const a of phraseLemmas(first.lemmas)) {
      for (const b of phraseLemmas(second.lemmas)) out.push(bigramTerm(a, b));
    }
  }
  return out;
}

/**
 * The analysis terms of one field of a document: the lemmas of its content words, the thesaurus
 * groups its words and phrases belong to, and (optionally) its word pairs. Stored beside the
 * field's own words, so a query in any inflection, or in a synonym's words, meets them.
 */
export function fieldTerms(text: string, lookup: LemmaLookup, matcher: ThesaurusMatcher, options: FieldTermOptions = {}): string[] {
  const content = contentWords(analyseText(text, lookup)).filter((w) => !w.isStop);
  const terms = content.flatMap((w) => wordTerms(w, options.foldedLemmas ?? false, options.numbers ?? false));
  for (const match of matcher.find(content)) terms.push(groupTerm(match.group));
  if (options.bigrams) terms.push(...bigramTerms(content));
  return options.distinct ? [...new Set(terms)] : terms;
}
