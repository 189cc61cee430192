import type { ArrayField, DateField, FieldAccess, SelectField, TextareaField, TextField } from 'payload';
import { hasRole } from '../../access/roles';
import { dayOnly } from '../../admin/dateFormats';
import { normalizeDay } from './hooks/normalizeDay';
import { schemaValidate } from './schemaValidate';

export type Label = { pl: string; en: string };

export const MARKDOWN_HINT = 'Można używać Markdown: **pogrubienie**, listy „- ”, odnośniki [tekst](https://…).';

/** Single-line text checked against the schema. */
export function text(name: string, label: Label, description?: string, extra: Partial<TextField> = {}): TextField {
  return {
    name,
    type: 'text',
    label,
    validate: schemaValidate,
    ...extra,
    admin: { ...(description ? { description } : {}), ...extra.admin },
  } as TextField;
}

/** Multi-line Markdown text checked against the schema. */
export function markdown(name: string, label: Label, description: string, extra: Partial<TextareaField> = {}): TextareaField {
  return {
    name,
    type: 'textarea',
    label,
    validate: schemaValidate,
    ...extra,
    admin: { description: `${description} ${MARKDOWN_HINT}`, rows: 6, ...extra.admin },
  } as TextareaField;
}

/** A list of short strings (stored as rows with one `value` field). */
export function phraseList(name: string, label: Label, itemLabel: Label, description: string): ArrayField {
  return {
    name,
    type: 'array',
    label,
    labels: { singular: itemLabel, plural: label },
    admin: { description, initCollapsed: false },
    fields: [text('value', itemLabel)],
  };
}

/** Several values from a list (stored as rows); labels in Polish from the schema's vocabulary. */
export function choices(
  name: string,
  label: Label,
  options: Record<string, string>,
  description: string,
  extra: Partial<SelectField> = {},
): SelectField {
  return {
    name,
    type: 'select',
    hasMany: true,
    label,
    options: Object.entries(options).map(([value, pl]) => ({ value, label: { pl, en: value } })),
    ...extra,
    admin: { description, ...extra.admin },
  } as SelectField;
}

/** A calendar day (YYYY-MM-DD in the exchange format), picked in the Polish date picker. */
export function day(name: string, label: Label, description: string): DateField {
  return {
    name,
    type: 'date',
    label,
    admin: { description, date: dayOnly },
    hooks: { beforeChange: [normalizeDay] },
  };
}

/** Call-center staff may change nothing but `callCenter.other`. */
export const notCallCenter: FieldAccess = ({ req }) => !hasRole(req, 'call-center');
