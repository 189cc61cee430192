import { describe, expect, it } from 'vitest';
import defaultThesaurus from '../../schemas/search/thesaurus.pl.json' with { type: 'json' };
import { checkThesaurus, loadDefaultThesaurus } from '../../schemas/search/thesaurusFile';
import thesaurusSchema from '../../schemas/thesaurus.schema.json' with { type: 'json' };

describe('the default thesaurus', () => {
  const thesaurus = loadDefaultThesaurus();

  it('has at least 150 groups, each with at least two members', () => {
    expect(thesaurus.groups.length).toBeGreaterThanOrEqual(150);
    for (const group of thesaurus.groups) expect(group.terms.length).toBeGreaterThanOrEqual(2);
  });

  it('covers every domain of a city hall with several groups', () => {
    const domains = thesaurusSchema.$defs.group.properties.domain.enum;
    for (const domain of domains) expect(thesaurus.groups.filter((g) => g.domain === domain).length, domain).toBeGreaterThanOrEqual(5);
  });

  it('has the examples residents use', () => {
    const together = (a: string, b: string) => thesaurus.groups.some((g) => g.terms.includes(a) && g.terms.includes(b));
    expect(together('meldunek', 'zameldowanie')).toBe(true);
    expect(together('śmieci', 'odpady')).toBe(true);
    expect(together('dowód', 'dowód osobisty')).toBe(true);
    expect(together('podatek od domu', 'podatek od nieruchomości')).toBe(true);
    expect(together('dziura w jezdni', 'uszkodzenie nawierzchni')).toBe(true);
  });
});

describe('checking a thesaurus', () => {
  it('accepts the repository file as it is', () => {
    expect(checkThesaurus(structuredClone(defaultThesaurus)).ok).toBe(true);
  });

  it('rejects a group of one member and an unknown key, with Polish messages naming the group', () => {
    const result = checkThesaurus({
      language: 'pl',
      groups: [{ terms: ['meldunek', 'zameldowanie'] }, { terms: ['dowód'], colour: 'red' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { path: 'groups.1.terms', code: 'minItems', message: 'Grupa 2: grupa musi mieć co najmniej 2 człony.' },
        { path: 'groups.1', code: 'additionalProperties', message: 'Grupa 2: nieznane pole „colour”.' },
      ]),
    );
  });

  it('rejects a member made only of words the search skips', () => {
    const result = checkThesaurus({ language: 'pl', groups: [{ terms: ['jak się', 'meldunek'] }] });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'groups.0.terms.0',
          code: 'only_stop_words',
          message: 'Grupa 1, człon 1: „jak się” składa się tylko ze słów pomijanych przy wyszukiwaniu.',
        },
      ],
    });
  });
});
