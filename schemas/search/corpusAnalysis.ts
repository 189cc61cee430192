import type { AnalysedWord, LemmaLookup } from './analyse';
import { analyseText, cachedLookup } from './analyse';
import type { FieldTermOptions } from './documentTerms';
import { fieldTerms } from './documentTerms';
import type { HunspellDictionary } from './hunspell/dictionary';
import { MemoryLexicon } from './lexicon';
import type { CompiledThesaurus, Thesaurus } from './thesaurus';
import { compileThesaurus, ThesaurusMatcher } from './thesaurus';

/** Typo correction needs candidates of at least this length (queries of 5+ letters, one edit off). */
const MIN_VOCABULARY_LENGTH = 4;

/**
 * The analysis of a body of documents in Node, with the full dictionary: the terms of each field,
 * and, as a side effect, the lexicon the queries over those documents need — every form of every
 * lemma that occurs (so any inflection a resident types is recognised) and the words a typo may
 * be corrected to. The resident index publishes that lexicon; the staff search keeps it in memory.
 */
export class CorpusAnalysis {
  readonly lexicon = new MemoryLexicon();
  readonly compiled: CompiledThesaurus;
  readonly matcher: ThesaurusMatcher;
  private readonly lookupCached: LemmaLookup;
  private readonly knownLemmas = new Set<string>();
  private readonly knownWords = new Set<string>();

  constructor(
    private readonly dictionary: HunspellDictionary,
    thesaurus: Thesaurus,
  ) {
    this.lookupCached = cachedLookup((word) => {
      const lemmas = dictionary.lemmas(word);
      return { lemmas, match: lemmas.length > 0 ? 'exact' : 'none' };
    });
    this.compiled = compileThesaurus(thesaurus, this.lookupCached);
    this.matcher = new ThesaurusMatcher(this.compiled);
    for (const group of thesaurus.groups) for (const term of group.terms) this.register(analyseText(term, this.lookupCached));
  }

  /** The dictionary lookup, registering every word it sees in the lexicon. */
  readonly lookup: LemmaLookup = (word) => {
    const found = this.lookupCached(word);
    if (!this.knownWords.has(word)) this.register(analyseText(word, this.lookupCached));
    return found;
  };

  private register(analysed: readonly AnalysedWord[]): void {
    for (const word of analysed) {
      if (this.knownWords.has(word.text)) continue;
      this.knownWords.add(word.text);
      if (word.text.length >= MIN_VOCABULARY_LENGTH && !/^\p{N}+$/u.test(word.text)) this.lexicon.addVocabulary(word.text);
      for (const lemma of word.lemmas) {
        this.lexicon.addForm(word.text, lemma);
        this.addLemma(lemma);
      }
    }
  }

  private addLemma(lemma: string): void {
    if (this.knownLemmas.has(lemma)) return;
    this.knownLemmas.add(lemma);
    if (lemma.length >= MIN_VOCABULARY_LENGTH) this.lexicon.addVocabulary(lemma);
    for (const form of this.dictionary.forms(lemma)) this.lexicon.addForm(form, lemma);
  }

  /** The analysis terms of one field's text (see `fieldTerms`). */
  terms(text: string, options?: FieldTermOptions): string[] {
    return fieldTerms(text, this.lookup, this.matcher, options);
  }
}
