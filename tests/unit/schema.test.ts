import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidNrb, plural, validateFeedItem, validateProcedure, validateProcedureField, validatePublicProcedure } from '../../schemas';
import { buildProcedure } from '../support/factories';

const examples = path.resolve(import.meta.dirname, '../../schemas/examples');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

describe.each([
  ['procedure', validateProcedure],
  ['public-procedure', validatePublicProcedure],
  ['feed-item', validateFeedItem],
] as const)('schemas/examples/%s', (kind, validate) => {
  const validDir = path.join(examples, kind, 'valid');
  const invalidDir = path.join(examples, kind, 'invalid');
  const expected = readJson(path.join(invalidDir, 'expected.json')) as Record<string, { path: string; code: string }[]>;
  const invalidFiles = fs.readdirSync(invalidDir).filter((f) => f.endsWith('.json') && f !== 'expected.json');

  it.each(fs.readdirSync(validDir))('accepts valid example %s', (file) => {
    expect(validate(readJson(path.join(validDir, file)))).toEqual([]);
  });

  it('has an expectation for every invalid example', () => {
    expect(Object.keys(expected).sort()).toEqual(invalidFiles.map((f) => f.replace(/\.json$/, '')).sort());
  });

  it.each(invalidFiles)('rejects invalid example %s with exactly the expected errors', (file) => {
    const issues = validate(readJson(path.join(invalidDir, file)));
    // Path, code and the exact Polish message a person reads (expected.json holds each one).
    expect(issues).toEqual(expected[file.replace(/\.json$/, '')]);
  });
});

describe('limits at their boundaries (code points, not UTF-16 units)', () => {
  const lengths = [
    ['title', 160, (s: string) => ({ title: s })],
    ['summary', 650, (s: string) => ({ summary: s })],
  ] as const;

  it.each(lengths)('accepts a %s of exactly %i characters of Polish letters', (_field, limit, patch) => {
    expect(validateProcedure(buildProcedure(patch('ł'.repeat(limit))))).toEqual([]);
  });

  it('rejects a 161-character title with a Polish message naming the field and the limit', () => {
    expect(validateProcedure(buildProcedure({ title: `${'Łódź '.repeat(32)}Ł` }))).toEqual([
      { path: 'title', code: 'too_long', message: 'Nazwa procedury może mieć najwyżej 160 znaków (jest 161).' },
    ]);
  });

  it('counts an astral character (emoji) once', () => {
    expect(validateProcedure(buildProcedure({ title: '📄'.repeat(160) }))).toEqual([]);
  });

  it('rejects a 651-character summary', () => {
    const [issue] = validateProcedure(buildProcedure({ summary: 'ś'.repeat(651) }));
    expect(issue).toEqual({ path: 'summary', code: 'too_long', message: 'Skrócony opis sprawy może mieć najwyżej 650 znaków (jest 651).' });
  });

  it('accepts a 40-character step name and a 75-character comment, rejects 41 and 76', () => {
    const ok = buildProcedure({ steps: [{ name: 'ą'.repeat(40), comment: 'ę'.repeat(75), online: true }] });
    expect(validateProcedure(ok)).toEqual([]);
    const tooLong = buildProcedure({ steps: [{ name: 'ą'.repeat(41), comment: 'ę'.repeat(76), online: true }] });
    expect(validateProcedure(tooLong)).toEqual([
      { path: 'steps.0.name', code: 'too_long', message: 'Etap 1 — Nazwa etapu może mieć najwyżej 40 znaków (jest 41).' },
      { path: 'steps.0.comment', code: 'too_long', message: 'Etap 1 — Komentarz do etapu może mieć najwyżej 75 znaków (jest 76).' },
    ]);
  });
});

describe('dates', () => {
  it('rejects an impossible calendar date and accepts 29 February of a leap year', () => {
    expect(validateProcedure(buildProcedure({ validFrom: '2027-02-29' }))[0]).toMatchObject({ path: 'validFrom', code: 'date' });
    expect(validateProcedure(buildProcedure({ validFrom: '2028-02-29', validTo: null }))).toEqual([]);
  });

  it('rejects validTo before validFrom and accepts a one-day window', () => {
    expect(validateProcedure(buildProcedure({ validFrom: '2027-05-02', validTo: '2027-05-01' }))).toEqual([
      {
        path: 'validTo',
        code: 'date_window',
        message: 'Obowiązuje do (2027-05-01) nie może być wcześniej niż Obowiązuje od (2027-05-02).',
      },
    ]);
    expect(validateProcedure(buildProcedure({ validFrom: '2027-05-01', validTo: '2027-05-01' }))).toEqual([]);
  });
});

describe('NRB account numbers', () => {
  it('accepts a number with a valid checksum, with or without spaces', () => {
    expect(isValidNrb('94 1020 3352 0000 1102 0161 6789')).toBe(true);
    expect(isValidNrb('94102033520000110201616789')).toBe(true);
  });

  it.each([
    ['a changed digit', '94 1020 3352 0000 1102 0161 6788'],
    ['25 digits', '94 1020 3352 0000 1102 0161 678'],
    ['letters', 'PL94 1020 3352 0000 1102 0161 6789'],
  ])('rejects %s', (_case, nrb) => {
    expect(isValidNrb(nrb)).toBe(false);
  });
});

describe('slugs and drafts', () => {
  it.each(['Dowod', 'dowod--osobisty', '-dowod', 'dowód', 'dowod osobisty'])('rejects the slug "%s"', (slug) => {
    expect(validateProcedure(buildProcedure({ slug }))[0]).toMatchObject({ path: 'slug', code: 'slug' });
  });

  it('lets a draft be incomplete but not break a limit', () => {
    expect(validateProcedure({ slug: 'szkic', title: 'Szkic' }, { partial: true })).toEqual([]);
    expect(validateProcedure({ slug: 'szkic', title: 'x'.repeat(161) }, { partial: true })).toHaveLength(1);
    expect(validateProcedure({ slug: 'szkic', title: 'Szkic' }).length).toBeGreaterThan(5);
  });

  it('checks single fields for the admin form with the same messages', () => {
    expect(validateProcedureField('steps.2.name', 'x'.repeat(41))).toEqual([
      { path: 'steps.2.name', code: 'too_long', message: 'Etap 3 — Nazwa etapu może mieć najwyżej 40 znaków (jest 41).' },
    ]);
    expect(validateProcedureField('fees.0.account', '12 3456')[0]?.code).toBe('nrb');
    expect(validateProcedureField('title', 'Dobra nazwa')).toEqual([]);
  });
});

describe('Polish plurals in messages', () => {
  it.each([
    [1, 'znak'],
    [2, 'znaki'],
    [5, 'znaków'],
    [12, 'znaków'],
    [22, 'znaki'],
    [40, 'znaków'],
    [160, 'znaków'],
  ])('%i → %s', (n, word) => {
    expect(plural(n, 'znak', 'znaki', 'znaków')).toBe(word);
  });
});
