import { describe, expect, it } from 'vitest';
import { type RegisterEntryLike, selectLive } from '../../schemas/rules/live';
import { warsawDay } from '../../schemas/rules/time';

const approval = (
  version: number,
  decidedAt: string,
  validFrom: string | null = null,
  validTo: string | null = null,
): RegisterEntryLike => ({
  kind: 'approval',
  version,
  decidedAt,
  validFrom,
  validTo,
});
const withdrawal = (version: number, decidedAt: string): RegisterEntryLike => ({ kind: 'withdrawal', version, decidedAt });

describe('the Europe/Warsaw calendar day of an instant', () => {
  it.each([
    ['2027-01-01T22:59:59Z', '2027-01-01', 'winter: 23:59:59 in Warsaw'],
    ['2027-01-01T23:00:00Z', '2027-01-02', 'winter: midnight in Warsaw is 23:00 UTC'],
    ['2027-07-01T21:59:59Z', '2027-07-01', 'summer: 23:59:59 in Warsaw'],
    ['2027-07-01T22:00:00Z', '2027-07-02', 'summer: midnight in Warsaw is 22:00 UTC'],
    ['2027-03-28T00:30:00Z', '2027-03-28', 'the spring DST night, before the change'],
    ['2027-03-28T22:00:00Z', '2027-03-29', 'the day after the spring change starts at 22:00 UTC'],
    ['2027-10-30T22:00:00Z', '2027-10-31', 'the autumn DST day starts at 22:00 UTC'],
    ['2027-10-31T22:59:59Z', '2027-10-31', 'the autumn DST day is 25 hours long'],
    ['2027-10-31T23:00:00Z', '2027-11-01', 'and the next day starts at 23:00 UTC'],
  ])('%s → %s (%s)', (instant, day) => {
    expect(warsawDay(new Date(instant))).toBe(day);
  });
});

describe('which version is live', () => {
  const windowed = [approval(1, '2027-01-10T10:00:00Z', '2027-02-01', '2027-02-28')];

  it.each<[string, number | undefined, string]>([
    ['2027-01-31', undefined, 'the day before validFrom'],
    ['2027-02-01', 1, 'the day of validFrom'],
    ['2027-02-28', 1, 'the day of validTo'],
    ['2027-03-01', undefined, 'the day after validTo'],
  ])('on %s: %s (%s)', (day, version) => {
    expect(selectLive(windowed, day)?.version).toBe(version);
  });

  it('keeps the older version live until a newer approved version’s validFrom', () => {
    const entries = [approval(1, '2027-01-01T10:00:00Z'), approval(2, '2027-01-05T10:00:00Z', '2027-03-01')];
    expect(selectLive(entries, '2027-02-28')?.version).toBe(1);
    expect(selectLive(entries, '2027-03-01')?.version).toBe(2);
  });

  it('takes the most recently approved version whose window contains the day', () => {
    const entries = [
      approval(1, '2027-01-01T10:00:00Z'),
      approval(2, '2027-01-02T10:00:00Z'),
      approval(3, '2027-01-03T10:00:00Z', null, '2027-01-02'),
    ];
    expect(selectLive(entries, '2027-01-10')?.version).toBe(2);
  });

  it('publishes nothing after a withdrawal, until a newer approval', () => {
    const entries = [approval(1, '2027-01-01T10:00:00Z'), withdrawal(1, '2027-01-02T10:00:00Z')];
    expect(selectLive(entries, '2027-01-03')).toBeUndefined();
    expect(selectLive([...entries, approval(2, '2027-01-04T10:00:00Z')], '2027-01-05')?.version).toBe(2);
  });

  it('publishes nothing when no window contains the day', () => {
    expect(selectLive([approval(1, '2027-01-01T10:00:00Z', '2030-01-01')], '2027-06-01')).toBeUndefined();
  });
});

describe('confirmations of validity (verification entries)', () => {
  it('change nothing that is live: the live version is the same with or without them', async () => {
    const { selectLive } = await import('../../schemas/rules/live');
    const approval = { kind: 'approval' as const, version: 1, decidedAt: '2026-01-01T10:00:00.000Z' };
    const verification = { kind: 'verification' as const, version: 1, decidedAt: '2026-06-01T10:00:00.000Z' };
    const withdrawal = { kind: 'withdrawal' as const, version: 1, decidedAt: '2026-07-01T10:00:00.000Z' };
    expect(selectLive([approval, verification], '2026-06-02')).toBe(approval);
    expect(selectLive([approval, withdrawal, verification], '2026-07-02')).toBeUndefined();
  });
});
