/** Polish forms of each unit by plural category (CLDR: one, few, many; "other" is for fractions: "1,5 miesiąca"). */
const FORMS = {
  days: { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' },
  weeks: { one: 'tydzień', few: 'tygodnie', many: 'tygodni', other: 'tygodnia' },
  months: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy', other: 'miesiąca' },
} as const;

const rules = new Intl.PluralRules('pl');
const numbers = new Intl.NumberFormat('pl', { maximumFractionDigits: 2 });

/** A duration with the unit in its right Polish form: "1 miesiąc", "2 miesiące", "5 miesięcy", "22 dni". */
export function formatDuration(value: number, unit: keyof typeof FORMS): string {
  const category = rules.select(value) as keyof (typeof FORMS)[typeof unit];
  return `${numbers.format(value)} ${FORMS[unit][category] ?? FORMS[unit].other}`;
}
