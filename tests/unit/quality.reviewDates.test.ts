import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  defaultReviewDate,
  nextReviewDate,
  reviewMonthsFor,
  reviewState,
  reviewStatus,
  toWarsawDay,
} from '../../schemas/quality/reviewDates';

describe('review dates in Europe/Warsaw calendar days', () => {
  it('defaults to 12 months after the last approval, on the approval’s day in Warsaw', () => {
    // 23:30 UTC on 30 March 2024 is already 31 March in Warsaw (CET, one hour ahead).
    expect(defaultReviewDate(new Date('2024-03-30T23:30:00Z'))).toBe('2025-03-31');
    expect(defaultReviewDate('2024-06-30T22:15:00.000Z')).toBe('2025-07-01');
    expect(defaultReviewDate('2025-01-15')).toBe('2026-01-15');
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });

  it('takes the months per department, else the default', () => {
    const policy = { defaultMonths: 12, byDepartment: { 'Wydział Edukacji': 6 } };
    expect(reviewMonthsFor('Wydział Edukacji', policy)).toBe(6);
    expect(reviewMonthsFor('Wydział Finansowy', policy)).toBe(12);
    expect(reviewMonthsFor(undefined)).toBe(12);
    expect(() => reviewMonthsFor('x', { defaultMonths: 0 })).toThrow('Okres przeglądu musi być liczbą miesięcy od 1 do 60 (jest 0).');
  });

  it('counts the next review from the later of approval and "Potwierdź aktualność"', () => {
    const policy = { byDepartment: { 'Wydział Edukacji': 6 } };
    expect(nextReviewDate({ lastApproval: '2024-05-10', department: 'Wydział Edukacji' }, policy)).toBe('2024-11-10');
    expect(
      nextReviewDate({ lastApproval: '2024-05-10', lastConfirmation: '2024-09-01T10:00:00Z', department: 'Wydział Edukacji' }, policy),
    ).toBe('2025-03-01');
    expect(nextReviewDate({ lastApproval: '2024-05-10', lastConfirmation: '2024-01-01' })).toBe('2025-05-10');
  });
});

describe('review status', () => {
  it('turns overdue at Warsaw midnight after the review date, DST included', () => {
    const reviewDate = '2025-03-31';
    // 31 March 2025 23:59 in Warsaw (CEST, UTC+2) is still the review day: due today.
    expect(reviewState(reviewDate, new Date('2025-03-31T21:59:00Z'))).toEqual({ status: 'due', daysLeft: 0, label: 'Przegląd dzisiaj' });
    // One minute later it is 1 April in Warsaw, though still 31 March in UTC.
    expect(reviewState(reviewDate, new Date('2025-03-31T22:00:00Z'))).toEqual({
      status: 'overdue',
      daysLeft: -1,
      label: 'Przegląd zaległy od 1 dnia',
    });
  });

  it('is due within 30 days and ok beyond', () => {
    expect(reviewStatus('2025-05-01', '2025-04-01')).toBe('due');
    expect(reviewStatus('2025-05-02', '2025-04-01')).toBe('ok');
    expect(reviewState('2025-04-15', '2025-04-01').label).toBe('Przegląd za 14 dni');
    expect(reviewState('2025-03-10', '2025-04-01').label).toBe('Przegląd zaległy od 22 dni');
    expect(reviewState('2025-09-01', '2025-04-01').label).toBe('Opis aktualny');
  });

  it('rejects what is not a date rather than guessing', () => {
    expect(() => toWarsawDay('31.03.2025')).toThrow('„31.03.2025” nie jest poprawną datą (rrrr-mm-dd).');
    expect(() => toWarsawDay('2025-02-30')).toThrow();
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
  });
});
