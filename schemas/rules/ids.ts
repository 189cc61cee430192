export type Id = number | string;

/** The id behind a relationship value, populated (`{ id, … }`) or not (`3`); null when empty. */
export function idOf(ref: unknown): Id | null {
  if (ref && typeof ref === 'object') return (ref as { id: Id }).id;
  return typeof ref === 'number' || typeof ref === 'string' ? ref : null;
}
