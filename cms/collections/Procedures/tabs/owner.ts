import type { Tab } from 'payload';
import { idOf } from '../../../../schemas/rules/ids';
import { departmentIdOf, hasRole, staffOf } from '../../../access/roles';
import { relationTitleCell } from '../../../admin/cells';
import { text } from '../fieldKinds';

export const ownerTab: Tab = {
  label: { pl: 'Realizator', en: 'Responsibility' },
  fields: [
    text(
      'owner',
      { pl: 'Właściciel*', en: 'Owner*' },
      'Nazwisko i imię pracownika odpowiedzialnego za prawidłowy opis procedury. Można wskazać tylko jednego pracownika.',
    ),
    {
      name: 'responsiblePersons',
      type: 'array',
      label: {
        pl: 'Osoba, która wytworzyła informację lub odpowiada za jej treść',
        en: 'Person who created the information or is responsible for it',
      },
      labels: { singular: { pl: 'Osoba', en: 'Person' }, plural: { pl: 'Osoby', en: 'Persons' } },
      admin: { description: 'Nazwisko i imię pracownika lub pracowników. Publikowane w metryce BIP.' },
      fields: [text('value', { pl: 'Nazwisko i imię', en: 'Name' })],
    },
    text(
      'coordinator',
      { pl: 'Koordynator*', en: 'Coordinator*' },
      'Nazwisko i imię pracownika nadzorującego prace nad procedurą. Tylko jeden koordynator z danej komórki organizacyjnej.',
    ),
    {
      type: 'row',
      fields: [
        text('unit', { pl: 'Jednostka', en: 'Unit' }, 'Urząd Miasta Łodzi albo nazwa miejskiej jednostki organizacyjnej.', {
          defaultValue: 'Urząd Miasta Łodzi',
          admin: { width: '50%' },
        }),
        {
          name: 'department',
          type: 'relationship',
          relationTo: 'departments',
          label: { pl: 'Komórka', en: 'Department' },
          index: true,
          // An editor describes their own department's procedures: theirs is filled in and the only choice.
          defaultValue: ({ user }) =>
            user?.collection === 'users' && user.role === 'editor' ? (idOf(user.department) ?? undefined) : undefined,
          filterOptions: ({ req }) => {
            const department = hasRole(req, 'editor') ? departmentIdOf(staffOf(req)) : null;
            return department == null ? true : { id: { equals: department } };
          },
          admin: {
            allowCreate: false,
            components: relationTitleCell,
            width: '50%',
            description: 'Wydział lub równorzędna komórka odpowiedzialna za realizację procedury.',
          },
        },
      ],
    },
    {
      name: 'inEzd',
      type: 'checkbox',
      defaultValue: false,
      label: {
        pl: 'Procedura prowadzona w systemie do elektronicznego zarządzania dokumentacją (EZD)*',
        en: 'Handled in the electronic document management system (EZD)*',
      },
    },
  ],
};
