/**
 * Polish plural forms. Polish has three forms for whole numbers (CLDR categories "one", "few",
 * "many": 1 miesiąc, 2 miesiące, 5 miesięcy) and a fourth for fractions ("other": 1,5 miesiąca);
 * `Intl.PluralRules` knows which number takes which, so no rule is written here.
 */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

const rules = new Intl.PluralRules('pl');
const numbers = new Intl.NumberFormat('pl', { maximumFractionDigits: 2 });

/** A number as Polish text: a decimal comma, at most two decimals ("1,5", "12"). */
export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** The form of a word that goes with `count`: pluralForm(2, miesiąc) → "miesiące". */
export function pluralForm(count: number, forms: PluralForms): string {
  const category = rules.select(count);
  // Polish has no "zero" or "two" category; were a runtime to report one, "other" is the safe form.
  return category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
}

/** A count with its word: countOf(5, miesiąc) → "5 miesięcy", countOf(1,5, miesiąc) → "1,5 miesiąca". */
export function countOf(count: number, forms: PluralForms): string {
  return `${formatNumber(count)} ${pluralForm(count, forms)}`;
}
