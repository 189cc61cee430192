import { beforeAll, describe, expect, it } from 'vitest';
import { StaffSearch } from '../../cms/search/staffSearch';
import type { StaffRecord } from '../../cms/search/staffText';
import { loadDefaultThesaurus } from '../../schemas/search/thesaurusFile';
import { demoRecords } from '../search/demoData';

let staff: StaffSearch;
const slugs = async (q: string) => (await staff.search(q, 5)).map((r) => r.slug);

beforeAll(async () => {
  staff = await StaffSearch.create(loadDefaultThesaurus());
  for (const record of demoRecords()) staff.upsert({ record, workflowState: record.slug === 'stypendium-szkolne' ? 'draft' : 'approved' });
});

describe('staff search over every field', () => {
  it('finds a procedure by what only its call-center notes say, with that note as the snippet', async () => {
    const [first] = await staff.search('lista rezerwowa');
    expect(first?.slug).toBe('dotacja-na-wymiane-zrodla-ciepla');
    expect(first?.snippet).toMatch(/listę rezerwową/);
  });

  it('finds a call-center contact by name and by phone number', async () => {
    expect((await slugs('Jabłońska'))[0]).toBe('deklaracja-oplata-za-gospodarowanie-odpadami');
    expect((await slugs('638 47 12'))[0]).toBe('wymiana-dowodu-osobistego');
  });

  it('finds internal procedures and drafts, marked with their state', async () => {
    expect((await slugs('zadekretować zgłoszenie'))[0]).toBe('obsluga-zgloszen-przekazanych-przez-call-center');
    const [draft] = await staff.search('stypendium');
    expect(draft).toMatchObject({ slug: 'stypendium-szkolne', workflowState: 'draft', department: 'Wydział Edukacji' });
  });

  it('finds "dowód" and "dowodu" alike (the change-request picker)', async () => {
    expect((await slugs('dowód'))[0]).toBe('wymiana-dowodu-osobistego');
    expect((await slugs('dowodu'))[0]).toBe('wymiana-dowodu-osobistego');
  });

  it('answers in rank order with scores', async () => {
    const results = await staff.search('zaświadczenie o zameldowaniu');
    expect(results[0]?.slug).toBe('zaswiadczenie-o-zameldowaniu');
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('staff index kept current', () => {
  const record: StaffRecord = {
    slug: 'karta-parkingowa',
    title: 'Karta parkingowa',
    department: 'Wydział Komunikacji',
    summary: 'Odbiór w okienku.',
  };

  it('finds a saved change, and forgets what was replaced or removed', async () => {
    staff.upsert({ record, workflowState: 'draft' });
    expect((await slugs('karta parkingowa'))[0]).toBe('karta-parkingowa');
    expect(await slugs('okienko')).toContain('karta-parkingowa');
    staff.upsert({ record: { ...record, summary: 'Dla osób z orzeczeniem o niepełnosprawności.' }, workflowState: 'submitted' });
    expect((await slugs('niepełnosprawność'))[0]).toBe('karta-parkingowa');
    expect(await slugs('okienko')).not.toContain('karta-parkingowa');
    staff.remove('karta-parkingowa');
    expect(await slugs('karta parkingowa')).not.toContain('karta-parkingowa');
  });

  it('ranks the exact spelling above the same word typed without Polish letters, and the other way round', async () => {
    const search = await StaffSearch.create({ language: 'pl', groups: [{ terms: ['pies', 'psiak'] }] });
    search.upsert({ record: { slug: 'z-literami', title: 'Zaświadczenie' }, workflowState: 'approved' });
    search.upsert({ record: { slug: 'bez-liter', title: 'Zaswiadczenie' }, workflowState: 'draft' });
    expect((await search.search('zaświadczenie')).map((r) => r.slug)).toEqual(['z-literami', 'bez-liter']);
    expect((await search.search('zaswiadczenie')).map((r) => r.slug)).toEqual(['bez-liter', 'z-literami']);
  });
});
