import { describe, expect, it } from 'vitest';
import {
  countOf,
  FILE_TYPES,
  fileDetails,
  fileTypeLabel,
  formatDate,
  formatDateTime,
  formatDuration,
  formatFee,
  formatFileSize,
  NO_FEES,
  pluralForm,
} from '../../templates/format';

describe('Polish plural forms', () => {
  it.each([
    [1, 'days', '1 dzień'],
    [2, 'days', '2 dni'],
    [5, 'days', '5 dni'],
    [22, 'days', '22 dni'],
    [1, 'weeks', '1 tydzień'],
    [2, 'weeks', '2 tygodnie'],
    [5, 'weeks', '5 tygodni'],
    [12, 'weeks', '12 tygodni'],
    [24, 'weeks', '24 tygodnie'],
    [1, 'months', '1 miesiąc'],
    [2, 'months', '2 miesiące'],
    [4, 'months', '4 miesiące'],
    [5, 'months', '5 miesięcy'],
    [12, 'months', '12 miesięcy'],
    [14, 'months', '14 miesięcy'],
    [22, 'months', '22 miesiące'],
    [112, 'months', '112 miesięcy'],
    [0, 'days', '0 dni'],
    [1.5, 'months', '1,5 miesiąca'],
  ] as const)('writes a deadline of %s %s as “%s”', (value, unit, expected) => {
    expect(formatDuration(value, unit)).toBe(expected);
  });

  it('picks the form of any word by the number, as in "Znaleziono 3 sprawy"', () => {
    const matters = { one: 'sprawa', few: 'sprawy', many: 'spraw', other: 'sprawy' };
    expect([1, 3, 5, 21, 23].map((n) => countOf(n, matters))).toEqual(['1 sprawa', '3 sprawy', '5 spraw', '21 spraw', '23 sprawy']);
    expect(pluralForm(104, matters)).toBe('sprawy');
  });
});

describe('files as a resident sees them', () => {
  it('labels every type an attachment may have, from one list', () => {
    expect(Object.values(FILE_TYPES)).toEqual(['PDF', 'DOC', 'DOCX', 'RTF']);
    expect(fileTypeLabel('application/rtf')).toBe('RTF');
    expect(fileTypeLabel('application/zip')).toBe('plik');
  });

  it.each([
    [1, '1 B'],
    [888, '888 B'],
    [1023, '1023 B'],
    [1024, '1 kB'],
    [48_213, '47 kB'],
    [1_047_552, '1023 kB'],
    [1_048_500, '1,0 MB'],
    [1_258_291, '1,2 MB'],
    [20 * 1024 * 1024, '20,0 MB'],
  ])('writes %i bytes as “%s”, with a decimal comma', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });

  it('says type and size in a link: "DOCX, 47 kB"', () => {
    expect(fileDetails({ mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 48_213 })).toBe(
      'DOCX, 47 kB',
    );
  });
});

describe('dates on Łódź’s clock', () => {
  it('writes a calendar date of the template as day.month.year, with no time zone shift', () => {
    expect(formatDate('2026-11-29')).toBe('29.11.2026');
    expect(formatDate('2027-01-01')).toBe('01.01.2027');
  });

  it.each([
    ['2026-11-29T13:01:00.000Z', '29.11.2026', '29.11.2026, 14:01'],
    ['2026-06-29T12:01:00Z', '29.06.2026', '29.06.2026, 14:01'],
    // Just before midnight UTC is already the next day in Warsaw (this machine's zone must not matter).
    ['2026-11-28T23:30:00.000Z', '29.11.2026', '29.11.2026, 00:30'],
    ['2026-03-29T00:59:00Z', '29.03.2026', '29.03.2026, 01:59'],
    ['2026-03-29T01:00:00Z', '29.03.2026', '29.03.2026, 03:00'],
  ])('writes the instant %s as “%s” and “%s”', (instant, date, dateTime) => {
    expect(formatDate(instant)).toBe(date);
    expect(formatDateTime(instant)).toBe(dateTime);
    expect(formatDateTime(new Date(instant))).toBe(dateTime);
  });

  it('refuses what is not a date, with a Polish message', () => {
    expect(() => formatDateTime('wczoraj')).toThrow('Nie jest to data: „wczoraj”.');
  });
});

describe('fees', () => {
  it('writes „brak” for no fee, a dash for a missing account number and nothing for missing remarks', () => {
    expect(NO_FEES).toBe('brak');
    expect(formatFee({ type: 'Opłata skarbowa', amount: '17 zł' })).toEqual({
      type: 'Opłata skarbowa',
      amount: '17 zł',
      account: '—',
      remarks: '',
    });
  });
});
