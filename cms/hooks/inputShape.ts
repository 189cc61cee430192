import type { Field, Tab } from 'payload';

/** One problem with the shape of incoming data: where, and what was expected. */
export interface ShapeProblem {
  path: string;
  label: string;
  expected: 'text' | 'number' | 'boolean' | 'object' | 'array' | 'id' | 'date' | 'option';
}

/** A relationship value to look up: which collection, which id, where. */
export interface Reference {
  collection: string;
  id: number | string;
  path: string;
  label: string;
}

type Label = string | { pl?: string } | false | undefined;
const labelText = (label: Label, name: string) => (typeof label === 'string' ? label : label ? (label.pl ?? name) : name);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface ShapeOptions {
  /** Whether ids are numbers (SQLite, PostgreSQL) or strings (MongoDB). */
  numericIds: boolean;
}

interface Walk {
  problems: ShapeProblem[];
  references: Reference[];
  options: ShapeOptions;
}

function isId(value: unknown, numeric: boolean): boolean {
  if (numeric)
    return (
      (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ||
      (typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value))
    );
  return typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value);
}

function checkReference(
  field: Field & { relationTo: string | string[]; hasMany?: boolean },
  value: unknown,
  path: string,
  label: string,
  walk: Walk,
): void {
  if (Array.isArray(field.relationTo)) return; // polymorphic relations are not used here
  const values = field.hasMany ? value : [value];
  if (field.hasMany && !Array.isArray(value)) {
    walk.problems.push({ path, label, expected: 'array' });
    return;
  }
  for (const item of values as unknown[]) {
    const id = isPlainObject(item) && 'id' in item ? item.id : item;
    if (id === null || id === undefined) continue;
    if (!isId(id, walk.options.numericIds)) {
      walk.problems.push({ path, label, expected: 'id' });
      return;
    }
    walk.references.push({ collection: field.relationTo, id: id as number | string, path, label });
  }
}

/** What a scalar field's value should have been, or undefined when it is right (or not a scalar field). */
function scalarProblem(field: Field, value: unknown): ShapeProblem['expected'] | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return typeof value === 'string' ? undefined : 'text';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'number';
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : 'boolean';
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? undefined : 'date';
    case 'select':
    case 'radio': {
      const allowed = field.options.map((o) => (typeof o === 'string' ? o : o.value));
      const values = Array.isArray(value) && 'hasMany' in field && field.hasMany ? value : [value];
      return values.every((v) => typeof v === 'string' && allowed.includes(v)) ? undefined : 'option';
    }
    default:
      return undefined;
  }
}

function checkValue(field: Field, value: unknown, path: string, walk: Walk): void {
  if (value === undefined || !('name' in field)) return;
  const label = labelText((field as { label?: Label }).label, field.name);
  const problem = (expected: ShapeProblem['expected']): void => {
    walk.problems.push({ path, label, expected });
  };
  if (value === null) {
    // A group or a list cannot be null (Payload reads into them); any other value may be cleared.
    if (field.type === 'group') problem('object');
    if (field.type === 'array' || ('hasMany' in field && field.hasMany === true)) problem('array');
    return;
  }
  const scalar = scalarProblem(field, value);
  if (scalar) problem(scalar);
  else if (field.type === 'relationship' || field.type === 'upload') checkReference(field as never, value, path, label, walk);
  else if (field.type === 'group') {
    if (isPlainObject(value)) checkFields(field.fields, value, `${path}.`, walk);
    else problem('object');
  } else if (field.type === 'array') {
    // The admin's form sends an empty list as its row count, 0.
    if (value === 0) return;
    if (!Array.isArray(value)) problem('array');
    else
      for (const [i, row] of value.entries()) {
        if (isPlainObject(row)) checkFields(field.fields, row, `${path}.${i}.`, walk);
        else walk.problems.push({ path: `${path}.${i}`, label, expected: 'object' });
      }
  }
}

function checkFields(fields: readonly Field[], data: Record<string, unknown>, prefix: string, walk: Walk): void {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs as Tab[]) {
        if ('name' in tab && tab.name) checkValue({ ...tab, type: 'group' } as Field, data[tab.name], `${prefix}${tab.name}`, walk);
        else checkFields(tab.fields, data, prefix, walk);
      }
    } else if (field.type === 'row' || field.type === 'collapsible') {
      checkFields(field.fields, data, prefix, walk);
    } else if ('name' in field) {
      checkValue(field, data[field.name], `${prefix}${field.name}`, walk);
    }
  }
}

/**
 * The shape of incoming data against a collection's fields, before Payload touches it: every
 * value of the type its field stores, every relationship an id. Payload itself reads into groups
 * and arrays and sends ids to the database unchecked, so a `null` group or a text id ends in a
 * 500; here it is a problem a person can fix. The referenced ids are returned to be looked up.
 */
export function checkInputShape(
  fields: readonly Field[],
  data: unknown,
  options: ShapeOptions,
): { problems: ShapeProblem[]; references: Reference[] } {
  const walk: Walk = { problems: [], references: [], options };
  if (!isPlainObject(data)) return { problems: [{ path: '', label: 'Dane', expected: 'object' }], references: [] };
  checkFields(fields, data, '', walk);
  return walk;
}
