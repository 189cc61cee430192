import type { Validate } from 'payload';
import { validateProcedureField } from '../../../schemas';
import { toExchangePath } from '../../exchange/phraseLists';

export { toExchangePath };

type Segment = string | number;

/**
 * Where `target` sits inside `root`, found by identity. Payload's form state calls a field's `validate`
 * without its path (only the server's save passes one), but with the field's sibling data, which is
 * the very object of its row or tab inside the whole document.
 */
function locate(root: unknown, target: unknown, at: Segment[] = []): Segment[] | undefined {
  if (root === target) return at;
  if (root === null || typeof root !== 'object') return undefined;
  for (const [key, child] of Object.entries(root)) {
    if (child === null || typeof child !== 'object') continue;
    const found = locate(child, target, [...at, Array.isArray(root) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Field-level check against `schemas/procedure.schema.json`, so that the admin form shows the same
 * Polish message as the server at the field while the editor types (after a first save attempt).
 * Limits only (a draft may be incomplete); on a save the whole record is checked by the collection
 * hook `validateAgainstSchema`, which names the field in the summary by its template heading.
 */
export const schemaValidate: Validate = (value, options) => {
  // On a save the collection hook checks the whole record, naming fields by their template headings.
  if (options.event === 'submit') return true;
  if (value === null || value === undefined || value === '') return true;
  const { name } = options as { name?: string };
  const path = options.path ?? (name ? [...(locate(options.data, options.siblingData) ?? []), name] : undefined);
  if (!path) return true;
  const issues = validateProcedureField(toExchangePath(path), value, { partial: true });
  return issues.length === 0 ? true : issues.map((issue) => issue.message).join(' ');
};
