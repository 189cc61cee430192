import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusAnalysis } from '../../schemas/search/corpusAnalysis';
import type { HunspellDictionary } from '../../schemas/search/hunspell/dictionary';
import { polishDictionary } from '../../schemas/search/hunspell/polish';
import type { QueryPlan } from '../../schemas/search/queryPlan';
import { planQuery, WEIGHTS } from '../../schemas/search/queryPlan';
import { fold, isStopWord, words } from '../../schemas/search/text';
import { groupTerm } from '../../schemas/search/tokens';
import { allowedEdits, corrections, editDistance } from '../../schemas/search/typos';

let dictionary: HunspellDictionary;
beforeAll(async () => {
  dictionary = await polishDictionary();
});

describe('Polish inflection from the hunspell dictionary', () => {
  it.each([
    ['dowodu', 'dowód'],
    ['przedszkola', 'przedszkole'],
    ['dziurę', 'dziura'],
    ['zameldowania', 'zameldować'],
    ['nieruchomości', 'nieruchomość'],
    ['odpadami', 'odpad'],
    ['mogę', 'móc'],
  ])('finds the lemma of "%s": %s', (form, lemma) => {
    expect(dictionary.lemmas(form)).toContain(lemma);
  });

  it('finds no lemma for a word that is not Polish', () => {
    expect(dictionary.lemmas('epuapx')).toEqual([]);
  });

  it('generates forms that analyse back to their lemma', () => {
    for (const lemma of ['dowód', 'przedszkole', 'zameldować', 'osobisty', 'deklaracja']) {
      const forms = dictionary.forms(lemma);
      expect(forms.length).toBeGreaterThan(5);
      for (const form of forms) expect(dictionary.lemmas(form), form).toContain(lemma);
    }
    expect(dictionary.forms('dowód')).toEqual(expect.arrayContaining(['dowodu', 'dowodem', 'dowodach']));
  });
});

describe('words, folding and stop words', () => {
  it('splits on punctuation and Markdown and lower-cases', () => {
    expect(words('**Dowód** osobisty, e-mail: IN-1').map((w) => w.text)).toEqual(['dowód', 'osobisty', 'e', 'mail', 'in', '1']);
  });

  it('folds Polish letters, ł included', () => {
    expect(fold('zaświadczenie')).toBe('zaswiadczenie');
    expect(fold('Łódź, żółć')).toBe('Lodz, zolc');
  });

  it.each(['jak', 'gdzie', 'czy', 'mogę', 'moge', 'się', 'mi', 'co', 'kiedy', 'ile', 'trzeba', 'chcę', 'muszę'])(
    'treats "%s" as a stop word',
    (w) => {
      expect(isStopWord(w)).toBe(true);
    },
  );

  it.each(['dowód', 'przedszkole', 'meldunek', 'podatek'])('keeps "%s"', (w) => {
    expect(isStopWord(w)).toBe(false);
  });
});

describe('typo tolerance', () => {
  it('allows one edit from 5 letters and two from 9', () => {
    expect([4, 5, 8, 9].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('przedszkloe', 'przedszkole', 2)).toBe(1);
    expect(editDistance('zameldownie', 'zameldowanie', 2)).toBe(1);
    expect(editDistance('stypednium', 'stypendium', 2)).toBe(1);
    expect(editDistance('abcdef', 'fedcba', 2)).toBe(3);
  });

  it('corrects to the nearest known words only, and never a short word', () => {
    const vocabulary = ['przedszkole', 'przedszkola', 'zameldowanie', 'dom', 'dym'];
    const byLength = (l: number) => vocabulary.filter((w) => w.length === l);
    expect(corrections('przedszkloe', byLength).map((c) => c.word)).toEqual(['przedszkole']);
    expect(corrections('dum', byLength)).toEqual([]);
  });
});

describe('query analysis', () => {
  let analysis: CorpusAnalysis;
  const plan = (q: string): Promise<QueryPlan> => planQuery(q, analysis.lexicon, analysis.matcher);
  const lemmasOf = (p: QueryPlan) => p.slots.map((s) => s.alternatives.flatMap((a) => (a.term.kind === 'lemma' ? [a.term.lemma] : [])));

  beforeAll(() => {
    analysis = new CorpusAnalysis(dictionary, {
      language: 'pl',
      groups: [
        { terms: ['podatek od nieruchomości', 'podatek od domu'] },
        { terms: ['uszkodzenie nawierzchni', 'dziura w jezdni'] },
        { terms: ['meldunek', 'zameldowanie'] },
      ],
    });
    for (const text of [
      'Rekrutacja dziecka do publicznego przedszkola. Zapisać dziecko można online.',
      'Zameldowanie na pobyt stały. Zaświadczenie o zameldowaniu.',
      'Podatek od nieruchomości; dziurę w jezdni zgłoś przez telefon.',
    ]) {
      analysis.terms(text);
    }
  });

  it('drops the question words: only content words have to match', async () => {
    const p = await plan('jak zapisać dziecko do przedszkola');
    expect(p.slots.map((s) => s.word)).toEqual(['zapisać', 'dziecko', 'przedszkola']);
    expect(lemmasOf(p)[2]).toContain('przedszkole');
  });

  it('reads a word without its Polish letters, weighted below the exact spelling', async () => {
    const folded = await plan('zaswiadczenie');
    const exact = await plan('zaświadczenie');
    const weightOf = (p: QueryPlan) =>
      p.slots[0]?.alternatives.find((a) => a.term.kind === 'lemma' && a.term.lemma === 'zaświadczenie')?.weight;
    expect(weightOf(folded)).toBe(WEIGHTS.folded);
    expect(weightOf(exact)).toBe(WEIGHTS.exact);
  });

  it('corrects typos of known words: "zameldownie", "przedszkloe"', async () => {
    const [zameldownie, przedszkloe] = await Promise.all([plan('zameldownie'), plan('przedszkloe')]);
    expect(lemmasOf(zameldownie)[0]).toContain('zameldować');
    expect(lemmasOf(przedszkloe)[0]).toContain('przedszkole');
    expect(zameldownie.slots[0]?.alternatives[0]?.weight).toBe(WEIGHTS.typo1);
  });

  it('leaves an unknown short word as typed', async () => {
    expect(lemmasOf(await plan('xyz'))[0]).toEqual(['xyz']);
  });

  it('expands a single-word synonym both ways', async () => {
    const [meldunek, zameldowanie] = await Promise.all([plan('meldunek'), plan('zameldowanie')]);
    const groups = (p: QueryPlan) => p.spans.filter((s) => s.kind === 'group').map((s) => s.alternatives[0]?.term);
    expect(groups(meldunek)).toEqual([{ kind: 'group', id: 2 }]);
    expect(groups(zameldowanie)).toEqual([{ kind: 'group', id: 2 }]);
  });

  it('finds a multi-word phrase of the thesaurus in any inflection, in the query and in the text', async () => {
    const query = await plan('gdzie zgłosić dziurę w jezdni');
    expect(query.spans).toContainEqual({
      kind: 'group',
      from: 1,
      to: 2,
      alternatives: [{ term: { kind: 'group', id: 1 }, weight: WEIGHTS.synonym }],
    });
    expect(analysis.terms('Uszkodzenia nawierzchni zgłaszaj od razu.')).toContain(groupTerm(1));
    expect(analysis.terms('Podatek od domu płaci właściciel.')).toContain(groupTerm(0));
    expect(analysis.terms('Podatek od samochodu')).not.toContain(groupTerm(0));
  });

  it('pairs neighbouring content words for the whole-phrase bonus', async () => {
    const p = await plan('dowód osobisty');
    expect(p.spans.filter((s) => s.kind === 'phrase')).toHaveLength(1);
  });
});
