import type { CollectionConfig } from 'payload';
import { departmentIdOf, hasRole, staffOf } from '../../access/roles';
import { relationTitleCell } from '../../admin/cells';
import { dayAndTime } from '../../admin/dateFormats';
import { procedureRef } from '../../fields/procedureRef';
import { fillRequest } from './hooks/fillRequest';
import { REQUEST_SOURCES } from './sources';

/**
 * A request to update a procedure filed from outside its department: by the call center (§8 ust. 5
 * of the reference order) or the procedures team (§7), by a resident through the portal's "Zgłoś
 * błąd" form, or by the weekly legal-basis watch. It is a task for the department's editors until
 * the submission that answers it closes it.
 */
export const ChangeRequests: CollectionConfig = {
  slug: 'change-requests',
  labels: {
    singular: { pl: 'Wniosek o aktualizację', en: 'Change request' },
    plural: { pl: 'Wnioski o aktualizację', en: 'Change requests' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['procedure', 'department', 'status', 'requestedByName', 'createdAt'],
    description: 'Prośby Oddziału Call Center i Oddziału ds. Procedur o aktualizację opisu. Zamyka je złożenie zmienionej procedury.',
  },
  access: {
    read: ({ req }) => {
      const user = staffOf(req);
      if (!user) return false;
      if (!hasRole(req, 'editor')) return true;
      const department = departmentIdOf(user);
      return department == null ? false : { department: { equals: department } };
    },
    create: ({ req }) => hasRole(req, 'call-center', 'procedures-team'),
    update: ({ req }) => hasRole(req, 'procedures-team'),
    delete: ({ req }) => hasRole(req, 'admin'),
  },
  hooks: { beforeChange: [fillRequest] },
  fields: [
    procedureRef,
    {
      name: 'message',
      type: 'textarea',
      required: true,
      label: { pl: 'Co trzeba zaktualizować', en: 'What needs updating' },
      admin: { description: 'Np. „Zmienił się numer telefonu do pok. 151” albo „Mieszkańcy pytają o opłatę za duplikat”.' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      required: true,
      index: true,
      options: [
        { value: 'open', label: { pl: 'otwarty', en: 'open' } },
        { value: 'closed', label: { pl: 'zamknięty', en: 'closed' } },
      ],
      label: { pl: 'Stan', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      index: true,
      label: { pl: 'Komórka', en: 'Department' },
      admin: { readOnly: true, position: 'sidebar', components: relationTitleCell },
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { pl: 'Zgłaszający', en: 'Requested by' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'requestedByName', type: 'text', label: { pl: 'Zgłaszający', en: 'Requested by' }, admin: { hidden: true } },
    {
      // Set on filing from who files it (cms/collections/ChangeRequests/hooks/fillRequest.ts); nobody chooses it.
      name: 'source',
      type: 'select',
      index: true,
      options: REQUEST_SOURCES.map(({ value, label }) => ({ value, label })),
      access: { create: () => false, update: () => false },
      label: { pl: 'Skąd pochodzi', en: 'Source' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // The legal-basis watch files one request per procedure and change (LegalChange.key).
      name: 'changeKey',
      type: 'text',
      index: true,
      access: { create: () => false, update: () => false },
      label: { pl: 'Zmiana w przepisach (klucz)', en: 'Change key' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'closedAt',
      type: 'date',
      label: { pl: 'Zamknięty', en: 'Closed at' },
      admin: { readOnly: true, position: 'sidebar', date: dayAndTime },
    },
    {
      name: 'closedBy',
      type: 'relationship',
      relationTo: 'workflow-events',
      label: { pl: 'Zamknięty przez', en: 'Closed by' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'summary', type: 'text', admin: { hidden: true } },
  ],
};
