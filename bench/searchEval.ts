import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StaffSearch } from '../cms/search/staffSearch';
import { buildPlainIndex, buildResidentIndex } from '../publisher/search/buildResidentIndex';
import type { Thesaurus } from '../schemas/search/thesaurus';
import { demoPublicProcedures, demoRecords } from '../tests/search/demoData';
import queriesFile from '../tests/search/queries.json' with { type: 'json' };
import { loadPlainPagefind, loadResidentSearch } from '../tests/search/runtime';

export type QueryKind = 'exact' | 'inflected' | 'colloquial' | 'no-diacritics' | 'typo' | 'question' | 'internal';

export interface TestQuery {
  query: string;
  kind: QueryKind;
  slug: string;
  synonymFrom?: 'thesaurus';
}

export const testQueries = queriesFile.queries as TestQuery[];

/** The search systems compared: each answers slugs, best first. */
export type System = 'resident' | 'staff' | 'baseline';

export interface QueryOutcome extends TestQuery {
  system: System;
  /** 1-based rank of the right procedure, or null when not among the first 10. */
  rank: number | null;
  top: string[];
}

const slugOf = (url: string) => /procedury\/([^/]+)\//.exec(url)?.[1] ?? url;

/** Internal terms are not on the portal: the resident systems are not asked them. */
const askedOf = (system: System, q: TestQuery) => system === 'staff' || q.kind !== 'internal';

/** Builds both resident indexes and the staff index over the demo data, runs every query. */
export async function evaluate(thesaurus: Thesaurus): Promise<{ outcomes: QueryOutcome[]; residentBytes: number; plainBytes: number }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lckm-search-'));
  try {
    const publicProcedures = demoPublicProcedures();
    const built = await buildResidentIndex(publicProcedures, thesaurus, path.join(dir, 'analysed'));
    const plainBytes = await buildPlainIndex(publicProcedures, path.join(dir, 'plain'));
    const resident = await loadResidentSearch(path.join(dir, 'analysed'));
    const plain = await loadPlainPagefind(path.join(dir, 'plain'));
    const staff = await StaffSearch.create(thesaurus);
    for (const record of demoRecords()) staff.upsert({ record, workflowState: 'approved' });
    const systems: Record<System, (q: string) => Promise<string[]>> = {
      resident: async (q) => (await resident.search(q, { limit: 10 })).map((r) => slugOf(r.url)),
      baseline: async (q) => (await plain(q)).map(slugOf),
      staff: async (q) => (await staff.search(q, 10)).map((r) => r.slug),
    };
    const outcomes: QueryOutcome[] = [];
    for (const system of Object.keys(systems) as System[]) {
      for (const q of testQueries.filter((t) => askedOf(system, t))) {
        const top = (await systems[system](q.query)).slice(0, 10);
        const at = top.indexOf(q.slug);
        outcomes.push({ ...q, system, rank: at < 0 ? null : at + 1, top });
      }
    }
    return { outcomes, residentBytes: built.bytes, plainBytes };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export interface Measure {
  queries: number;
  recallAt3: number;
  mrr: number;
}

export function measure(outcomes: readonly QueryOutcome[]): Measure {
  const n = outcomes.length;
  if (n === 0) return { queries: 0, recallAt3: 0, mrr: 0 };
  const hits = outcomes.filter((o) => o.rank !== null && o.rank <= 3).length;
  const rr = outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0);
  return { queries: n, recallAt3: hits / n, mrr: rr / n };
}

export const KINDS: QueryKind[] = ['exact', 'inflected', 'colloquial', 'no-diacritics', 'typo', 'question', 'internal'];

/** Targets of issue 12: recall@3 ≥ 0.9 overall and ≥ 0.8 for every kind, for both searches. */
export function targetFailures(outcomes: readonly QueryOutcome[]): string[] {
  const failures: string[] = [];
  for (const system of ['resident', 'staff'] as System[]) {
    const mine = outcomes.filter((o) => o.system === system);
    const overall = measure(mine).recallAt3;
    if (overall < 0.9) failures.push(`${system}: recall@3 ${overall.toFixed(2)} < 0.9`);
    for (const kind of KINDS) {
      const m = measure(mine.filter((o) => o.kind === kind));
      if (m.queries > 0 && m.recallAt3 < 0.8) failures.push(`${system}/${kind}: recall@3 ${m.recallAt3.toFixed(2)} < 0.8`);
    }
  }
  return failures;
}
