import { describe, expect, it } from 'vitest';
import { telHref } from '../../cms/components/consultant/phone';
import { RECENT_LIMIT, withVisit } from '../../cms/components/consultant/recent';

describe('the card’s phone links', () => {
  it('dials a number typed with +48 and spaces in its international form', () => {
    expect(telHref('+48 42 638 47 20')).toBe('tel:+48426384720');
  });
  it('dials a nine-digit Polish number with +48', () => {
    expect(telHref('42 638-47-20')).toBe('tel:+48426384720');
  });
  it('dials a number written with 00 as +', () => {
    expect(telHref('0048 42 638 47 20')).toBe('tel:+48426384720');
  });
  it('dials an internal extension as written', () => {
    expect(telHref('wew. 4720')).toBe('tel:4720');
  });
  it('keeps nothing but digits and the plus, whatever an editor typed', () => {
    expect(telHref('+48 42 638 47 20"><script>alert(1)</script>')).toBe('tel:+484263847201');
  });
});

describe('the consultant’s recently opened procedures', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 13, minute));

  it('puts the procedure just opened first, once', () => {
    const before = withVisit(withVisit([], 'a', at(1)), 'b', at(2));
    expect(withVisit(before, 'a', at(3))).toEqual([
      { slug: 'a', openedAt: at(3).toISOString() },
      { slug: 'b', openedAt: at(2).toISOString() },
    ]);
  });
  it(`keeps at most ${RECENT_LIMIT}, dropping the oldest`, () => {
    let visits = withVisit(undefined, 'p0', at(0));
    for (let i = 1; i <= RECENT_LIMIT; i++) visits = withVisit(visits, `p${i}`, at(i));
    expect(visits).toHaveLength(RECENT_LIMIT);
    expect(visits[0]?.slug).toBe(`p${RECENT_LIMIT}`);
    expect(visits.some((v) => v.slug === 'p0')).toBe(false);
  });
  it('ignores a stored preference of the wrong shape', () => {
    expect(withVisit([{ slug: 1 }, 'x', null, { slug: 'ok', openedAt: 'z' }], 'a', at(1)).map((v) => v.slug)).toEqual(['a', 'ok']);
  });
});
