import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as pl from '@zxcvbn-ts/language-pl';

/** The shortest password any account may have (the demo accounts are the only exception: cms/seed). */
export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn's score (0–4) a password must reach: 3 = "safely unguessable" for an online attack. */
const MIN_SCORE = 3;

zxcvbnOptions.setOptions({
  dictionary: { ...common.dictionary, ...pl.dictionary },
  graphs: common.adjacencyGraphs,
  translations: pl.translations,
});

/**
 * Why a password is refused, in Polish, or undefined when it is good enough: at least 12
 * characters and a strength estimate (zxcvbn with the Polish dictionary of names, words and
 * common passwords) that does not find it guessable; the person's own e-mail and name count
 * against it.
 */
export function passwordProblem(password: string, personal: readonly string[] = []): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Hasło musi mieć co najmniej ${MIN_PASSWORD_LENGTH} znaków (ma ${length}).`;
  const result = zxcvbn(
    password,
    personal.filter(Boolean).flatMap((text) => text.split(/[@\s.]+/)),
  );
  if (result.score >= MIN_SCORE) return undefined;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return `Hasło jest zbyt łatwe do odgadnięcia.${advice ? ` ${advice}` : ''} Użyj np. kilku niepowiązanych słów.`;
}
