import { describePath, schemas, type ValidationIssue } from '../../schemas';
import { toPayloadPath } from './phraseLists';

/** A form error as Payload takes it: where on the form, what to do, and the field's template name. */
export interface FieldError {
  path: string;
  message: string;
  label: string;
}

/**
 * Schema issues as errors on the admin form. The label is the template heading ("Etap 2 — Nazwa
 * etapu"), so the admin's summary toast lists fields by name, never by key.
 */
export function toFieldErrors(issues: readonly ValidationIssue[]): FieldError[] {
  return issues.map((issue) => ({
    path: toPayloadPath(issue.path),
    message: issue.message,
    label: describePath(schemas.procedure, issue.path.split('.').filter(Boolean)),
  }));
}
