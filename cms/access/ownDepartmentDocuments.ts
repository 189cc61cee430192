import type { Access } from 'payload';
import { idOf } from '../../schemas/rules/ids';
import { departmentIdOf, hasRole, staffOf } from './roles';

/**
 * Attachments: the procedures team works on all of them; an editor only on their own
 * department's (an upload of theirs is filed under their department by `fileUnderDepartment`).
 */
export const ownDepartmentDocuments: Access = ({ req, data }) => {
  const user = staffOf(req);
  if (!user) return false;
  if (hasRole(req, 'procedures-team')) return true;
  if (!hasRole(req, 'editor')) return false;
  const department = departmentIdOf(user);
  if (department == null) return false;
  if (data && data.department != null && String(idOf(data.department)) !== String(department)) return false;
  return { department: { equals: department } };
};
