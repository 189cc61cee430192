import type { PayloadRequest } from 'payload';
import { numericId } from '../../../exchange/numericId';

/** The largest id the databases keep (PostgreSQL's `integer`); a larger one names nothing and must not reach a query. */
const MAX_ID = 2_147_483_647;

/** The `:id` of an endpoint's path as a stored procedure id, or null when it cannot be one. */
export function procedureIdParam(req: PayloadRequest): number | null {
  const id = numericId(req.routeParams?.id);
  return id !== null && id >= 1 && id <= MAX_ID ? id : null;
}
