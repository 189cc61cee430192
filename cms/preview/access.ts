import type { PayloadRequest } from 'payload';
import { idOf } from '../../schemas/rules/ids';
import { departmentIdOf, hasRole, staffOf } from '../access/roles';

/**
 * Who may preview a procedure's draft: those who write drafts — the procedures team any
 * procedure, an editor their own department's. Reading a procedure is open to all staff
 * (docs/permissions.md), but the preview is the page a change will publish, and it is for the
 * people who make and decide that change; call-center staff and administrators read the record.
 */
export function mayPreview(req: Pick<PayloadRequest, 'user'>, doc: { department?: unknown }): boolean {
  if (hasRole(req, 'procedures-team')) return true;
  if (!hasRole(req, 'editor')) return false;
  const own = departmentIdOf(staffOf(req));
  const department = idOf(doc.department);
  return own != null && department != null && String(own) === String(department);
}

/** The "Podgląd" tab is shown to the roles that may preview some procedure (the view itself checks the department). */
export const showPreviewTab = ({ req }: { req: Pick<PayloadRequest, 'user'> }): boolean => hasRole(req, 'procedures-team', 'editor');
