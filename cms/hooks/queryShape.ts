import type { Field, Tab } from 'payload';

/** Operators a query may use; the geometric ones and `all` reach code paths that fail on plain fields. */
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'like',
  'not_like',
  'contains',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
]);
const MAX_TEXT = 1000;
const MAX_LIST = 200;
const MAX_CONDITIONS = 100;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What kind of value a query path compares against, from the collection's fields (undefined: any). */
type ValueKind = 'id' | 'number' | 'date' | 'boolean' | 'container' | undefined;

function fieldAt(fields: readonly Field[], segments: readonly string[]): Field | undefined {
  const [head, ...rest] = segments;
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs as Tab[]) {
        const found = 'name' in tab && tab.name === head ? fieldAt(tab.fields, rest) : fieldAt(tab.fields, segments);
        if (found) return found;
      }
    } else if (field.type === 'row' || field.type === 'collapsible') {
      const found = fieldAt(field.fields, segments);
      if (found) return found;
    } else if ('name' in field && field.name === head) {
      if (rest.length === 0) return field;
      if (field.type === 'group' || field.type === 'array') return fieldAt(field.fields, rest);
      return undefined;
    }
  }
  return undefined;
}

function kindOf(fields: readonly Field[], path: string): ValueKind {
  const segments = path.split('.').filter((s) => !/^\d+$/.test(s));
  if (segments.at(-1) === 'id' && segments.length === 1) return 'id';
  const field = fieldAt(fields, segments);
  if (!field) return undefined;
  if (field.type === 'relationship' || field.type === 'upload') return 'id';
  // A list or a group is compared by its fields (`legalBasis.value`), never as a whole.
  if (field.type === 'array' || field.type === 'group' || field.type === 'json') return 'container';
  if (field.type === 'number') return 'number';
  if (field.type === 'checkbox') return 'boolean';
  if (field.type === 'date') return 'date';
  return undefined;
}

/** Whether each value (a list, or a comma-separated text for `in`) fits the path's kind. */
function fitsKind(kind: ValueKind, operator: string, value: unknown, numericIds: boolean): boolean {
  if (kind === 'container') return operator === 'exists';
  if (!kind || operator === 'exists' || value === null) return true;
  const items = Array.isArray(value)
    ? value
    : typeof value === 'string' && (operator === 'in' || operator === 'not_in')
      ? value.split(',')
      : [value];
  // A yes/no field is compared as yes or no: `like` or `greater_than` on it fails in the database.
  if (kind === 'boolean' && !['equals', 'not_equals', 'in', 'not_in'].includes(operator)) return false;
  return items.every((item) => {
    const text = String(item).trim();
    if (kind === 'boolean') return text === 'true' || text === 'false';
    if (kind === 'id') return numericIds ? /^[1-9]\d{0,14}$/.test(text) : /^[0-9a-f]{24}$/i.test(text);
    if (kind === 'number') return text !== '' && Number.isFinite(Number(text));
    return !Number.isNaN(Date.parse(text));
  });
}

function valueProblem(value: unknown): boolean {
  if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return false;
  if (typeof value === 'string') return value.length > MAX_TEXT;
  if (Array.isArray(value))
    return value.length > MAX_LIST || value.some((item) => Array.isArray(item) || isPlainObject(item) || valueProblem(item));
  return true;
}

/**
 * Whether a `where` query is one Payload can run everywhere: known operators with scalar values
 * (or lists of them) of a sane size, nested `and`/`or` lists. Returns the problem in Polish, or
 * undefined. (Paths are checked by Payload itself, which answers 400 for unknown ones.)
 */
export function whereProblem(
  where: unknown,
  fields: readonly Field[],
  numericIds: boolean,
  budget = { conditions: 0 },
): string | undefined {
  if (where === undefined || where === null) return undefined;
  if (!isPlainObject(where)) return 'Warunek wyszukiwania (where) ma nieprawidłową postać.';
  for (const [key, condition] of Object.entries(where)) {
    if (++budget.conditions > MAX_CONDITIONS) return `Warunek wyszukiwania (where) może mieć najwyżej ${MAX_CONDITIONS} części.`;
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(condition)) return `„${key}” w warunku wyszukiwania musi być listą.`;
      for (const part of condition) {
        const problem = whereProblem(part, fields, numericIds, budget);
        if (problem) return problem;
      }
      continue;
    }
    if (!isPlainObject(condition)) return `Warunek dla „${key}” ma nieprawidłową postać.`;
    for (const [operator, value] of Object.entries(condition)) {
      if (!OPERATORS.has(operator)) return `Nieobsługiwany operator „${operator}” w warunku dla „${key}”.`;
      if (valueProblem(value) || !fitsKind(kindOf(fields, key), operator, value, numericIds)) {
        return `Nieprawidłowa wartość w warunku „${operator}” dla „${key}”.`;
      }
    }
  }
  return undefined;
}
