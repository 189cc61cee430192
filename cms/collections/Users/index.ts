import type { Access, CollectionAfterReadHook, CollectionConfig, FieldAccess, PayloadRequest } from 'payload';
import { isAdmin, isAdminField } from '../../access/isAdmin';
import { hasRole, ROLE_LABELS, ROLES, staffOf } from '../../access/roles';
import { relationTitleCell } from '../../admin/cells';
import { isSecureAdmin } from '../../env';
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy';
import { refuseDemoInProduction } from './hooks/refuseDemoInProduction';

/**
 * Roles are set by administrators — and on the "create first user" screen of an empty
 * database, where the first account must be able to make itself administrator.
 */
const adminOrFirstUser: FieldAccess = async ({ req }) => {
  if (hasRole(req, 'admin')) return true;
  if (staffOf(req)) return false;
  return isFirstUser(req);
};

async function isFirstUser(req: PayloadRequest): Promise<boolean> {
  const existing = await req.payload.count({ collection: 'users', overrideAccess: true, req });
  return existing.totalDocs === 0;
}

const selfOrAdmin: Access = ({ req }) => {
  const user = staffOf(req);
  if (!user) return false;
  if (hasRole(req, 'admin')) return true;
  return { id: { equals: user.id } };
};

/**
 * A person's sign-in sessions are theirs (and the administrators'): other staff never see them.
 * Reads with nobody signed in are Payload's own (checking a session while authenticating);
 * anonymous API readers cannot read users at all.
 */
const ownSessionsOnly: CollectionAfterReadHook = ({ doc, req }) => {
  const user = staffOf(req);
  if (!doc || !user || hasRole(req, 'admin') || String(user.id) === String(doc.id)) return doc;
  const { sessions: _sessions, ...rest } = doc;
  return rest;
};

/** Staff who sign in to the CMS. Residents never have accounts. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { pl: 'Użytkownik', en: 'User' },
    plural: { pl: 'Użytkownicy', en: 'Users' },
  },
  auth: {
    // Secure whenever the admin is served over HTTPS; never sent on cross-site subrequests.
    cookies: { secure: isSecureAdmin(), sameSite: 'Lax' },
    tokenExpiration: 8 * 60 * 60,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'department'] },
  access: {
    // Staff see each other's names (who submitted, who approved); only admins manage accounts.
    read: ({ req }) => staffOf(req) !== null,
    create: isAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeOperation: [enforcePasswordPolicy], beforeLogin: [refuseDemoInProduction], afterRead: [ownSessionsOnly] },
  fields: [
    {
      // The public change register names people as they are here: only administrators set names.
      name: 'name',
      type: 'text',
      required: true,
      label: { pl: 'Nazwisko i imię', en: 'Full name' },
      access: { update: isAdminField },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: async ({ req }: { req: PayloadRequest }) => ((await isFirstUser(req)) ? 'admin' : 'editor'),
      label: { pl: 'Rola', en: 'Role' },
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { update: isAdminField, create: adminOrFirstUser },
      saveToJWT: true,
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: { pl: 'Komórka', en: 'Department' },
      access: { update: isAdminField, create: isAdminField },
      saveToJWT: true,
      admin: { description: 'Redaktor edytuje tylko procedury swojej komórki.', components: relationTitleCell },
    },
  ],
};
