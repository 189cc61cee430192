import { createHash } from 'node:crypto';
import type { CollectionBeforeChangeHook } from 'payload';
import { departmentIdOf, hasRole, staffOf } from '../../../access/roles';
import { WorkflowError } from '../../../workflow/errors';
import { documentMessages } from '../messages';

/**
 * Every stored file carries the SHA-256 of its bytes (what approval fixes and the team compares),
 * and belongs to a department: an editor's upload always to their own.
 */
export const recordDigest: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const next = { ...data };
  if (req.file?.data) next.sha256 = createHash('sha256').update(req.file.data).digest('hex');
  if (operation === 'create' && hasRole(req, 'editor')) {
    const own = departmentIdOf(staffOf(req));
    if (own == null) throw new WorkflowError(documentMessages.noDepartment, 403);
    if (next.department != null && String(next.department) !== String(own)) throw new WorkflowError(documentMessages.otherDepartment, 403);
    next.department = own;
  }
  return next;
};
