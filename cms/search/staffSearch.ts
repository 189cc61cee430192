import { CorpusAnalysis } from '../../schemas/search/corpusAnalysis';
import { polishDictionary } from '../../schemas/search/hunspell/polish';
import type { Alternative, QueryPlan, Term } from '../../schemas/search/queryPlan';
import { planQuery } from '../../schemas/search/queryPlan';
import { fold } from '../../schemas/search/text';
import type { Thesaurus } from '../../schemas/search/thesaurus';
import { bigramTerm, foldedLemmaTerm, groupTerm, lemmaTerm, numberTerm } from '../../schemas/search/tokens';
import { rankDense } from './rankDense';
import { snippet } from './snippet';
import type { StaffRecord, StaffText } from './staffText';
import { staffText } from './staffText';
import type { Postings } from './termIndex';
import { TermIndex } from './termIndex';

/** One procedure as the staff search holds it: its latest saved version and workflow state. */
export interface StaffEntry {
  record: StaffRecord;
  /** `draft`, `submitted`, `approved`, `returned`, … as the workflow names it. */
  workflowState: string;
}

export interface StaffResult {
  slug: string;
  title: string;
  department: string;
  workflowState: string;
  score: number;
  snippet: string;
}

type Field = keyof StaffText;
const FIELDS: Field[] = ['title', 'keywords', 'summary', 'body', 'internal'];

/** Field weights: the name and the residents' words above the summary above the rest. */
const BOOST: Record<Field, number> = { title: 5, keywords: 4, summary: 2, body: 1, internal: 1 };

/** Word pairs only where a phrase is short and telling (and numbers: phones, addresses). */
const BIGRAMS: Record<Field, boolean> = { title: true, keywords: true, summary: true, body: false, internal: true };

interface Stored {
  title: string;
  department: string;
  workflowState: string;
  text: string;
}

/**
 * The staff search: an in-memory index of every procedure, drafts and internal fields included,
 * kept current by `upsert`/`remove` from a save hook. Queries go through the same plan as the
 * resident search (`planQuery`), so both understand residents' words alike.
 */
export class StaffSearch {
  private readonly index = new TermIndex<Field>(BOOST);
  private readonly stored = new Map<string, Stored>();

  private constructor(private readonly analysis: CorpusAnalysis) {}

  /** Loads the dictionary (once per process) and compiles the thesaurus. */
  static async create(thesaurus: Thesaurus): Promise<StaffSearch> {
    return new StaffSearch(new CorpusAnalysis(await polishDictionary(), thesaurus));
  }

  get size(): number {
    return this.stored.size;
  }

  /** Adds a procedure, or replaces what the index holds for its slug. */
  upsert(entry: StaffEntry): void {
    const { record } = entry;
    const text = staffText(record);
    const fields = {} as Record<Field, string[]>;
    for (const field of FIELDS)
      fields[field] = this.analysis.terms(text[field], { bigrams: BIGRAMS[field], foldedLemmas: true, numbers: true });
    this.index.add(record.slug, fields);
    this.stored.set(record.slug, {
      title: record.title ?? record.slug,
      department: record.department ?? '',
      workflowState: entry.workflowState,
      text: FIELDS.map((f) => text[f]).join('\n'),
    });
  }

  remove(slug: string): void {
    this.index.remove(slug);
    this.stored.delete(slug);
  }

  /** The index terms one plan term stands for here, with their weights. */
  private indexTerms(term: Term): [string | undefined, number][] {
    switch (term.kind) {
      case 'lemma': {
        const exact = term.folded ? lemmaTerm(fold(term.lemma)) : lemmaTerm(term.lemma);
        return [
          [exact ?? numberTerm(term.lemma), 1],
          [foldedLemmaTerm(term.lemma), 0.9],
        ];
      }
      case 'group':
        return [[groupTerm(term.id), 1]];
      case 'bigram':
        return [[bigramTerm(term.first, term.second), 1]];
      case 'word':
        // The typed word as a prefix of the lemmas: a consultant's half-typed word still finds.
        return term.word.length >= 4 ? this.index.withPrefix(fold(term.word)).map((t) => [t, 1]) : [];
    }
  }

  private postingsOf = (alternative: Alternative): { postings: Postings; weight: number }[] =>
    this.indexTerms(alternative.term).flatMap(([term, weight]) => {
      const postings = term ? this.index.postings(term) : undefined;
      return postings ? [{ postings, weight: weight * this.index.idf(postings) }] : [];
    });

  /** The lemmas a result's snippet should show. */
  private wanted(plan: QueryPlan): Set<string> {
    const out = new Set<string>();
    for (const slot of plan.slots) {
      for (const { term } of slot.alternatives) {
        if (term.kind === 'lemma') out.add(term.lemma);
        if (term.kind === 'word') out.add(term.word);
      }
    }
    for (const span of plan.spans) {
      for (const { term } of span.alternatives) {
        if (term.kind === 'group')
          for (const member of this.analysis.compiled.groups[term.id] ?? []) for (const w of member) for (const l of w) out.add(l);
      }
    }
    return out;
  }

  /** Procedures matching `query`, best first (at most `limit`). */
  async search(query: string, limit = 20): Promise<StaffResult[]> {
    const plan = await planQuery(query, this.analysis.lexicon, this.analysis.matcher);
    const ranked = rankDense(plan, this.postingsOf, this.index.capacity, (doc) => this.index.isLive(doc), limit);
    const wanted = this.wanted(plan);
    return ranked.flatMap(({ id, score }) => {
      const slug = this.index.keyOf(Number(id));
      const stored = slug === undefined ? undefined : this.stored.get(slug);
      if (slug === undefined || !stored) return [];
      const { text, ...shown } = stored;
      return [{ slug, ...shown, score, snippet: snippet(text, wanted, this.analysis.lookup) }];
    });
  }
}
