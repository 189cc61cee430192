import type { AnalysedWord } from './analyse';
import { contentWords } from './analyse';
import { phraseLemmas } from './documentTerms';
import type { Lexicon, WordLemmas } from './lexicon';
import { fold, isStopWord, words } from './text';
import type { ThesaurusMatcher } from './thesaurus';
import { allowedEdits, corrections } from './typos';

/** What one engine query asks for. Each engine spells these as its own index terms. */
export type Term =
  | { kind: 'lemma'; lemma: string; folded: boolean }
  | { kind: 'group'; id: number }
  | { kind: 'bigram'; first: string; second: string }
  | { kind: 'word'; word: string };

export interface Alternative {
  term: Term;
  weight: number;
}

/** A content word of the query: any one of its alternatives counts as the word being found. */
export interface Slot {
  word: string;
  alternatives: Alternative[];
}

/** Alternatives covering content words `from`..`to`: a thesaurus member or a word pair. */
export interface Span {
  kind: 'group' | 'phrase';
  from: number;
  to: number;
  alternatives: Alternative[];
}

export interface QueryPlan {
  slots: Slot[];
  spans: Span[];
}

/**
 * Weights of the ways a word can be found. The exact spelling ranks above the same word without
 * its Polish letters, a thesaurus synonym below the word itself, a corrected typo lower still;
 * the plain typed word (a prefix match in Pagefind) is a last resort for words the dictionary
 * lacks. A word pair found whole adds a bonus on top of its two words.
 */
export const WEIGHTS = { exact: 1, folded: 0.9, typo1: 0.7, typo2: 0.55, synonym: 0.8, word: 0.35, phrase: 0.5 } as const;

interface Recognised extends AnalysedWord {
  weight: number;
}

function recognise(word: string, found: WordLemmas, weight: number): Recognised {
  const known = found.lemmas.length > 0;
  return {
    text: word,
    folded: fold(word),
    lemmas: known ? found.lemmas : [word],
    match: known ? found.match : 'none',
    isStop: isStopWord(word),
    weight: known ? weight : WEIGHTS.exact,
  };
}

/** Typo corrections of an unknown word, as recognised words (their lemmas replace the word's). */
async function corrected(word: string, lexicon: Lexicon): Promise<Recognised[]> {
  const folded = fold(word);
  const max = allowedEdits(folded.length);
  if (max === 0) return [];
  const lengths = Array.from({ length: 2 * max + 1 }, (_, i) => folded.length - max + i).filter((l) => l > 0);
  await lexicon.loadVocabulary(lengths);
  const fixes = corrections(folded, (l) => lexicon.vocabulary(l));
  await lexicon.loadForms(fixes.map((f) => f.word));
  return fixes
    .map((fix) => recognise(fix.word, lexicon.lookup(fix.word), fix.edits === 1 ? WEIGHTS.typo1 : WEIGHTS.typo2))
    .filter((r) => r.match !== 'none');
}

/** Each query word with its lemmas: dictionary first, without diacritics next, typos last. */
async function recogniseAll(text: string, lexicon: Lexicon): Promise<Recognised[][]> {
  const typed = words(text).map((w) => w.text);
  await lexicon.loadForms(typed);
  return Promise.all(
    typed.map(async (word) => {
      const found = lexicon.lookup(word);
      if (found.lemmas.length > 0 || isStopWord(word)) {
        return [recognise(word, found, found.match === 'folded' ? WEIGHTS.folded : WEIGHTS.exact)];
      }
      const fixes = await corrected(word, lexicon);
      return fixes.length > 0 ? fixes : [recognise(word, found, WEIGHTS.exact)];
    }),
  );
}

function slotOf(readings: Recognised[]): Slot {
  const first = readings[0] as Recognised;
  const alternatives: Alternative[] = [];
  for (const r of readings) {
    for (const lemma of r.lemmas) alternatives.push({ term: { kind: 'lemma', lemma, folded: r.match === 'folded' }, weight: r.weight });
  }
  if (first.text.length >= 3) alternatives.push({ term: { kind: 'word', word: first.text }, weight: WEIGHTS.word });
  return { word: first.text, alternatives };
}

/** The query as the engines search it: content words with their alternatives, synonyms and pairs. */
export async function planQuery(text: string, lexicon: Lexicon, thesaurus: ThesaurusMatcher): Promise<QueryPlan> {
  const readings = await recogniseAll(text, lexicon);
  // A word's readings merge into one analysed word for phrase and thesaurus matching.
  const merged = readings.map((r) => ({ ...(r[0] as Recognised), lemmas: [...new Set(r.flatMap((x) => x.lemmas))] }));
  const keep = new Set(contentWords(merged));
  const content = merged.filter((w) => keep.has(w));
  const slots = readings.filter((_, i) => keep.has(merged[i] as Recognised)).map(slotOf);
  const spans: Span[] = thesaurus.find(content).map((m) => ({
    kind: 'group',
    from: m.from,
    to: m.to,
    alternatives: [{ term: { kind: 'group', id: m.group }, weight: WEIGHTS.synonym }],
  }));
  for (let i = 0; i + 1 < content.length; i++) {
    const first = phraseLemmas((content[i] as AnalysedWord).lemmas);
    const second = phraseLemmas((content[i + 1] as AnalysedWord).lemmas);
    const alternatives = first.flatMap((a) =>
      second.map((b) => ({ term: { kind: 'bigram', first: a, second: b } as Term, weight: WEIGHTS.phrase })),
    );
    spans.push({ kind: 'phrase', from: i, to: i + 1, alternatives });
  }
  return { slots, spans };
}
