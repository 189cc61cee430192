import type { Tab } from 'payload';
import { markdown } from '../fieldKinds';
import { schemaValidate } from '../schemaValidate';

export const deadlinePlaceTab: Tab = {
  label: { pl: 'Termin i miejsce', en: 'Deadline and place' },
  fields: [
    {
      name: 'deadline',
      type: 'group',
      label: { pl: 'Termin realizacji', en: 'Processing time' },
      admin: { description: 'Termin w dniach, tygodniach lub miesiącach; można dodać część opisową.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'value',
              type: 'number',
              label: { pl: 'Liczba', en: 'Number' },
              validate: schemaValidate,
              admin: { width: '25%', step: 1 },
            },
            {
              name: 'unit',
              type: 'select',
              label: { pl: 'Jednostka', en: 'Unit' },
              options: [
                { value: 'days', label: { pl: 'dni', en: 'days' } },
                { value: 'weeks', label: { pl: 'tygodnie', en: 'weeks' } },
                { value: 'months', label: { pl: 'miesiące', en: 'months' } },
              ],
              admin: { width: '25%' },
            },
          ],
        },
        markdown('description', { pl: 'Opis terminu', en: 'Description' }, 'Np. „do 30 dni, w sprawach skomplikowanych do 60 dni”.', {
          admin: { rows: 3 },
        }),
      ],
    },
    markdown(
      'place',
      { pl: 'Miejsce załatwienia', en: 'Where' },
      'Jednostka i wszystkie komórki odpowiedzialne za realizację procedury i kontakt z mieszkańcem, z adresami i numerami telefonów.',
    ),
    markdown(
      'appointments',
      { pl: 'Umawianie/rezerwacja wizyty', en: 'Appointments' },
      'Wszystkie sposoby umawiania wizyty: link do rezerwacji, telefony, e-mail. Jeśli nie ma takiej możliwości, wpisz „nie dotyczy”.',
    ),
    {
      name: 'appointmentRequired',
      type: 'checkbox',
      defaultValue: false,
      label: { pl: 'Umówienie wizyty jest niezbędne do załatwienia sprawy', en: 'An appointment is required' },
    },
  ],
};
