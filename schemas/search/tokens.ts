import { fold } from './text';

/**
 * The index terms the analysis adds beside the words themselves. Both engines (Pagefind for
 * residents, MiniSearch for staff) store them as ordinary words, so they are spelled to be safe
 * there: Pagefind widens every query word to all indexed words it is a prefix of, and falls back
 * to the longest indexed word that is a prefix of it. A final "0" keeps one lemma from being the
 * prefix of another ("dom0" vs "domowy0"); group and phrase terms start with "qz"/"qq", which no
 * Polish word and no lemma term does.
 */

/** A lemma ("dowód" → "dowód0"); numbers are left to the plain words. */
export function lemmaTerm(lemma: string): string | undefined {
  if (lemma.length < 2 || /^\p{N}/u.test(lemma)) return undefined;
  return `${lemma}0`;
}

/** A number (a phone, a form's number, an address): the staff index only, where terms match exactly. */
export function numberTerm(digits: string): string | undefined {
  return /^\p{N}+$/u.test(digits) ? `${digits}0` : undefined;
}

/** A lemma without diacritics: the staff index stores it beside the lemma term (Pagefind folds by itself). */
export function foldedLemmaTerm(lemma: string): string | undefined {
  const folded = fold(lemma);
  if (folded === lemma || lemmaTerm(lemma) === undefined) return undefined;
  return `${folded}1`;
}

/** A thesaurus group: every member of the group, in a document or a query, becomes this term. */
export function groupTerm(id: number): string {
  return `qz${id.toString(36).padStart(3, '0')}0`;
}

/** Two neighbouring content words (lemmas, folded): a whole-phrase match scores above scattered words. */
export function bigramTerm(first: string, second: string): string {
  return `qq${fold(first)}0${fold(second)}0`;
}
