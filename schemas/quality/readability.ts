/**
 * Plain Polish: readability of a Markdown text (the summary, "Sposób załatwienia sprawy") with
 * hints for long sentences and office jargon. Hints never block saving or approval. Pure and
 * browser-safe (the admin runs it while the editor types); see the tests for timings.
 *
 * FOG-PL — Gunning's fog index adapted to Polish by the Pracownia Prostej Polszczyzny
 * (Uniwersytet Wrocławski) and Logios: the same formula, but a hard word has 4 or more syllables
 * (Polish words are longer than English ones, so Gunning's 3 would make nearly every text hard):
 *     FOG-PL = 0.4 × (words / sentences + 100 × hardWords / words)
 * ("Indeks czytelności FOG: 0.4 x ((wyrazy/zdania) + 100 x (trudne słowa/wyrazy)) … długie słowa
 * (4 sylaby lub więcej)", latwytekst.pl; FOG-PL described by naukaipostep.pl, "Język giętki po
 * polsku"). The value estimates the years of schooling a reader needs; the authors advise samples
 * of at least 100 words, so shorter texts get a "wynik orientacyjny" hint.
 *
 * Pisarek's index — W. Pisarek, "Jak mierzyć zrozumiałość tekstu?", Zeszyty Prasoznawcze 1969 nr 4;
 * verified empirically by E. Charzyńska and Ł. Dębowski, "Empirical Verification of the Polish
 * Formula of Text Difficulty", Cognitive Studies 15 (2015); implemented as the "Flesch-based
 * Pisarek method" by B. Broda et al., LREC 2014. With x1 = average sentence length in words and
 * x2 = percentage of words of 4+ syllables:
 *     nonlinear: L = ½ × √(x1² + x2²)        linear: L = x1/3 + x2/3 + 1
 * The stored copies consulted give the papers but not their formula pages; the formulas above are
 * as the LREC 2014 paper restates them — check against Pisarek 1969 before relying on decimals.
 *
 * Meaning bands (ours, documented here): FOG-PL counts years of schooling, so we map the rounded
 * value onto today's Polish school system — 8 years of szkoła podstawowa, 12 with a secondary school
 * (liceum), beyond that higher education; 18 and more is FOG-PL's top band (specialists). The
 * authors' own published scale (1–6 szkoła podstawowa, 7–9 gimnazjum, 10–12 liceum, 13–15
 * licencjat, 16–17 magisterium, 18+) predates the 2017 reform that folded gimnazjum into an
 * 8-year szkoła podstawowa. Jasnopis (Uniwersytet SWPS) uses its own 1–7 scale, not FOG years.
 */
import { findJargon } from './jargon';
import { readabilityMessages as m } from './messages.pl';
import { type Sentence, sentencesOf } from './plainText';
import { countSyllables } from './syllables';

export const LONG_SENTENCE_WORDS = 25;
export const HARD_WORD_SYLLABLES = 4;
export const RELIABLE_SAMPLE_WORDS = 100;
/** Above this rounded FOG-PL (beyond secondary education) the editor is nudged to simplify. */
export const DEFAULT_TARGET_FOG = 12;

export type ReadabilityBand = 'primary' | 'secondary' | 'higher' | 'specialist';

export interface TextCounts {
  words: number;
  sentences: number;
  hardWords: number;
}

export type ReadabilityHint =
  | { kind: 'short-sample'; message: string; words: number }
  | { kind: 'hard-text'; message: string }
  | { kind: 'long-sentence'; message: string; sentence: string; words: number }
  | { kind: 'jargon'; message: string; term: string; found: string; plain: string; count: number };

export interface ReadabilityReport extends TextCounts {
  averageSentenceLength: number;
  hardWordPercent: number;
  fogPl: number;
  pisarek: { nonlinear: number; linear: number };
  band: ReadabilityBand | null;
  meaning: string;
  /** Distinct hard words, for highlighting in the editor. */
  hardWordList: string[];
  hints: ReadabilityHint[];
}

export interface ReadabilityOptions {
  targetFog?: number;
  longSentenceWords?: number;
}

function ratios({ words, sentences, hardWords }: TextCounts): { x1: number; x2: number } {
  if (words === 0 || sentences === 0) return { x1: 0, x2: 0 };
  return { x1: words / sentences, x2: (100 * hardWords) / words };
}

export function fogPl(counts: TextCounts): number {
  const { x1, x2 } = ratios(counts);
  return 0.4 * (x1 + x2);
}

export function pisarekNonlinear(counts: TextCounts): number {
  const { x1, x2 } = ratios(counts);
  return 0.5 * Math.sqrt(x1 * x1 + x2 * x2);
}

export function pisarekLinear(counts: TextCounts): number {
  if (counts.words === 0) return 0;
  const { x1, x2 } = ratios(counts);
  return x1 / 3 + x2 / 3 + 1;
}

export function readabilityBand(fog: number): ReadabilityBand {
  const years = Math.round(fog);
  if (years <= 8) return 'primary';
  if (years <= 12) return 'secondary';
  if (years <= 17) return 'higher';
  return 'specialist';
}

/**
 * Acronyms (ePUAP, BIP, RODO, ŁCKzM) and numbers are read as names, not as long words: they never
 * count as hard, whatever the patterns would say of their letters.
 */
function isHardWord(word: string): boolean {
  if (/\p{N}/u.test(word) || (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return false;
  return countSyllables(word) >= HARD_WORD_SYLLABLES;
}

function countText(sentences: readonly Sentence[]): TextCounts & { hardWordList: string[] } {
  const hard = new Set<string>();
  let words = 0;
  let hardWords = 0;
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      words += 1;
      if (isHardWord(word)) {
        hardWords += 1;
        hard.add(word.toLocaleLowerCase('pl'));
      }
    }
  }
  return { words, sentences: sentences.length, hardWords, hardWordList: [...hard] };
}

function hintsFor(
  sentences: readonly Sentence[],
  report: Omit<ReadabilityReport, 'hints'>,
  options: ReadabilityOptions,
): ReadabilityHint[] {
  const hints: ReadabilityHint[] = [];
  const longLimit = options.longSentenceWords ?? LONG_SENTENCE_WORDS;
  if (report.words > 0 && report.words < RELIABLE_SAMPLE_WORDS) {
    hints.push({ kind: 'short-sample', message: m.shortSample(report.words), words: report.words });
  }
  if (report.words > 0 && Math.round(report.fogPl) > (options.targetFog ?? DEFAULT_TARGET_FOG)) {
    hints.push({ kind: 'hard-text', message: m.hardText });
  }
  for (const sentence of sentences) {
    if (sentence.words.length > longLimit) {
      const words = sentence.words.length;
      hints.push({ kind: 'long-sentence', message: m.longSentence(words, longLimit), sentence: sentence.text, words });
    }
  }
  for (const match of findJargon(sentences.map((sentence) => sentence.words))) {
    hints.push({ kind: 'jargon', message: m.jargon(match.found, match.plain), ...match });
  }
  return hints;
}

/** Readability figures, their plain meaning and the hints for one Markdown text. */
export function analyseReadability(markdown: string, options: ReadabilityOptions = {}): ReadabilityReport {
  const sentences = sentencesOf(markdown);
  const { hardWordList, ...counts } = countText(sentences);
  const { x1, x2 } = ratios(counts);
  const fog = fogPl(counts);
  const band = counts.words === 0 ? null : readabilityBand(fog);
  const report = {
    ...counts,
    averageSentenceLength: x1,
    hardWordPercent: x2,
    fogPl: fog,
    pisarek: { nonlinear: pisarekNonlinear(counts), linear: pisarekLinear(counts) },
    band,
    meaning: band ? m.meaning[band] : m.meaning.empty,
    hardWordList,
  };
  return { ...report, hints: hintsFor(sentences, report, options) };
}
