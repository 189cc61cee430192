import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseEliOf, changesSince } from '../../cms/quality/eli/changes';
import { normaliseReferences } from '../../cms/quality/eli/client';
import { citationOf, primaryEli, recogniseEli } from '../../cms/quality/eli/recognise';
import { eliOfEntries } from '../../cms/quality/eli/watch';
import type { ProcedureRecord } from '../../schemas/types.generated';

describe('recognising ELI identifiers in Polish citations', () => {
  it.each([
    ['ustawa o samorządzie gminnym (Dz. U. z 2023 r. poz. 40)', 'DU/2023/40'],
    ['Dz.U. 2022 poz. 1526', 'DU/2022/1526'],
    ['M.P. z 2021 r. poz. 10', 'MP/2021/10'],
    ['Monitor Polski z 2021 r. poz. 10', 'MP/2021/10'],
    ['Dziennik Ustaw z 2023 r. poz. 40', 'DU/2023/40'],
    ['Dz.U.2022.1526', 'DU/2022/1526'],
    ['Dz. U. z 2002 r. Nr 193, poz. 1617', 'DU/2002/1617'],
  ])('%s → %s', (citation, eli) => {
    expect(primaryEli(citation)?.eli).toBe(eli);
  });

  it('marks consolidated texts and later amendments', () => {
    expect(primaryEli('Dz. U. z 2020 r. poz. 1 ze zm.')).toMatchObject({ eli: 'DU/2020/1', withAmendments: true, consolidated: false });
    expect(primaryEli('(t.j. Dz. U. z 2023 r. poz. 40)')).toMatchObject({ consolidated: true });
    expect(primaryEli('tekst jednolity: Dz. U. z 2019 r. poz. 1282')).toMatchObject({ consolidated: true });
    expect(primaryEli('Dz. U. z 2024 r. poz. 572 z późn. zm.')).toMatchObject({ withAmendments: true });
  });

  it('takes the first position as the act and the others of the list as amending acts', () => {
    expect(primaryEli('(Dz. U. z 2023 r. poz. 40, 572 i 1463)')).toMatchObject({
      eli: 'DU/2023/40',
      alsoCited: ['DU/2023/572', 'DU/2023/1463'],
    });
  });
});

describe('recognising ELI identifiers: edge cases and demo data', () => {
  it('takes a missing year from the act’s own date, and says so', () => {
    const citation = primaryEli('rozporządzenie Ministra Infrastruktury z dnia 12 listopada 2002 r. (Dz. U. Nr 193, poz. 1617)');
    expect(citation).toMatchObject({ eli: 'DU/2002/1617', yearInferred: true });
  });

  it('ignores journals outside the Sejm’s ELI (EU Official Journal, voivodeship journals)', () => {
    expect(recogniseEli('(Dz. Urz. UE L 119 z 04.05.2016, str. 1)')).toEqual([]);
    expect(recogniseEli('Dz.U.UE.L.2016.119.1')).toEqual([]);
    expect(recogniseEli('Dz. Urz. Woj. Łódzkiego z 2023 r. poz. 100')).toEqual([]);
  });

  it('writes an ELI back as the template cites it', () => {
    expect(citationOf('DU/2023/40')).toBe('Dz. U. z 2023 r. poz. 40');
    expect(citationOf('MP/2021/10')).toBe('M.P. z 2021 r. poz. 10');
  });

  it('prefers the editor’s identifier, null included, to the recognised one', () => {
    const legalBasis = [
      'ustawa – Kodeks postępowania administracyjnego (Dz. U. z 2024 r. poz. 572 z późn. zm.)',
      'uchwała Rady Miejskiej w Łodzi',
    ];
    expect(eliOfEntries({ legalBasis }).map((e) => [e.eli, e.source])).toEqual([
      ['DU/2024/572', 'recognised'],
      [null, 'none'],
    ]);
    const chosen = eliOfEntries({ legalBasis, legalBasisEli: [{ entry: legalBasis[0] as string, eli: null }] });
    expect(chosen[0]).toMatchObject({ eli: null, source: 'editor' });
  });

  it('recognises the acts cited by the demo procedures', () => {
    const dir = join(import.meta.dirname, '../../cms/seed/procedures');
    const records = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ProcedureRecord);
    const all = records.flatMap((r) => eliOfEntries(r));
    expect(all.filter((e) => e.eli !== null).length).toBeGreaterThan(35);
    expect(all.filter((e) => e.eli === 'DU/2024/572')).toHaveLength(7);
  });
});

describe('changes of a cited act after the last approval', () => {
  const cited = { ELI: 'DU/2024/572', references: { 'Tekst jednolity dla aktu': [{ id: 'DU/1960/168' }] } };
  const baseReferences = normaliseReferences({
    'Akty zmieniające': [
      {
        act: { ELI: 'DU/2024/1685', title: 'Ustawa o zmianie ustawy – Kodeks postępowania administracyjnego', promulgation: '2024-11-22' },
        date: '2024-12-07',
      },
      { act: { ELI: 'DU/2025/769', title: 'Ustawa o zmianie niektórych ustaw', promulgation: '2025-06-16' }, date: '2025-07-01' },
      {
        act: { ELI: 'DU/2025/1201', title: 'Ustawa o zmianie ustawy – Kodeks postępowania administracyjnego', promulgation: '2025-09-10' },
        date: '2025-10-01',
      },
    ],
    'Inf. o tekście jednolitym': [
      { act: { ELI: 'DU/2024/572', promulgation: '2024-04-19', status: 'obowiązujący' } },
      { act: { ELI: 'DU/2025/1691', displayAddress: 'Dz.U. 2025 poz. 1691', promulgation: '2025-12-01' } },
    ],
  });

  it('follows a consolidated text to the act it restates', () => {
    expect(baseEliOf('DU/2024/572', cited)).toBe('DU/1960/168');
    expect(baseEliOf('DU/2023/40', { ELI: 'DU/2023/40' })).toBe('DU/2023/40');
  });

  it('reports amendments and new consolidated texts published after the approval day, oldest first', () => {
    const changes = changesSince({ citedEli: 'DU/2024/572', cited, baseEli: 'DU/1960/168', baseReferences }, '2025-06-16');
    expect(changes.map((c) => [c.kind, c.changeEli, c.publishedOn, c.effectiveOn])).toEqual([
      ['amendment', 'DU/2025/1201', '2025-09-10', '2025-10-01'],
      ['consolidated-text', 'DU/2025/1691', '2025-12-01', undefined],
    ]);
    expect(changes[0]?.key).toBe('eli:DU/1960/168:amendment:DU/2025/1201');
    expect(changes[0]?.message).toContain('Dz. U. z 2024 r. poz. 572');
    expect(changes[0]?.message).toContain('zmiana wchodzi w życie 2025-10-01');
    expect(changes[1]?.message).toContain('Ogłoszono nowy tekst jednolity');
  });

  it('gives the same key whichever consolidated text is cited', () => {
    const viaOld = changesSince({ citedEli: 'DU/2024/572', cited, baseEli: 'DU/1960/168', baseReferences }, '2025-06-16');
    const viaBase = changesSince(
      { citedEli: 'DU/1960/168', cited: { ELI: 'DU/1960/168' }, baseEli: 'DU/1960/168', baseReferences },
      '2025-06-16',
    );
    expect(viaBase.find((c) => c.kind === 'amendment')?.key).toBe(viaOld[0]?.key);
  });

  it('merges the consolidated text’s "Nowelizacje po tekście jednolitym" without duplicates', () => {
    const citedReferences = normaliseReferences({
      'Nowelizacje po tekście jednolitym': [
        { act: { ELI: 'DU/2025/1201' }, date: '2025-08-29' },
        { act: { ELI: 'DU/2026/15' }, date: '2026-01-05' },
      ],
    });
    const changes = changesSince({ citedEli: 'DU/2024/572', cited, citedReferences, baseEli: 'DU/1960/168', baseReferences }, '2025-06-16');
    expect(changes.filter((c) => c.kind === 'amendment').map((c) => c.changeEli)).toEqual(['DU/2025/1201', 'DU/2026/15']);
  });
});
