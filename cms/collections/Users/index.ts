import type { Access, CollectionConfig, FieldAccess, PayloadRequest } from 'payload';
import { isAdmin, isAdminField } from '../../access/isAdmin';
import { hasRole, ROLE_LABELS, ROLES, staffOf } from '../../access/roles';
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

/** Staff who sign in to the CMS. Residents never have accounts. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { pl: 'Użytkownik', en: 'User' },
    plural: { pl: 'Użytkownicy', en: 'Users' },
  },
  auth: {
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
  hooks: { beforeLogin: [refuseDemoInProduction] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { pl: 'Nazwisko i imię', en: 'Full name' } },
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
      admin: { description: 'Redaktor edytuje tylko procedury swojej komórki.' },
    },
  ],
};
