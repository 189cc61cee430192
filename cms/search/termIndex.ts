import SearchableMap from 'minisearch/SearchableMap';

/**
 * A compact inverted index for the staff search: per term, the documents holding it and a
 * BM25 term-frequency part (field boosts and field length included), in growable typed arrays.
 * MiniSearch's own index keeps a Map per term and field and builds a result object per match,
 * which costs hundreds of MB and far more than 50 ms per query at 10,000 procedures; its radix
 * tree (`SearchableMap`) is kept for the term dictionary, which answers prefix queries.
 *
 * A removed or replaced document is only marked dead (its postings are skipped) until dead ones
 * are a quarter of all, then the postings are compacted.
 */
export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
  length: number;
}

/** BM25 parameters (the usual ones). */
const K1 = 1.2;
const B = 0.75;

function grow(p: Postings): void {
  const docs = new Int32Array(Math.max(4, p.docs.length * 2));
  const weights = new Float32Array(docs.length);
  docs.set(p.docs.subarray(0, p.length));
  weights.set(p.weights.subarray(0, p.length));
  p.docs = docs;
  p.weights = weights;
}

export class TermIndex<F extends string> {
  private readonly terms = new SearchableMap<Postings>();
  private readonly ids = new Map<string, number>();
  private keys: (string | undefined)[] = [];
  private dead = 0;
  private readonly lengthSum = new Map<F, number>();
  private fieldCount = 0;

  constructor(private readonly boosts: Record<F, number>) {}

  /** Documents in the index (not counting dead ones). */
  get size(): number {
    return this.ids.size;
  }

  /** The document number of `key` (array index of its accumulators), if live. */
  docOf(key: string): number | undefined {
    return this.ids.get(key);
  }

  keyOf(doc: number): string | undefined {
    return this.keys[doc];
  }

  /** Upper bound of document numbers (for accumulator arrays). */
  get capacity(): number {
    return this.keys.length;
  }

  private averageLength(field: F): number {
    return this.fieldCount === 0 ? 1 : Math.max(1, (this.lengthSum.get(field) ?? 0) / this.fieldCount);
  }

  /** Adds a document (its analysis terms per field), replacing an earlier one with the same key. */
  add(key: string, fields: Record<F, readonly string[]>): void {
    this.remove(key);
    const doc = this.keys.length;
    this.keys.push(key);
    this.ids.set(key, doc);
    this.fieldCount += 1;
    const weights = new Map<string, number>();
    for (const field of Object.keys(this.boosts) as F[]) {
      const terms = fields[field];
      this.lengthSum.set(field, (this.lengthSum.get(field) ?? 0) + terms.length);
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      const norm = K1 * (1 - B + (B * terms.length) / this.averageLength(field));
      for (const [term, tf] of counts) {
        weights.set(term, (weights.get(term) ?? 0) + (this.boosts[field] * (tf * (K1 + 1))) / (tf + norm));
      }
    }
    for (const [term, weight] of weights) {
      let postings = this.terms.get(term);
      if (!postings) {
        postings = { docs: new Int32Array(4), weights: new Float32Array(4), length: 0 };
        this.terms.set(term, postings);
      }
      if (postings.length === postings.docs.length) grow(postings);
      postings.docs[postings.length] = doc;
      postings.weights[postings.length] = weight;
      postings.length += 1;
    }
  }

  remove(key: string): void {
    const doc = this.ids.get(key);
    if (doc === undefined) return;
    this.ids.delete(key);
    this.keys[doc] = undefined;
    this.dead += 1;
    if (this.dead * 4 > this.keys.length) this.compact();
  }

  isLive(doc: number): boolean {
    return this.keys[doc] !== undefined;
  }

  postings(term: string): Postings | undefined {
    return this.terms.get(term);
  }

  /** Inverse document frequency of a term (BM25's, never negative). */
  idf(postings: Postings): number {
    const n = this.ids.size;
    return Math.log(1 + (n - postings.length + 0.5) / (postings.length + 0.5));
  }

  /** Indexed terms starting with `prefix` (at most `limit`). */
  withPrefix(prefix: string, limit = 50): string[] {
    const out: string[] = [];
    for (const term of this.terms.atPrefix(prefix).keys()) {
      out.push(term);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Renumbers the live documents and drops the postings of dead ones. */
  private compact(): void {
    const renumber = new Int32Array(this.keys.length).fill(-1);
    const keys: string[] = [];
    this.keys.forEach((key, doc) => {
      if (key === undefined) return;
      renumber[doc] = keys.length;
      this.ids.set(key, keys.length);
      keys.push(key);
    });
    const emptied: string[] = [];
    for (const [term, p] of this.terms) {
      let kept = 0;
      for (let i = 0; i < p.length; i++) {
        const doc = renumber[p.docs[i] as number] as number;
        if (doc < 0) continue;
        p.docs[kept] = doc;
        p.weights[kept] = p.weights[i] as number;
        kept += 1;
      }
      p.length = kept;
      if (kept === 0) emptied.push(term);
    }
    for (const term of emptied) this.terms.delete(term);
    this.keys = keys;
    this.dead = 0;
  }
}
