/**
 * The first steps of the Polish text analysis, shared by the staff search (server), the resident
 * index build (Node) and the resident query (browser): words, lower case, diacritics folded, stop
 * words. No dependency, so the browser bundle stays small.
 */

/** One word of a text, lower-cased as written, and its position among the text's words. */
export interface Word {
  text: string;
  position: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits a text into lower-case words (letters and digits; punctuation and Markdown are separators). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) out.push({ text: match[0], position: out.length });
  return out;
}

/** Letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', ø: 'o', ß: 'ss' };

const folded = new Map<string, string>();
const FOLD_CACHE = 100_000;

/** The word without diacritics ("zaświadczenie" → "zaswiadczenie"): residents often type so. */
export function fold(word: string): string {
  // Indexing folds every word of every procedure; Unicode normalisation is the slow part.
  let result = folded.get(word);
  if (result === undefined) {
    result = /^[a-z0-9]*$/i.test(word)
      ? word
      : word
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/[łŁđøß]/g, (c) => UNDECOMPOSED[c] ?? c);
    if (folded.size >= FOLD_CACHE) folded.clear();
    folded.set(word, result);
  }
  return result;
}

export function hasDiacritics(word: string): boolean {
  return fold(word) !== word;
}

/**
 * Words of residents' questions and Polish function words: they do not have to match
 * ("jak zapisać dziecko do przedszkola" is about "zapisać dziecko przedszkole"). Compared after
 * folding, so "moge" and "mogę" are both stop words. Inside thesaurus phrases they are skipped
 * too, so "dziura w jezdni" matches "dziurę na jezdni".
 */
const STOP_WORDS = `
a aby albo ale ani by być bym był była było czy czyli co coś czego czym czemu dla do gdy gdzie
i ich ile im iż ja jak jaka jaki jakie jakiego jakiej jakim jako je jego jej jest jestem jeśli jeżeli
już każdy kiedy kto kogo komu która które którego której który których lub ma mam mamy mi
mieć mnie mną mogę może możemy można mój moja moje mojego mojej mu muszę musi musimy my na nad
należy nam nas nie niego niej niż o od oraz po pod ponieważ potrzebuję proszę przed przez przy
sa są się sobie swój swoja swoje swojego tak także tam te tego tej ten też to trzeba tu tym u
w we wg więc wszystko z za ze że żeby chcę chciałbym chciałabym chcemy chce dostać zrobić załatwić
mógłbym mogłabym możliwe gdzieś
`;

const stopSet = new Set(STOP_WORDS.split(/\s+/).filter(Boolean).map(fold));

/** Whether a word (as typed, with or without Polish letters) is a stop word. */
export function isStopWord(word: string): boolean {
  return stopSet.has(fold(word));
}
