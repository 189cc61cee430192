import type { CollectionAfterChangeHook, CollectionConfig } from 'payload';
import { DEFAULT_REVIEW_MONTHS } from '../../../schemas/quality/reviewDates';
import { isAdmin } from '../../access/isAdmin';
import { isStaffField } from '../../access/isStaff';
import { staffSearch } from '../../search/service';

/** A renamed department shows under its new name in the staff search. */
const forgetNames: CollectionAfterChangeHook = ({ doc }) => {
  staffSearch.departmentsChanged();
  return doc;
};

/** Organisational cells (wydziały, biura) and municipal units; each has one coordinator. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: {
    singular: { pl: 'Komórka', en: 'Department' },
    plural: { pl: 'Komórki', en: 'Departments' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'unit', 'coordinator'] },
  hooks: { afterChange: [forgetNames] },
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
    {
      // How often this department's descriptions are reviewed (issue 14); empty: the default.
      name: 'reviewMonths',
      type: 'number',
      min: 1,
      max: 60,
      label: { pl: 'Przegląd opisów co (miesięcy)*', en: 'Review every (months)*' },
      access: { read: isStaffField },
      admin: {
        step: 1,
        placeholder: String(DEFAULT_REVIEW_MONTHS),
        description: `Termin przeglądu procedury liczy się od zatwierdzenia lub potwierdzenia aktualności. Puste: ${DEFAULT_REVIEW_MONTHS} miesięcy. * Pole wewnętrzne.`,
      },
      validate: (value: number | null | undefined) =>
        value == null || (Number.isInteger(value) && value >= 1 && value <= 60) || 'Podaj liczbę całkowitą miesięcy od 1 do 60.',
    },
  ],
};
