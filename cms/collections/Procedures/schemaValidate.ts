import type { Validate } from 'payload';
import { validateProcedureField } from '../../../schemas';
import { toExchangePath } from '../../exchange/phraseLists';

export { toExchangePath };

/**
 * Field-level check against `schemas/procedure.schema.json`, so that the admin form shows the same
 * Polish message as the server as soon as the editor types. Limits only (a draft may be incomplete);
 * the full record is checked by the collection hook `validateAgainstSchema`.
 */
export const schemaValidate: Validate = (value, { path }) => {
  if (value === null || value === undefined || value === '') return true;
  const issues = validateProcedureField(toExchangePath(path), value, { partial: true });
  return issues.length === 0 ? true : issues.map((issue) => issue.message).join(' ');
};
