import type { Access } from 'payload';
import { hasRole } from './roles';

/** The procedures team decides (approves, returns, withdraws, deletes); administrators may too. */
export const isProceduresTeam: Access = ({ req }) => hasRole(req, 'procedures-team', 'admin');
