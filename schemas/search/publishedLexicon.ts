import type { FormEntry, Lexicon, WordLemmas } from './lexicon';
import { lookupForms, shardOf } from './lexicon';
import { fold } from './text';
import type { CompiledMember } from './thesaurus';

/**
 * The lexicon published beside the resident index (`/pagefind/analiza/`), so the browser analyses
 * a query as the build analysed the procedures without loading a dictionary: every form of every
 * lemma the published procedures and the thesaurus use, split into shards by a hash of the folded
 * form (a query loads only the shards of its words), and the words a typo may be corrected to,
 * one file per length (a typo is looked for among words of about the same length only).
 */
export const LEXICON_DIR = 'analiza';

export interface LexiconMeta {
  version: 1;
  shards: number;
  /** Word lengths that have a vocabulary file. */
  lengths: number[];
  /** The compiled thesaurus (its group ids are the index's group terms). */
  thesaurus: CompiledMember[][];
}

export type FormShard = Record<string, FormEntry[]>;

export const META_FILE = 'meta.json';
export const formsFile = (shard: number) => `formy-${shard}.json`;
export const vocabularyFile = (length: number) => `slowa-${length}.json`;

export type FetchJson = (file: string) => Promise<unknown>;

/** The published lexicon as the browser (or a test in Node) reads it, shard by shard. */
export class PublishedLexicon implements Lexicon {
  private readonly forms = new Map<string, FormEntry[]>();
  private readonly loadedShards = new Map<number, Promise<void>>();
  private readonly words = new Map<number, Promise<string[]>>();
  private readonly loadedWords = new Map<number, string[]>();

  constructor(
    readonly meta: LexiconMeta,
    private readonly fetchJson: FetchJson,
  ) {}

  private shard(n: number): Promise<void> {
    let loading = this.loadedShards.get(n);
    if (!loading) {
      loading = this.fetchJson(formsFile(n)).then((data) => {
        for (const [key, entries] of Object.entries(data as FormShard)) this.forms.set(key, entries);
      });
      this.loadedShards.set(n, loading);
    }
    return loading;
  }

  async loadForms(words: readonly string[]): Promise<void> {
    await Promise.all([...new Set(words.map((w) => shardOf(fold(w), this.meta.shards)))].map((n) => this.shard(n)));
  }

  async loadVocabulary(lengths: readonly number[]): Promise<void> {
    const wanted = lengths.filter((l) => this.meta.lengths.includes(l));
    await Promise.all(
      wanted.map(async (l) => {
        let loading = this.words.get(l);
        if (!loading) {
          loading = this.fetchJson(vocabularyFile(l)) as Promise<string[]>;
          this.words.set(l, loading);
        }
        this.loadedWords.set(l, await loading);
      }),
    );
  }

  lookup(word: string): WordLemmas {
    return lookupForms(this.forms, word);
  }

  vocabulary(length: number): Iterable<string> {
    return this.loadedWords.get(length) ?? [];
  }
}
