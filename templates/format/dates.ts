/**
 * Dates as Polish readers write them ("29.11.2026", "29.11.2026, 14:01"), on Łódź's clock: an
 * instant is shown in Europe/Warsaw whatever the zone of the machine that renders it (the
 * publisher's server, a resident's browser, the admin). Intl only, so it runs in a browser too.
 */
const WARSAW = new Intl.DateTimeFormat('pl-PL', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A calendar date of the template ("rrrr-mm-dd"): no instant, so no time zone applies. */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Parts = Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;

function warsawParts(value: string | Date): Parts {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Nie jest to data: „${String(value)}”.`);
  const parts = Object.fromEntries(WARSAW.formatToParts(instant).map((part) => [part.type, part.value]));
  return parts as Parts;
}

/** "2026-11-29" or an instant → "29.11.2026" (the instant's day in Warsaw). */
export function formatDate(value: string | Date): string {
  const calendar = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  if (calendar) return `${calendar[3]}.${calendar[2]}.${calendar[1]}`;
  const { day, month, year } = warsawParts(value);
  return `${day}.${month}.${year}`;
}

/** An instant → "29.11.2026, 14:01" in Warsaw (summer and winter time alike). */
export function formatDateTime(value: string | Date): string {
  const { day, month, year, hour, minute } = warsawParts(value);
  return `${day}.${month}.${year}, ${hour}:${minute}`;
}
