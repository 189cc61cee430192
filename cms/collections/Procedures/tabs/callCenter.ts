import type { Tab } from 'payload';
import { hasRole } from '../../../access/roles';
import { markdown, notCallCenter, text } from '../fieldKinds';

/** The whole section is internal (template footnote *). Call-center staff fill in only "Inne". */
export const callCenterTab: Tab = {
  label: { pl: 'Call Center*', en: 'Call center*' },
  description: 'Informacje dla pracownika Oddziału Call Center — niewidoczne w portalu i w BIP.',
  fields: [
    {
      name: 'callCenter',
      type: 'group',
      label: { pl: 'Informacje dla pracownika Oddziału Call Center', en: 'Information for call-center staff' },
      fields: [
        {
          name: 'contacts',
          type: 'array',
          label: { pl: 'Telefony do pracowników jednostki/komórki*', en: 'Staff phone numbers*' },
          labels: { singular: { pl: 'Kontakt', en: 'Contact' }, plural: { pl: 'Kontakty', en: 'Contacts' } },
          access: { update: notCallCenter },
          admin: {
            description:
              'Imiona, nazwiska i telefony pracowników, którzy mogą wesprzeć konsultanta lub do których można przełączyć rozmówcę.',
          },
          fields: [
            {
              type: 'row',
              fields: [
                text('name', { pl: 'Nazwisko i imię', en: 'Name' }, undefined, { admin: { width: '60%' } }),
                text('phone', { pl: 'Telefon', en: 'Phone' }, undefined, { admin: { width: '40%' } }),
              ],
            },
          ],
        },
        markdown('notes', { pl: 'Opis*', en: 'Notes*' }, 'Informacje istotne dla konsultanta, które nie są udostępniane mieszkańcom.', {
          access: { update: notCallCenter },
        }),
        {
          name: 'faq',
          type: 'array',
          label: { pl: 'Najczęściej zadawane pytania*', en: 'FAQ*' },
          labels: { singular: { pl: 'Pytanie', en: 'Question' }, plural: { pl: 'Pytania', en: 'Questions' } },
          access: { update: notCallCenter },
          fields: [
            text('question', { pl: 'Pytanie', en: 'Question' }),
            markdown('answer', { pl: 'Odpowiedź', en: 'Answer' }, 'Odpowiedź dla mieszkańca.', { admin: { rows: 3 } }),
          ],
        },
        markdown('other', { pl: 'Inne*', en: 'Other*' }, 'Pole uzupełniane przez pracowników Oddziału Call Center.', {
          access: {
            update: ({ req }) => hasRole(req, 'call-center', 'procedures-team'),
          },
        }),
      ],
    },
  ],
};
