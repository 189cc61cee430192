import type { Deadline } from '../../schemas/types.generated';
import { countOf, type PluralForms } from './plural';

export type DurationUnit = NonNullable<Deadline['unit']>;

/** The units of "Termin realizacji" (the template: "w dniach, tygodniach, miesiącach"), in every form. */
export const DURATION_UNITS: Record<DurationUnit, PluralForms> = {
  days: { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' },
  weeks: { one: 'tydzień', few: 'tygodnie', many: 'tygodni', other: 'tygodnia' },
  months: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy', other: 'miesiąca' },
};

/** A duration with the unit in its Polish form: "1 miesiąc", "2 miesiące", "5 miesięcy", "22 dni". */
export function formatDuration(value: number, unit: DurationUnit): string {
  return countOf(value, DURATION_UNITS[unit]);
}
