import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jargonEntries } from '../../schemas/quality/jargon';
import { sentencesOf } from '../../schemas/quality/plainText';
import { analyseReadability, fogPl, pisarekLinear, pisarekNonlinear, readabilityBand } from '../../schemas/quality/readability';
import { countSyllables } from '../../schemas/quality/syllables';

/*
 * A text with a FOG-PL value worked out by hand:
 *   "Złóż wniosek w urzędzie." — 4 words (złóż 1, wnio-sek 2, w 1, u-rzę-dzie 3), none hard
 *   "Urzędnik sprawdzi dokumenty i wyda zaświadczenie." — 6 words; do-ku-men-ty (4) and
 *       za-świad-cze-nie (4) are hard
 *   "Zaświadczenie odbierzesz osobiście." — 3 words; za-świad-cze-nie (4), o-so-bi-ście (4) hard
 * 13 words, 3 sentences, 4 hard words: x1 = 13/3 = 4.3333, x2 = 100 × 4/13 = 30.769
 *   FOG-PL = 0.4 × (4.3333 + 30.769) = 14.041
 *   Pisarek nonlinear = ½ × √(4.3333² + 30.769²) = ½ × √965.53 = 15.536
 *   Pisarek linear = 4.3333/3 + 30.769/3 + 1 = 12.701
 */
const HAND_COUNTED = 'Złóż wniosek w urzędzie. Urzędnik sprawdzi dokumenty i wyda zaświadczenie. Zaświadczenie odbierzesz osobiście.';

describe('syllables from the Polish hyphenation patterns', () => {
  it('counts one-letter syllables at word edges that typographic hyphenation leaves out', () => {
    expect(countSyllables('urzędowy')).toBe(4);
    expect(countSyllables('oświadczenie')).toBe(4);
    expect(countSyllables('osobiście')).toBe(4);
    expect(countSyllables('idea')).toBe(3);
  });

  it('keeps softening "i" inside its syllable and counts compounds part by part', () => {
    expect(countSyllables('nie')).toBe(1);
    expect(countSyllables('się')).toBe(1);
    expect(countSyllables('pieniądze')).toBe(3);
    expect(countSyllables('Łódź')).toBe(1);
    expect(countSyllables('materialno-techniczną')).toBe(7);
  });
});

describe('FOG-PL and Pisarek', () => {
  it('matches the hand-counted value of a short Polish text', () => {
    const report = analyseReadability(HAND_COUNTED);
    expect(report).toMatchObject({ words: 13, sentences: 3, hardWords: 4 });
    expect(report.fogPl).toBeCloseTo(14.041, 3);
    expect(report.pisarek.nonlinear).toBeCloseTo(15.536, 3);
    expect(report.pisarek.linear).toBeCloseTo(12.701, 3);
    expect(report.band).toBe('higher');
    expect(report.meaning).toBe('Tekst zrozumiały dla osoby z wykształceniem wyższym.');
    expect(report.hardWordList.sort()).toEqual(['dokumenty', 'osobiście', 'zaświadczenie']);
  });

  it('computes the formulas from counts', () => {
    const counts = { words: 100, sentences: 10, hardWords: 10 };
    expect(fogPl(counts)).toBeCloseTo(8, 10);
    expect(pisarekNonlinear(counts)).toBeCloseTo(0.5 * Math.sqrt(200), 10);
    expect(pisarekLinear(counts)).toBeCloseTo(10 / 3 + 10 / 3 + 1, 10);
    expect(fogPl({ words: 0, sentences: 0, hardWords: 0 })).toBe(0);
  });

  it('gives the plain meaning in the documented bands', () => {
    expect([8.4, 8.5, 12.4, 13, 17.4, 18].map(readabilityBand)).toEqual([
      'primary',
      'secondary',
      'secondary',
      'higher',
      'higher',
      'specialist',
    ]);
    expect(analyseReadability('Idź do urzędu. Weź dowód. Złóż wniosek.').meaning).toBe('Tekst zrozumiały dla osoby po szkole podstawowej.');
    expect(analyseReadability('').meaning).toBe('Brak tekstu do oceny.');
  });

  it('strips Markdown: links keep their text, URLs and e-mails are not words, list items end sentences', () => {
    const sentences = sentencesOf(
      '**1. Wniosek.** Złóż go [w urzędzie](https://uml.lodz.pl/) albo napisz na lckm@uml.lodz.pl\n\n- dowód osobisty\n- zdjęcie\n\nWięcej: https://www.gov.pl/web/gov',
    );
    expect(sentences.map((s) => s.words.join(' '))).toEqual([
      '1 Wniosek',
      'Złóż go w urzędzie albo napisz na',
      'dowód osobisty',
      'zdjęcie',
      'Więcej',
    ]);
  });

  it('does not end a sentence at Polish abbreviations', () => {
    const sentences = sentencesOf(
      'Przyjdź na ul. Piotrkowską 104, np. we wtorek, tj. 3 marca. Z dniem 1 stycznia 2019 r. prawo się zmieniło (Dz. U. z 2023 r. poz. 40).',
    );
    expect(sentences).toHaveLength(2);
  });
});

describe('hints (never blocking)', () => {
  it('flags a sentence over 25 words with its word count', () => {
    const long = `Jeżeli chcesz ${'bardzo '.repeat(24)}złożyć wniosek.`;
    const hint = analyseReadability(long).hints.find((h) => h.kind === 'long-sentence');
    expect(hint).toMatchObject({ kind: 'long-sentence', words: 28 });
    expect(hint?.message).toBe('To zdanie ma 28 wyrazów (zalecane najwyżej 25). Podziel je na krótsze zdania.');
  });

  it('flags office jargon in any inflected form with its plain replacement, phrases before single words', () => {
    const report = analyseReadability(
      'W przedmiotowej sprawie wnioskodawca winien uiścić opłatę. Do niniejszego wniosku należy dołączyć kopię. Niniejszym informujemy.',
    );
    const jargon = report.hints.filter((h) => h.kind === 'jargon');
    expect(jargon.map((h) => [h.term, h.found, h.count])).toEqual([
      ['w przedmiotowej sprawie', 'W przedmiotowej sprawie', 1],
      ['wnioskodawca', 'wnioskodawca', 1],
      ['winien', 'winien', 1],
      ['uiścić opłatę', 'uiścić', 1],
      ['niniejszy', 'niniejszego', 2],
      ['należy', 'należy', 1],
    ]);
    expect(jargon[0]?.message).toBe('„W przedmiotowej sprawie” to język urzędowy. Prościej: w tej sprawie.');
  });

  it('says a text under 100 words gives an approximate result', () => {
    expect(analyseReadability(HAND_COUNTED).hints[0]).toMatchObject({ kind: 'short-sample', words: 13 });
  });

  it('keeps the jargon list in one file with at least 60 entries, each with a plain replacement', () => {
    expect(jargonEntries.length).toBeGreaterThanOrEqual(60);
    for (const entry of jargonEntries) {
      expect(entry.plain.trim()).not.toBe('');
      expect(entry.patterns.length).toBeGreaterThan(0);
    }
  });
});

describe('speed in the editor', () => {
  it('analyses a 650-character summary and a 5,000-character text within a keystroke budget', () => {
    const demo = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../cms/seed/procedures/przeksztalcenie-uzytkowania-wieczystego-bonifikata.json'), 'utf8'),
    ) as { summary: string; howTo: string; additionalInfo: string };
    const summary = demo.summary.padEnd(650, ' Wniosek złóż w urzędzie.').slice(0, 650);
    const long = `${demo.howTo}\n\n${demo.additionalInfo}\n\n`.repeat(4).slice(0, 5000);
    const time = (text: string) => {
      analyseReadability(text);
      const runs = 20;
      const start = performance.now();
      for (let i = 0; i < runs; i++) analyseReadability(`${text} ${i}`);
      return (performance.now() - start) / runs;
    };
    const summaryMs = time(summary);
    const longMs = time(long);
    console.info(`readability: 650 chars ${summaryMs.toFixed(2)} ms, 5000 chars ${longMs.toFixed(2)} ms (mean of 20, warm)`);
    expect(summaryMs).toBeLessThan(100);
    expect(longMs).toBeLessThan(400);
  });
});
