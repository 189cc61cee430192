import { describe, expect, it } from 'vitest';
import type { QueryOutcome } from '../../bench/searchEval';
import { evaluate, measure, targetFailures, testQueries } from '../../bench/searchEval';
import { loadDefaultThesaurus } from '../../schemas/search/thesaurusFile';

describe('search quality on the test set (the bench at demo scale)', () => {
  it('has at least 80 queries of every kind, some of them relying on the default thesaurus', () => {
    expect(testQueries.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(testQueries.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(['colloquial', 'exact', 'inflected', 'internal', 'no-diacritics', 'question', 'typo']);
    expect(testQueries.filter((q) => q.synonymFrom === 'thesaurus').length).toBeGreaterThanOrEqual(5);
  });

  it('meets the targets for both searches, and beats Pagefind with its defaults', async () => {
    const { outcomes } = await evaluate(loadDefaultThesaurus());
    expect(targetFailures(outcomes)).toEqual([]);
    const overall = (system: QueryOutcome['system']) => measure(outcomes.filter((o) => o.system === system)).recallAt3;
    expect(overall('resident')).toBeGreaterThan(overall('baseline'));
  }, 120_000);
});
