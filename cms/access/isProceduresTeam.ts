import type { Access } from 'payload';
import { hasRole } from './roles';

/**
 * Only the procedures team decides (§12): approves, returns, withdraws, deletes. Administrators
 * manage accounts and departments, not content (docs/permissions.md).
 */
export const isProceduresTeam: Access = ({ req }) => hasRole(req, 'procedures-team');
