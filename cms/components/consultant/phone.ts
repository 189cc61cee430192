/**
 * A contact's phone number as a `tel:` link (RFC 3966): the digits only, in the international
 * form a softphone dials without asking. Editors type numbers as people read them
 * ("+48 42 638 47 20", "42 638 47 20", "0048 42 …"); the link text keeps that readable form.
 */
const POLISH_NATIONAL_DIGITS = 9;

export function telHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return `tel:+${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  // A nine-digit number is a Polish national one (the city's own lines): dial it with +48.
  if (digits.length === POLISH_NATIONAL_DIGITS) return `tel:+48${digits}`;
  // Anything else (an internal extension) is dialled as written.
  return `tel:${digits}`;
}
