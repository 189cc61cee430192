import type { Access } from 'payload';
import { idOf } from '../../schemas/rules/ids';
import { departmentIdOf, hasRole, staffOf } from './roles';

/**
 * Editors work on their own department's procedures only; the procedures team on all;
 * call-center staff may update (their field-level access narrows it to `callCenter.other`).
 * Administrators manage accounts and departments, not procedure content.
 */
export const ownDepartmentOrTeam: Access = ({ req, data }) => {
  const user = staffOf(req);
  if (!user) return false;
  if (hasRole(req, 'procedures-team', 'call-center')) return true;
  if (!hasRole(req, 'editor')) return false;
  const department = departmentIdOf(user);
  if (department == null) return false;
  // On create there is no stored document to filter: check the incoming department.
  if (data && 'department' in data) {
    if (String(idOf(data.department)) !== String(department)) return false;
  }
  return { department: { equals: department } };
};

/** Creating a procedure: editors (own department) and the procedures team (§7). */
export const canCreateProcedure: Access = (args) => {
  if (hasRole(args.req, 'call-center')) return false;
  const result = ownDepartmentOrTeam(args);
  return result !== false;
};
