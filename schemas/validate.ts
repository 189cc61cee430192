import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { ajv, FEED_ITEM_SCHEMA_ID, PROCEDURE_SCHEMA_ID, PUBLIC_PROCEDURE_SCHEMA_ID, schemas } from './ajv';
import { codePointLabel } from './controlCharacters';
import { describePath, schemaAtPath } from './describe';
import { messages } from './messages.pl';

/** One problem with one field, as every part of the system reports it. */
export interface ValidationIssue {
  /** Dot path into the exchange format: `steps.0.name`; empty for the whole record. */
  path: string;
  code: string;
  message: string;
}

export interface ValidateOptions {
  /**
   * A draft may be incomplete: missing fields are not reported, but every limit (lengths,
   * formats, dates, account numbers) still is.
   */
  partial?: boolean;
}

const INCOMPLETE_CODES = new Set(['required', 'empty', 'blank', 'min_items', 'deadline_incomplete']);

function compiled(id: string): ValidateFunction {
  const validate = ajv.getSchema(id);
  if (!validate) throw new Error(`Schema not registered: ${id}`);
  return validate;
}

function segmentsOf(instancePath: string): string[] {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function codePointLength(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0;
}

function patternIssue(pattern: string, label: string): { code: string; message: string } {
  if (pattern === '\\S') return { code: 'blank', message: messages.blank(label) };
  if (pattern.startsWith('^[a-z0-9]+')) return { code: 'slug', message: messages.slug(label) };
  if (pattern.startsWith('^[^/')) return { code: 'file_name', message: messages.fileName(label) };
  if (pattern.startsWith('^\\+?[0-9')) return { code: 'phone', message: messages.phone(label) };
  if (pattern === '^https?://') return { code: 'url', message: messages.url(label) };
  if (pattern.startsWith('^\\d{4}')) return { code: 'date', message: '' };
  return { code: 'pattern', message: messages.pattern(label) };
}

function toIssue(root: AnySchemaObject, error: ErrorObject): ValidationIssue | undefined {
  const segments = segmentsOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const label = describePath(root, segments);
  const at = (extra?: string) => [...segments, ...(extra ? [extra] : [])].join('.');
  switch (error.keyword) {
    case 'maxLength':
      return { path: at(), code: 'too_long', message: messages.tooLong(label, Number(params.limit), codePointLength(error.data)) };
    case 'minLength': {
      const limit = Number(params.limit);
      return {
        path: at(),
        code: limit <= 1 ? 'empty' : 'too_short',
        message: messages.tooShort(label, limit, codePointLength(error.data)),
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return { path: at(missing), code: 'required', message: messages.required(describePath(root, [...segments, missing])) };
    }
    case 'pattern': {
      const issue = patternIssue(String(params.pattern), label);
      if (issue.code === 'date') return { path: at(), code: 'date', message: messages.date(label, error.data) };
      return { path: at(), ...issue };
    }
    case 'format': {
      const format = String(params.format);
      if (format === 'date') return { path: at(), code: 'date', message: messages.date(label, error.data) };
      if (format === 'date-time') return { path: at(), code: 'date_time', message: messages.dateTime(label, error.data) };
      if (format === 'nrb') return { path: at(), code: 'nrb', message: messages.nrb(label, error.data) };
      if (format === 'uri') return { path: at(), code: 'url', message: messages.url(label) };
      return { path: at(), code: 'format', message: messages.invalid(label) };
    }
    case 'dateWindow': {
      const parent = segments.slice(0, -1);
      const fromLabel = describePath(root, [...parent, String(params.fromKey)]);
      return {
        path: at(),
        code: 'date_window',
        message: messages.dateWindow(fromLabel, label, String(params.from), String(params.to)),
      };
    }
    case 'textKind':
      return {
        path: at(),
        code: 'control_character',
        message: messages.controlCharacter(label, codePointLabel(Number(params.codePoint)), Number(params.position)),
      };
    case 'type':
      return { path: at(), code: 'type', message: messages.type(label, String(params.type)) };
    case 'enum':
      return { path: at(), code: 'enum', message: messages.enum(label, params.allowedValues as unknown[]) };
    case 'const':
      return { path: at(), code: 'enum', message: messages.enum(label, [params.allowedValue]) };
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      return { path: at(field), code: 'unknown_field', message: messages.unknownField(field) };
    }
    case 'minItems':
      return { path: at(), code: 'min_items', message: messages.minItems(label, Number(params.limit)) };
    case 'maxItems':
      return { path: at(), code: 'max_items', message: messages.maxItems(label, Number(params.limit)) };
    case 'uniqueItems':
      return { path: at(), code: 'duplicate_items', message: messages.uniqueItems(label) };
    case 'minimum':
      return { path: at(), code: 'too_small', message: messages.minimum(label, Number(params.limit)) };
    case 'maximum':
      return { path: at(), code: 'too_large', message: messages.maximum(label, Number(params.limit)) };
    case 'multipleOf':
      return { path: at(), code: 'integer', message: messages.integer(label) };
    case 'dependentRequired':
      return { path: at(String(params.missingProperty)), code: 'deadline_unit', message: messages.deadlineUnit() };
    case 'anyOf':
      return { path: at(), code: 'deadline_incomplete', message: messages.deadlineOneOf() };
    default:
      return { path: at(), code: 'invalid', message: messages.invalid(label) };
  }
}

/**
 * `oneOf: [X, null]` and `anyOf` report one error per branch; keep the one a person can act on.
 * - for "value or null", drop the null branch and the summary error;
 * - for `anyOf` of `required`, drop the branches and keep the summary error.
 */
function collapseBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => {
    const inBranch = /\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath);
    if (error.keyword === 'oneOf') return false;
    if (inBranch && error.keyword === 'type' && (error.params as { type?: string }).type === 'null') return false;
    if (/\/anyOf\/\d+\/required$/.test(error.schemaPath)) return false;
    return true;
  });
}

function run(id: string, root: AnySchemaObject, data: unknown, options: ValidateOptions = {}): ValidationIssue[] {
  const validate = compiled(id);
  if (validate(data)) return [];
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const error of collapseBranches(validate.errors ?? [])) {
    const issue = toIssue(root, error);
    if (!issue) continue;
    if (options.partial && INCOMPLETE_CODES.has(issue.code)) continue;
    const key = `${issue.path}|${issue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/** The one entry point: validates an exchange-format procedure. Empty array = valid. */
export function validateProcedure(data: unknown, options: ValidateOptions = {}): ValidationIssue[] {
  return run(PROCEDURE_SCHEMA_ID, schemas.procedure, data, options);
}

/** Validates a published projection; a leaked internal key shows up as `unknown_field`. */
export function validatePublicProcedure(data: unknown): ValidationIssue[] {
  return run(PUBLIC_PROCEDURE_SCHEMA_ID, schemas.publicProcedure, data);
}

/** Validates one item of the BIP JSON Feed. */
export function validateFeedItem(data: unknown): ValidationIssue[] {
  return run(FEED_ITEM_SCHEMA_ID, schemas.feedItem, data);
}

/** Validates one value at a dot path of the exchange format (used by single form fields). */
export function validateProcedureField(path: string, value: unknown, options: ValidateOptions = {}): ValidationIssue[] {
  const segments = path.split('.').filter(Boolean);
  const located = schemaAtPath(schemas.procedure, segments);
  if (!located) throw new Error(`No schema for field ${path}`);
  const validate = compiled(`${String(located.root.$id)}#${located.pointer}`);
  if (validate(value)) return [];
  const issues: ValidationIssue[] = [];
  for (const error of collapseBranches(validate.errors ?? [])) {
    const shifted = { ...error, instancePath: `/${segments.join('/')}${error.instancePath}` };
    const issue = toIssue(schemas.procedure, shifted);
    if (!issue || (options.partial && INCOMPLETE_CODES.has(issue.code))) continue;
    issues.push(issue);
  }
  return issues;
}
