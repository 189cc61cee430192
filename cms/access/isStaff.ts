import type { Access, FieldAccess } from 'payload';
import { staffOf } from './roles';

/** Any signed-in member of staff. Internal fields are readable by staff only. */
export const isStaff: Access = ({ req }) => staffOf(req) !== null;

export const isStaffField: FieldAccess = ({ req }) => staffOf(req) !== null;
