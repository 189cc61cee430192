import type { CollectionConfig } from 'payload';
import { isAdmin } from '../../access/isAdmin';
import { isStaffField } from '../../access/isStaff';

/** Organisational cells (wydziały, biura) and municipal units; each has one coordinator. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: {
    singular: { pl: 'Komórka', en: 'Department' },
    plural: { pl: 'Komórki', en: 'Departments' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'unit', 'coordinator'] },
  access: {
    read: () => true,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { pl: 'Nazwa komórki', en: 'Name' } },
    {
      name: 'unit',
      type: 'text',
      required: true,
      defaultValue: 'Urząd Miasta Łodzi',
      label: { pl: 'Jednostka', en: 'Unit' },
    },
    {
      name: 'coordinator',
      type: 'text',
      label: { pl: 'Koordynator*', en: 'Coordinator*' },
      access: { read: isStaffField },
      admin: { description: 'Jedyny koordynator procedur tej komórki (nazwisko i imię). * Pole wewnętrzne.' },
    },
  ],
};
