import type { Tab } from 'payload';
import { onlinePaymentLabels } from '../../../../schemas/quality/messages.pl';
import { choices, text } from '../fieldKinds';

export const feesTab: Tab = {
  label: { pl: 'Opłaty', en: 'Fees' },
  fields: [
    {
      name: 'fees',
      type: 'array',
      label: { pl: 'Opłaty', en: 'Fees' },
      labels: { singular: { pl: 'Opłata', en: 'Fee' }, plural: { pl: 'Opłaty', en: 'Fees' } },
      admin: {
        description:
          'Rodzaj opłaty (w tym za pełnomocnictwo), jej wysokość, numer konta i uwagi — kwotę i konto podaj przy każdej opłacie. Brak pozycji oznacza „brak” opłat.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            text('type', { pl: 'Rodzaj opłaty', en: 'Type' }, undefined, { admin: { width: '50%' } }),
            text('amount', { pl: 'Wysokość', en: 'Amount' }, undefined, { admin: { width: '50%' } }),
          ],
        },
        text('account', { pl: 'Numer konta bankowego (NRB)', en: 'Bank account (NRB)' }, '26 cyfr; suma kontrolna jest sprawdzana.'),
        text('remarks', { pl: 'Uwagi', en: 'Remarks' }),
        choices(
          'onlinePayment',
          { pl: 'Płatność online', en: 'Online payment' },
          onlinePaymentLabels,
          'Jak można zapłacić przez internet; wybierz „nie można zapłacić online”, gdy się nie da.',
        ),
      ],
    },
  ],
};
