export const TIME_ZONE = 'Europe/Warsaw';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) of an instant in Europe/Warsaw, DST included. */
export function warsawDay(instant: Date): string {
  return dayFormat.format(instant);
}

/**
 * How a calendar day is stored in a Payload date field: noon UTC, which is the same day in
 * Warsaw in winter and summer, so no time-zone shift can move it to a neighbouring day.
 */
export function dayToStored(day: string): string {
  return `${day}T12:00:00.000Z`;
}

/** The calendar day of a stored date-field value. */
export function storedToDay(stored: string | Date | null | undefined): string | undefined {
  if (stored == null || stored === '') return undefined;
  const instant = stored instanceof Date ? stored : new Date(stored);
  if (Number.isNaN(instant.getTime())) return undefined;
  return warsawDay(instant);
}
