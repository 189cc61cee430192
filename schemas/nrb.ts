/**
 * Polish bank account number (NRB): 26 digits, two of them an IBAN check (ISO 7064 MOD 97-10)
 * computed over the account number followed by "PL00". Spaces between groups are allowed.
 */
const PL_LETTERS = '2521'; // "P" = 25, "L" = 21 in IBAN letter coding

export function normalizeNrb(input: string): string {
  return input.replace(/\s+/g, '');
}

export function isValidNrb(input: string): boolean {
  if (!/^[0-9 ]+$/.test(input)) return false;
  const digits = normalizeNrb(input);
  if (digits.length !== 26) return false;
  const rearranged = `${digits.slice(2)}${PL_LETTERS}${digits.slice(0, 2)}`;
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}
