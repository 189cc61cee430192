import { eAuthLabels, evidenceFormatLabels, onlinePaymentLabels } from '../../../schemas/quality/messages.pl';
import { type DurationUnit, formatDate, formatDuration, formatNumber } from '../../../templates/format';
import { DOCUMENT_GROUPS } from '../../../templates/sections/documents';
import type { LeafKind } from './schemaShape';

/**
 * The Polish words of the schema's choices, by the property that holds them: the same labels the
 * editor picks from and the portal prints ("do wglądu", "profil zaufany"), never the stored code.
 */
const CHOICE_LABELS: Record<string, Record<string, string>> = {
  group: DOCUMENT_GROUPS,
  eAuth: eAuthLabels,
  formats: evidenceFormatLabels,
  onlinePayment: onlinePaymentLabels,
};

const yesNo = (value: boolean) => (value ? 'tak' : 'nie');

export interface LeafContext {
  /** The property name the value sits under (for the labels of choices). */
  name: string;
  /** The step's "@" mark: read "@: tak" / "@: nie". */
  isAtMark: boolean;
}

/** A value as a person reads it: "tak"/"nie", "@: tak", "29.11.2026", "do wglądu", "12". */
export function formatValue(kind: LeafKind, value: unknown, context: LeafContext): string {
  if (kind === 'flag') return context.isAtMark ? `@: ${yesNo(value === true)}` : yesNo(value === true);
  if (kind === 'date' && typeof value === 'string') return formatDate(value);
  if (kind === 'number' && typeof value === 'number') return formatNumber(value);
  if (kind === 'choice') return CHOICE_LABELS[context.name]?.[String(value)] ?? String(value);
  return String(value);
}

/** "Termin realizacji" as the portal writes it: "7 dni", "1 miesiąc", "2 miesiące". */
export function formatDeadline(value: unknown, unit: unknown): string | undefined {
  if (typeof value !== 'number') return undefined;
  return typeof unit === 'string' ? formatDuration(value, unit as DurationUnit) : formatNumber(value);
}
