import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { ajv, FEED_ITEM_SCHEMA_ID, PROCEDURE_SCHEMA_ID, PUBLIC_PROCEDURE_SCHEMA_ID, schemas } from './ajv';
import { crossFieldIssues } from './crossFieldRules';
import { schemaAtPath } from './describe';
import { toIssue } from './issues';

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

/**
 * `oneOf: [X, null]` and `anyOf` report one error per branch; keep the one a person can act on.
 * - for "value or null", drop the null branch and the summary error;
 * - for `anyOf` of `required`, drop the branches and keep the summary error.
 */
function collapseBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => {
    const inBranch = /\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath);
    // `if`/`then` reports the `then` branch's own error too; that one says what to do.
    if (error.keyword === 'oneOf' || error.keyword === 'if') return false;
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
  return [...run(PROCEDURE_SCHEMA_ID, schemas.procedure, data, options), ...crossFieldIssues(data)];
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
