import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testQueries } from '../../bench/searchEval';
import { buildResidentIndex, SEARCH_DIR } from '../../publisher/search/buildResidentIndex';
import { buildDeltaIndex } from '../../publisher/search/deltaIndex';
import { DELTA_DIR, INDEX_INFO_FILE, type IndexInfo } from '../../publisher/search/indexInfo';
import type { SearchableProcedure } from '../../publisher/search/residentPage';
import type { ResidentSearch } from '../../schemas/search/browser/residentSearch';
import { loadDefaultThesaurus } from '../../schemas/search/thesaurusFile';
import { demoPublicProcedures } from '../search/demoData';
import { loadResidentSearch } from '../search/runtime';

/**
 * The single-change path of the resident search (publisher/search/deltaIndex.ts and the browser's
 * merging, publisher/search/browser): a main index of an earlier set of procedures plus a delta of
 * what changed answers as one index built from scratch over the current set — for words the index
 * has, the same procedures with the same scores; over the test set, the same first answer and the
 * same recall@3 and MRR (a word no index has is answered by Pagefind with a shorter one, which
 * depends on how each index is split into files: such weak matches may differ). Run as published:
 * the bundled query code and Pagefind's own runtime, in Node.
 */
const CHANGED = 'zameldowanie-na-pobyt-staly';
const ADDED = 'stypendium-szkolne';
const REMOVED = 'karta-wedkarska';

const current = demoPublicProcedures();
const before: SearchableProcedure[] = [
  ...current
    .filter((p) => p.slug !== ADDED)
    .map((p) => (p.slug === CHANGED ? { ...p, keywords: [], summary: 'Kwarkonatorowy opis, który zmiana usunie.' } : p)),
  { ...(current[0] as SearchableProcedure), slug: REMOVED, title: 'Karta wędkarska', keywords: ['ryby', 'wędkowanie'] },
];

const slugOf = (url: string) => /procedury\/([^/]+)\//.exec(url)?.[1] ?? url;

async function answers(search: ResidentSearch, query: string, department?: string) {
  const results = await search.search(query, { limit: 10, ...(department ? { department } : {}) });
  return results.map((r) => [slugOf(r.url), r.score] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * The same procedures with the same scores (to a relative 1e-5: the delta's scores are rescaled in
 * double precision, Pagefind's are single), so the same order but for ties, which such rounding
 * may break either way.
 */
function expectSameScores(got: (readonly [string, number])[], want: (readonly [string, number])[], label: string) {
  expect(got.map(([slug]) => slug).sort(), label).toEqual(want.map(([slug]) => slug).sort());
  const wanted = new Map(want);
  for (const [slug, score] of got) expect(Math.abs(score / (wanted.get(slug) ?? 0) - 1), `${label}: ${slug}`).toBeLessThan(1e-5);
}

describe('the resident search with a delta of changed procedures', () => {
  let dir: string;
  let withDelta: ResidentSearch;
  let fromScratch: ResidentSearch;
  let info: IndexInfo;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-delta-'));
    const thesaurus = loadDefaultThesaurus();
    const main = await buildResidentIndex(before, thesaurus, path.join(dir, 'main'));
    await buildDeltaIndex(
      current.filter((p) => p.slug === CHANGED || p.slug === ADDED),
      thesaurus,
      path.join(dir, 'main', SEARCH_DIR),
      {
        pages: main.pages,
        replaces: [main.pageIds[CHANGED] as string, main.pageIds[REMOVED] as string],
        departments: [...new Set(current.map((p) => p.department))],
      },
    );
    await buildResidentIndex(current, thesaurus, path.join(dir, 'full'));
    info = JSON.parse(fs.readFileSync(path.join(dir, 'main', SEARCH_DIR, INDEX_INFO_FILE), 'utf8')) as IndexInfo;
    withDelta = await loadResidentSearch(path.join(dir, 'main'), 'delta');
    fromScratch = await loadResidentSearch(path.join(dir, 'full'), 'full');
  }, 180_000);

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('describes its delta for the browser: the pages it replaces and its own', () => {
    expect(info).toMatchObject({ version: 1, pages: before.length, delta: { pages: 2, replaces: expect.any(Array) } });
    expect(info.delta?.replaces).toHaveLength(2);
    expect(fs.existsSync(path.join(dir, 'main', SEARCH_DIR, DELTA_DIR, 'pagefind-entry.json'))).toBe(true);
  });

  it('finds the new procedure, the changed one by its new words, and no longer the removed one', async () => {
    expect((await answers(withDelta, 'stypendium'))[0]?.[0]).toBe(ADDED);
    expect((await answers(withDelta, 'meldunek'))[0]?.[0]).toBe(CHANGED);
    expect((await answers(withDelta, 'karta wędkarska')).map(([slug]) => slug)).not.toContain(REMOVED);
    expect((await answers(withDelta, 'kwarkonatorowy')).map(([slug]) => slug)).not.toContain(CHANGED);
  });

  it('scores a word both indexes have exactly as one index over the current procedures does', async () => {
    // Strong matches (a tenth of the best or more): Pagefind's weak matches of a word's variants depend on how an index is split into files.
    const strong = (list: (readonly [string, number])[]) => list.filter(([, score]) => score >= (list[0]?.[1] ?? 0) / 10);
    for (const query of ['zameldowanie', 'stypendium', 'podatek', 'przedszkole', 'meldunek', 'opłata', 'deklaracja', 'dowód osobisty']) {
      expectSameScores(strong(await answers(withDelta, query)), strong(await answers(fromScratch, query)), query);
    }
  }, 60_000);

  it('ranks the test set as well as one index does: recall@3 and MRR, and nearly always the same first answer', async () => {
    const asked = testQueries.filter((q) => q.kind !== 'internal');
    const rankOf = (list: (readonly [string, number])[], slug: string) => list.findIndex(([s]) => s === slug) + 1;
    const measured = { delta: { hits: 0, rr: 0 }, full: { hits: 0, rr: 0 }, sameFirst: 0 };
    for (const q of asked) {
      const [got, want] = [await answers(withDelta, q.query), await answers(fromScratch, q.query)];
      if (got[0]?.[0] === want[0]?.[0]) measured.sameFirst++;
      for (const [name, list] of [
        ['delta', got],
        ['full', want],
      ] as const) {
        const rank = rankOf(list, q.slug);
        if (rank > 0 && rank <= 3) measured[name].hits++;
        if (rank > 0) measured[name].rr += 1 / rank;
      }
    }
    console.log(JSON.stringify({ queries: asked.length, ...measured }));
    expect(measured.delta.hits / asked.length).toBeGreaterThanOrEqual(Math.min(0.9, measured.full.hits / asked.length));
    expect(measured.delta.rr).toBeGreaterThanOrEqual(measured.full.rr - 0.02 * asked.length);
    expect(measured.sameFirst / asked.length).toBeGreaterThan(0.95);
  }, 120_000);

  it('keeps the department filter over both indexes, with the same scores', async () => {
    for (const department of ['Wydział Spraw Obywatelskich', 'Wydział Edukacji']) {
      for (const query of ['zameldowanie', 'stypendium', 'dowód osobisty']) {
        const [got, want] = [await answers(withDelta, query, department), await answers(fromScratch, query, department)];
        expectSameScores(got, want, `${query} / ${department}`);
      }
    }
  }, 60_000);
});
