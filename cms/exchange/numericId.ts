import { idOf } from '../../schemas/rules/ids';

/**
 * The id of a relationship value as the SQL databases store it (a number), populated or not.
 * Payload's generated types describe ids as numbers (SQLite and PostgreSQL); a URL gives "11".
 */
export function numericId(ref: unknown): number | null {
  const id = idOf(ref);
  if (id === null) return null;
  const n = typeof id === 'number' ? id : Number(id);
  return Number.isSafeInteger(n) ? n : null;
}
