import type { AnySchemaObject, ErrorObject } from 'ajv/dist/2020';
import { codePointLabel } from './controlCharacters';
import { describePath } from './describe';
import { messages } from './messages.pl';
import type { ValidationIssue } from './validate';

/** What every keyword's message is made from: the field's label, its path, the error's parameters. */
interface IssueContext {
  root: AnySchemaObject;
  segments: string[];
  params: Record<string, unknown>;
  data: unknown;
  label: string;
  at: (extra?: string) => string;
}

function codePointLength(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0;
}

function patternIssue(pattern: string, label: string, data: unknown): { code: string; message: string } {
  if (pattern === '\\S') return { code: 'blank', message: messages.blank(label) };
  if (pattern.startsWith('^[a-z0-9]+')) return { code: 'slug', message: messages.slug(label) };
  if (pattern.startsWith('^[^/')) return { code: 'file_name', message: messages.fileName(label) };
  if (pattern.startsWith('^\\+?[0-9')) return { code: 'phone', message: messages.phone(label) };
  if (pattern === '^https?://') return { code: 'url', message: messages.url(label) };
  if (pattern.startsWith('^\\d{4}')) return { code: 'date', message: messages.date(label, data) };
  return { code: 'pattern', message: messages.pattern(label) };
}

const FORMATS: Record<string, (c: IssueContext) => { code: string; message: string }> = {
  date: (c) => ({ code: 'date', message: messages.date(c.label, c.data) }),
  'date-time': (c) => ({ code: 'date_time', message: messages.dateTime(c.label, c.data) }),
  nrb: (c) => ({ code: 'nrb', message: messages.nrb(c.label, c.data) }),
  uri: (c) => ({ code: 'url', message: messages.url(c.label) }),
};

const issue = (c: IssueContext, code: string, message: string, extra?: string): ValidationIssue => ({ path: c.at(extra), code, message });

/** One Polish, actionable message per JSON Schema keyword (STYLE.md: the one validation entry point). */
const BY_KEYWORD: Record<string, (c: IssueContext) => ValidationIssue> = {
  maxLength: (c) => issue(c, 'too_long', messages.tooLong(c.label, Number(c.params.limit), codePointLength(c.data))),
  minLength: (c) =>
    issue(
      c,
      Number(c.params.limit) <= 1 ? 'empty' : 'too_short',
      messages.tooShort(c.label, Number(c.params.limit), codePointLength(c.data)),
    ),
  required: (c) => {
    const missing = String(c.params.missingProperty);
    return issue(c, 'required', messages.required(describePath(c.root, [...c.segments, missing])), missing);
  },
  pattern: (c) => ({ path: c.at(), ...patternIssue(String(c.params.pattern), c.label, c.data) }),
  format: (c) => ({ path: c.at(), ...(FORMATS[String(c.params.format)]?.(c) ?? { code: 'format', message: messages.invalid(c.label) }) }),
  dateWindow: (c) => {
    const fromLabel = describePath(c.root, [...c.segments.slice(0, -1), String(c.params.fromKey)]);
    return issue(c, 'date_window', messages.dateWindow(fromLabel, c.label, String(c.params.from), String(c.params.to)));
  },
  textKind: (c) =>
    issue(
      c,
      'control_character',
      messages.controlCharacter(c.label, codePointLabel(Number(c.params.codePoint)), Number(c.params.position)),
    ),
  type: (c) => issue(c, 'type', messages.type(c.label, String(c.params.type))),
  enum: (c) => issue(c, 'enum', messages.enum(c.label, c.params.allowedValues as unknown[])),
  const: (c) => issue(c, 'enum', messages.enum(c.label, [c.params.allowedValue])),
  additionalProperties: (c) => {
    const field = String(c.params.additionalProperty);
    return issue(c, 'unknown_field', messages.unknownField(field), field);
  },
  minItems: (c) => issue(c, 'min_items', messages.minItems(c.label, Number(c.params.limit))),
  maxItems: (c) => issue(c, 'max_items', messages.maxItems(c.label, Number(c.params.limit))),
  uniqueItems: (c) => issue(c, 'duplicate_items', messages.uniqueItems(c.label)),
  minimum: (c) => issue(c, 'too_small', messages.minimum(c.label, Number(c.params.limit))),
  maximum: (c) => issue(c, 'too_large', messages.maximum(c.label, Number(c.params.limit))),
  multipleOf: (c) => issue(c, 'integer', messages.integer(c.label)),
  dependentRequired: (c) => issue(c, 'deadline_unit', messages.deadlineUnit(), String(c.params.missingProperty)),
  anyOf: (c) => issue(c, 'deadline_incomplete', messages.deadlineOneOf()),
};

function segmentsOf(instancePath: string): string[] {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** An ajv error as the issue a person reads: the field's template label, its dot path, what to do. */
export function toIssue(root: AnySchemaObject, error: ErrorObject): ValidationIssue {
  const segments = segmentsOf(error.instancePath);
  const context: IssueContext = {
    root,
    segments,
    params: error.params as Record<string, unknown>,
    data: error.data,
    label: describePath(root, segments),
    at: (extra) => [...segments, ...(extra ? [extra] : [])].join('.'),
  };
  return (BY_KEYWORD[error.keyword] ?? ((c: IssueContext) => issue(c, 'invalid', messages.invalid(c.label))))(context);
}
