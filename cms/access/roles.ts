import type { PayloadRequest } from 'payload';
import { idOf } from '../../schemas/rules/ids';

export const ROLES = ['editor', 'procedures-team', 'call-center', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { pl: string; en: string }> = {
  editor: { pl: 'Redaktor komórki', en: 'Department editor' },
  'procedures-team': { pl: 'Oddział ds. Procedur', en: 'Procedures team' },
  'call-center': { pl: 'Oddział Call Center', en: 'Call center' },
  admin: { pl: 'Administrator', en: 'Administrator' },
};

/** The signed-in staff member, as access functions see them. */
export interface StaffUser {
  id: number | string;
  collection?: string;
  role?: Role | null;
  department?: number | string | { id: number | string } | null;
}

export function staffOf(req: Pick<PayloadRequest, 'user'>): StaffUser | null {
  const user = req.user as StaffUser | null | undefined;
  return user && (user.collection === undefined || user.collection === 'users') ? user : null;
}

export function hasRole(req: Pick<PayloadRequest, 'user'>, ...roles: Role[]): boolean {
  const role = staffOf(req)?.role;
  return role != null && roles.includes(role);
}

export function departmentIdOf(user: StaffUser | null): number | string | null {
  return idOf(user?.department);
}
