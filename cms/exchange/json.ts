/** A value as it is stored in a JSON field: a plain JSON copy (undefined keys dropped, like the database would). */
export function toJson(value: object): { [key: string]: unknown } {
  return JSON.parse(JSON.stringify(value)) as { [key: string]: unknown };
}
