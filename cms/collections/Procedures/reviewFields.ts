import type { Field } from 'payload';
import { isStaffField } from '../../access/isStaff';
import { dayAndTime, dayOnly } from '../../admin/dateFormats';

const never = () => false;

/**
 * Review dates (issue 14): state of the procedure, not content of a version, so they are workflow
 * fields outside the exchange format. Set only by approval and by "Potwierdź aktualność"; a copy
 * starts without them. Read through the latest version (`draft=true`), like the workflow state.
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewDue',
    type: 'date',
    index: true,
    label: { pl: 'Termin przeglądu*', en: 'Review due*' },
    access: { read: isStaffField, create: never, update: never },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: dayOnly,
      description:
        'Do tego dnia opis trzeba sprawdzić: domyślnie 12 miesięcy po zatwierdzeniu (okres ustawia się dla komórki). * Pole wewnętrzne.',
    },
  },
  {
    name: 'lastVerifiedAt',
    type: 'date',
    label: { pl: 'Ostatnio sprawdzono', en: 'Last checked' },
    access: { read: isStaffField, create: never, update: never },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: dayAndTime,
      description: 'Ostatnie zatwierdzenie albo potwierdzenie aktualności („Potwierdź aktualność”).',
    },
  },
];
