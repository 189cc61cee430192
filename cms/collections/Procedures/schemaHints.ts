import type { AnySchemaObject } from 'ajv/dist/2020';
import type { Field, Tab } from 'payload';
import { schemas } from '../../../schemas';
import { deref } from '../../../schemas/describe';
import { dataFields } from './schemaFields';

const root = schemas.procedure;
const resolved = (node: AnySchemaObject): AnySchemaObject => deref({ node, root, pointer: '' }).node;

export const LIMIT_COUNTER = '/components/fields/LimitCounter#LimitCounter';
export const ROW_LABEL = '/components/fields/RowLabel#RowLabel';
/** Plain Polish while typing (issue 14): FOG-PL, Pisarek, long sentences, jargon — for these top-level fields. */
export const READABILITY = '/components/quality/Readability#Readability';
const READABLE_FIELDS = new Set(['summary', 'howTo']);
/** The class that marks a field a submission needs (custom.css draws the asterisk and the form explains it). */
export const REQUIRED_FOR_SUBMIT = 'required-for-submit';

/** The object schema for the fields of a group, a named tab or each row of a list. */
function objectOf(property: AnySchemaObject | undefined): AnySchemaObject | undefined {
  if (!property) return undefined;
  const node = resolved(property);
  const target = node.type === 'array' && node.items ? resolved(node.items as AnySchemaObject) : node;
  return target.type === 'object' || target.properties ? target : undefined;
}

/** Whether the record cannot be submitted without this property filled in. */
function neededForSubmit(objectSchema: AnySchemaObject, name: string): boolean {
  if (!((objectSchema.required ?? []) as string[]).includes(name)) return false;
  const node = resolved((objectSchema.properties as Record<string, AnySchemaObject>)[name] ?? {});
  // A checkbox always has a value; a list is needed only when it must have an item.
  if (node.type === 'boolean') return false;
  return node.type !== 'array' || Number(node.minItems ?? 0) > 0;
}

/** A list row's label: the list's singular in Polish and the row's text fields, first filled one shown. */
function rowLabelProps(field: Field & { type: 'array' }): { singular: string; textFields: string[] } {
  const singular = field.labels?.singular;
  const polish = typeof singular === 'string' ? singular : ((singular as Record<string, string> | undefined)?.pl ?? '');
  const textFields = dataFields(field.fields)
    .filter((f) => f.type === 'text' || f.type === 'textarea')
    .map((f) => f.name);
  return { singular: polish, textFields };
}

function withHints(field: Field, objectSchema: AnySchemaObject): Field {
  if (!('name' in field)) return field;
  const property = (objectSchema.properties as Record<string, AnySchemaObject> | undefined)?.[field.name];
  if (!property) return field;
  const node = resolved(property);
  const admin = { ...(field.admin as Record<string, unknown> | undefined) };
  if (neededForSubmit(objectSchema, field.name)) admin.className = [admin.className, REQUIRED_FOR_SUBMIT].filter(Boolean).join(' ');
  if ((field.type === 'text' || field.type === 'textarea') && typeof node.maxLength === 'number') {
    const components = { ...(admin.components as Record<string, unknown> | undefined) };
    components.afterInput = [{ path: LIMIT_COUNTER, clientProps: { limit: node.maxLength } }];
    admin.components = components;
  }
  if (objectSchema === root && READABLE_FIELDS.has(field.name)) {
    const components = { ...(admin.components as Record<string, unknown> | undefined) };
    components.afterInput = [...((components.afterInput as unknown[] | undefined) ?? []), READABILITY];
    admin.components = components;
  }
  if (field.type === 'array') {
    const components = { ...(admin.components as Record<string, unknown> | undefined) };
    components.RowLabel = { path: ROW_LABEL, clientProps: rowLabelProps(field) };
    admin.components = components;
  }
  const hinted = { ...field, admin } as Field;
  if (field.type === 'group' || field.type === 'array') {
    const nested = objectOf(property);
    // A list of plain strings is stored as rows of one `value` field, checked against the list's items
    // (an added row needs its text, which goes without saying: not marked).
    const rows = nested ?? (node.type === 'array' ? { properties: { value: node.items } } : undefined);
    if (rows) return { ...hinted, fields: withSchemaHints(field.fields, rows) } as Field;
  }
  return hinted;
}

/**
 * The editor's cues taken from `schemas/procedure.schema.json`, so none is typed twice: a character
 * counter under every field with a length limit, and a mark on every field a submission needs
 * (a draft may leave them empty, so Payload's own `required` cannot be used).
 */
export function withSchemaHints(fields: readonly Field[], objectSchema: AnySchemaObject = root): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab: Tab) => {
          if ('name' in tab && tab.name) {
            const nested = objectOf((objectSchema.properties as Record<string, AnySchemaObject>)[tab.name]);
            return nested ? { ...tab, fields: withSchemaHints(tab.fields, nested) } : tab;
          }
          return { ...tab, fields: withSchemaHints(tab.fields, objectSchema) };
        }),
      };
    }
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: withSchemaHints(field.fields, objectSchema) };
    return withHints(field, objectSchema);
  });
}

/** Which tab of the form (by position) holds each top-level field: the workflow's list of problems opens it. */
export function fieldTabIndex(tabs: readonly Tab[]): Record<string, number> {
  return Object.fromEntries(
    tabs.flatMap((tab, index) => ('name' in tab && tab.name ? [[tab.name, index]] : dataFields(tab.fields).map((f) => [f.name, index]))),
  );
}
