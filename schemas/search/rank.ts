import type { Alternative, QueryPlan, Term } from './queryPlan';

/** An engine's answer for one term: document id → the engine's relevance score (> 0). */
export type TermSearch = (term: Term) => Promise<ReadonlyMap<string, number>>;

export interface Ranked {
  id: string;
  score: number;
  /** How many of the query's content words the document matched. */
  matched: number;
}

function termKey(term: Term): string {
  return JSON.stringify(term);
}

async function scoreTerms(plan: QueryPlan, search: TermSearch): Promise<Map<string, ReadonlyMap<string, number>>> {
  const terms = new Map<string, Term>();
  for (const a of [...plan.slots.flatMap((s) => s.alternatives), ...plan.spans.flatMap((s) => s.alternatives)]) {
    terms.set(termKey(a.term), a.term);
  }
  const entries = await Promise.all([...terms].map(async ([key, term]) => [key, await search(term)] as const));
  return new Map(entries);
}

/** The best weighted score of any alternative, per document. */
function best(alternatives: readonly Alternative[], scores: Map<string, ReadonlyMap<string, number>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const { term, weight } of alternatives) {
    for (const [id, score] of scores.get(termKey(term)) ?? []) {
      const value = weight * score;
      if (value > (out.get(id) ?? 0)) out.set(id, value);
    }
  }
  return out;
}

/** The document's score from its words' scores: scaled by the squared share of the words it has. */
export function combinedScore(sum: number, matched: number, words: number): number {
  return sum * (matched / words) ** 2;
}

/**
 * Runs a query plan on one engine and merges the answers. Every content word counts by its best
 * alternative (its lemma, a synonym group covering it, a correction); word pairs found whole add
 * a bonus. No word is required: the sum is scaled by the squared share of the query's words the
 * document matched, so a document with all of them comes first, and a question with one odd word
 * still finds the procedure.
 */
export async function rankPlan(plan: QueryPlan, search: TermSearch): Promise<Ranked[]> {
  if (plan.slots.length === 0) return [];
  const scores = await scoreTerms(plan, search);
  const slotScores = plan.slots.map((slot, i) => {
    const own = best(slot.alternatives, scores);
    for (const span of plan.spans) {
      if (span.kind !== 'group' || i < span.from || i > span.to) continue;
      for (const [id, value] of best(span.alternatives, scores)) if (value > (own.get(id) ?? 0)) own.set(id, value);
    }
    return own;
  });
  const totals = new Map<string, { sum: number; matched: number }>();
  for (const slot of slotScores) {
    for (const [id, value] of slot) {
      const t = totals.get(id) ?? { sum: 0, matched: 0 };
      t.sum += value;
      t.matched += 1;
      totals.set(id, t);
    }
  }
  for (const span of plan.spans) {
    if (span.kind !== 'phrase') continue;
    for (const [id, value] of best(span.alternatives, scores)) {
      const t = totals.get(id);
      if (t) t.sum += value;
    }
  }
  const n = plan.slots.length;
  return [...totals]
    .map(([id, t]) => ({ id, matched: t.matched, score: combinedScore(t.sum, t.matched, n) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
