import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResidentIndexStats } from '../../publisher/search/buildResidentIndex';
import { buildResidentIndex } from '../../publisher/search/buildResidentIndex';
import type { SearchableProcedure } from '../../publisher/search/residentPage';
import type { ResidentSearch } from '../../schemas/search/browser/residentSearch';
import { loadDefaultThesaurus } from '../../schemas/search/thesaurusFile';
import { demoRecords } from '../search/demoData';
import { loadResidentSearch } from '../search/runtime';

let dir: string;
let search: ResidentSearch;
let stats: ResidentIndexStats;
const slugs = async (q: string, department?: string) =>
  (await search.search(q, department ? { department } : {})).map((r) => /procedury\/([^/]+)\//.exec(r.url)?.[1]);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lckm-resident-'));
  // Whole exchange records, internal fields included: the index must take the public ones only.
  const records = demoRecords().filter((r) => !r.internal) as unknown as SearchableProcedure[];
  stats = await buildResidentIndex(records, loadDefaultThesaurus(), dir);
  search = await loadResidentSearch(dir);
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('resident search from the release files (Pagefind and the published query code)', () => {
  it('writes the index, the lexicon shards and the query script under /pagefind/', async () => {
    expect(stats.pages).toBe(12);
    const files = await fs.readdir(path.join(dir, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'lckm-szukaj.js', 'analiza']));
    expect(stats.lexicon.shards).toBeGreaterThan(1);
  });

  it.each([
    ['meldunek', 'zameldowanie-na-pobyt-staly'],
    ['podatek od domu', 'podatek-od-nieruchomosci-osoby-fizyczne'],
    ['jak zapisać dziecko do przedszkola', 'rekrutacja-do-przedszkola'],
    ['gdzie zgłosić dziurę w jezdni', 'zgloszenie-interwencyjne'],
    ['przedszkloe', 'rekrutacja-do-przedszkola'],
    ['zaswiadczenie o zameldowaniu', 'zaswiadczenie-o-zameldowaniu'],
  ])('„%s” finds %s first', async (query, slug) => {
    expect((await slugs(query))[0]).toBe(slug);
  });

  it('keeps the department filter', async () => {
    expect(await slugs('zameldowanie', 'Wydział Spraw Obywatelskich')).toContain('zameldowanie-na-pobyt-staly');
    expect(await slugs('zameldowanie', 'Wydział Edukacji')).not.toContain('zameldowanie-na-pobyt-staly');
  });

  it('returns the title and summary to show, and never a match on an internal field', async () => {
    const [first] = await search.search('bonifikata');
    expect(first?.title).toMatch(/^Bonifikata/);
    expect(first?.summary).toMatch(/użytkowania wieczystego/);
    // The call-center contact of the waste declaration: not in anything published.
    expect(await slugs('Jabłońska')).not.toContain('deklaracja-oplata-za-gospodarowanie-odpadami');
  });

  it('leaks no internal field into any published file', async () => {
    const all: string[] = [];
    for (const entry of await fs.readdir(path.join(dir, 'pagefind', 'analiza')))
      all.push(await fs.readFile(path.join(dir, 'pagefind', 'analiza', entry), 'utf8'));
    const published = all.join('\n');
    for (const secret of ['jabłońska', 'rutkowski', 'ostrowska', 'wiśniewska']) expect(published).not.toContain(secret);
  });
});
