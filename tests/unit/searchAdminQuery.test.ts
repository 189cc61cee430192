import { describe, expect, it } from 'vitest';
import { findSearch } from '../../cms/collections/Procedures/hooks/searchInList';
import { parseSearchParams } from '../../cms/search/endpoint';

const list = (text: string) => ({ or: ['title', 'slug', 'summary'].map((field) => ({ [field]: { like: text } })) });

describe("recognising the admin's own searches in a query", () => {
  it('finds the list search alone and beside filters, keeping the filters', () => {
    expect(findSearch(list('dowód'))).toEqual({ text: 'dowód', clause: list('dowód'), others: [] });
    const status = { workflowState: { equals: 'draft' } };
    expect(findSearch({ and: [status, list('meldunek')] })).toEqual({ text: 'meldunek', clause: list('meldunek'), others: [status] });
  });

  it("finds the picker's title search beside its exclusions", () => {
    const exclude = { id: { not_in: [3] } };
    expect(findSearch({ and: [exclude, { title: { like: 'dow' } }] })).toEqual({
      text: 'dow',
      clause: { title: { like: 'dow' } },
      others: [exclude],
    });
  });

  it('leaves every other query alone', () => {
    for (const where of [
      undefined,
      null,
      'title',
      { title: { equals: 'dowód' } },
      { slug: { like: 'dowod' } },
      { title: { like: 'a', equals: 'b' } },
      { or: [{ title: { like: 'a' } }, { slug: { like: 'b' } }] },
      { or: [{ slug: { like: 'a' } }, { summary: { like: 'a' } }] },
      { or: [{ title: { like: 'a' } }, { owner: { like: 'a' } }] },
      { or: [{ id: { in: [1] } }, { title: { like: 'a' } }] },
      { and: [{ or: [{ and: [{ title: { like: 'a' } }] }] }] },
      { and: [list('a')], or: [] },
      { title: { like: 5 } },
    ]) {
      expect(findSearch(where), JSON.stringify(where)).toBeUndefined();
    }
  });
});

describe('the staff search parameters', () => {
  const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

  it('takes a query and a limit, trimmed, with the default limit of 20', () => {
    expect(parse('q=%20meldunek%20')).toEqual({ q: 'meldunek', limit: 20 });
    expect(parse('q=dow%C3%B3d&limit=100')).toEqual({ q: 'dowód', limit: 100 });
    expect(parse(`q=${'ż'.repeat(200)}&limit=1`)).toEqual({ q: 'ż'.repeat(200), limit: 1 });
  });

  it.each([
    ['', 'Podaj tekst'],
    [`q=${'ż'.repeat(201)}`, 'najwyżej 200 znaków (ma 201)'],
    ['q=a%09b', 'znak sterujący'],
    ['q=a&q=b', 'musi wystąpić raz'],
    ['q[]=a', 'musi wystąpić raz'],
    ['q=a&limit=0', 'od 1 do 100'],
    ['q=a&limit=1e2', 'od 1 do 100'],
    ['q=a&limit=', 'od 1 do 100'],
    ['q=a&limit=0x10', 'od 1 do 100'],
  ])('refuses "%s" in Polish', (query, message) => {
    const parsed = parse(query);
    expect('error' in parsed && parsed.error).toContain(message);
  });
});
