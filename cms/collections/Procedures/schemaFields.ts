import type { AnySchemaObject } from 'ajv/dist/2020';
import type { Field, Tab } from 'payload';
import { INTERNAL_KEYS, schemas } from '../../../schemas';
import { deref } from '../../../schemas/describe';
import { isStaffField } from '../../access/isStaff';

/** Fields of the collection that the workflow keeps and the exchange format does not carry. */
export const WORKFLOW_FIELDS = [
  'workflowState',
  'currentVersion',
  'lastSubmittedBy',
  'lastSubmittedAt',
  'contributors',
  'revision',
  'reviewDue',
  'lastVerifiedAt',
];

type Named = Field & { name: string };

/** The data-carrying fields at one level: through tabs, rows and collapsibles; named tabs count as groups. */
export function dataFields(fields: readonly Field[]): Named[] {
  return fields.flatMap((field): Named[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab: Tab) =>
        'name' in tab && tab.name ? [{ type: 'group', name: tab.name, fields: tab.fields }] : dataFields(tab.fields),
      );
    }
    if (field.type === 'row' || field.type === 'collapsible') return dataFields(field.fields);
    // A `ui` field shows something on the form and stores nothing.
    return 'name' in field && field.type !== 'ui' ? [field as Named] : [];
  });
}

function node(schema: AnySchemaObject, root: AnySchemaObject): AnySchemaObject {
  return deref({ node: schema, root, pointer: '' }).node;
}

/** The object schema a field's value (or each list item) must match, when the field holds objects. */
function objectSchemaOf(property: AnySchemaObject, root: AnySchemaObject): AnySchemaObject | undefined {
  const resolved = node(property, root);
  const target = resolved.type === 'array' && resolved.items ? node(resolved.items as AnySchemaObject, root) : resolved;
  return target.type === 'object' || target.properties ? target : undefined;
}

function compareLevel(
  fields: readonly Field[],
  objectSchema: AnySchemaObject,
  path: string,
  ignore: readonly string[],
  problems: string[],
): void {
  const root = schemas.procedure;
  const properties = (objectSchema.properties ?? {}) as Record<string, AnySchemaObject>;
  const byName = new Map(dataFields(fields).map((field) => [field.name, field]));
  for (const name of Object.keys(properties)) if (!byName.has(name)) problems.push(`${path}${name}: w schemacie, brak pola w kolekcji`);
  for (const [name, field] of byName) {
    const property = properties[name];
    if (!property) {
      if (!ignore.includes(name)) problems.push(`${path}${name}: pole kolekcji, którego nie ma w schemacie`);
      continue;
    }
    const nested = objectSchemaOf(property, root);
    if (nested && (field.type === 'group' || field.type === 'array')) compareLevel(field.fields, nested, `${path}${name}.`, [], problems);
  }
}

/**
 * Whether the collection's fields and `schemas/procedure.schema.json` name the same things, level
 * by level (a list of plain strings is an array of `value` rows). Called when the config is built:
 * a field added to one and not the other stops the server from starting, naming the difference.
 */
export function assertFieldsMatchSchema(fields: readonly Field[]): void {
  const problems: string[] = [];
  const phraseLists = new Set(
    Object.entries((schemas.procedure.properties ?? {}) as Record<string, AnySchemaObject>)
      .filter(([, property]) => {
        const resolved = node(property, schemas.procedure);
        return resolved.type === 'array' && node(resolved.items as AnySchemaObject, schemas.procedure).type === 'string';
      })
      .map(([name]) => name),
  );
  compareLevel(
    fields,
    { properties: Object.fromEntries(Object.entries(schemas.procedure.properties ?? {}).filter(([name]) => !phraseLists.has(name))) },
    '',
    [...WORKFLOW_FIELDS, ...phraseLists],
    problems,
  );
  for (const name of phraseLists) {
    const field = dataFields(fields).find((f) => f.name === name);
    const isRows =
      field?.type === 'array' &&
      dataFields(field.fields)
        .map((f) => f.name)
        .join() === 'value';
    const isRelation = field?.type === 'relationship';
    if (!isRows && !isRelation) problems.push(`${name}: lista tekstów w schemacie musi być polem „array” z jednym polem „value”`);
  }
  if (problems.length > 0) throw new Error(`Kolekcja „procedures” nie zgadza się z procedure.schema.json:\n- ${problems.join('\n- ')}`);
}

/**
 * Template footnote *: the fields the schema marks internal (`x-internal`) are readable by signed-in
 * staff only, wherever they sit in the tabs — applied here from the schema, not field by field.
 */
export function withInternalAccess(fields: readonly Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withInternalAccess(tab.fields) })) };
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: withInternalAccess(field.fields) };
    if (!('name' in field) || !INTERNAL_KEYS.includes(field.name)) return field;
    const access = (field as { access?: Record<string, unknown> }).access;
    return { ...field, access: { ...access, read: isStaffField } } as Field;
  });
}

/** Whether a field (by its top-level name) is readable only by staff after `withInternalAccess`. */
export function isInternalField(field: Field): boolean {
  return 'name' in field && (field as { access?: { read?: unknown } }).access?.read === isStaffField;
}
