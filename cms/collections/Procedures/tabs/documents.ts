import type { Field, Tab } from 'payload';
import { evidenceFormatLabels } from '../../../../schemas/quality/messages.pl';
import { choices, markdown, text } from '../fieldKinds';

const file = (name: string, label: { pl: string; en: string }): Field => ({
  name,
  type: 'upload',
  relationTo: 'documents',
  label,
});

export const documentsTab: Tab = {
  label: { pl: 'Dokumenty', en: 'Documents' },
  fields: [
    markdown(
      'submissionChannels',
      { pl: 'Formy i miejsce składania dokumentów', en: 'How and where to submit' },
      'Wszystkie formy składania (listownie, osobiście, e-mailem, elektronicznie) z adresami, numerami pokojów i platformami. Gdy nie trzeba składać wniosku, wpisz „nie dotyczy”.',
    ),
    markdown(
      'submissionDeadline',
      { pl: 'Termin składania dokumentów', en: 'Submission deadline' },
      'Gdy termin zależy od formy składania (papierowo, elektronicznie), wymień wszystkie.',
    ),
    {
      name: 'requiredDocuments',
      type: 'array',
      label: { pl: 'Wymagane dokumenty', en: 'Required documents' },
      labels: { singular: { pl: 'Dokument', en: 'Document' }, plural: { pl: 'Dokumenty', en: 'Documents' } },
      admin: {
        description:
          'Dokumenty do złożenia i do wglądu; pod każdym plik, plik przykładowo wypełniony i adresy formularzy elektronicznych. Pliki PDF, formularze do wypełnienia także DOC, DOCX lub RTF.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'group',
              type: 'select',
              label: { pl: 'Grupa', en: 'Group' },
              defaultValue: 'submit',
              options: [
                { value: 'submit', label: { pl: 'do złożenia', en: 'to submit' } },
                { value: 'inspect', label: { pl: 'do wglądu', en: 'to show' } },
              ],
              admin: { width: '25%' },
            },
            text('name', { pl: 'Nazwa dokumentu', en: 'Document name' }, undefined, { admin: { width: '75%' } }),
          ],
        },
        {
          type: 'row',
          fields: [
            file('file', { pl: 'Plik dokumentu', en: 'File' }),
            file('sampleFile', { pl: 'Plik przykładowo wypełniony', en: 'Filled-in sample' }),
          ],
        },
        choices(
          'formats',
          { pl: 'Forma dokumentu', en: 'Document format' },
          evidenceFormatLabels,
          'W jakiej postaci urząd przyjmuje ten dokument (oryginał, kopia, dokument elektroniczny…).',
        ),
        text(
          'formatNotes',
          { pl: 'Uwagi o formie dokumentu', en: 'Format notes' },
          'Np. „tłumaczenie przysięgłe, jeśli dokument jest w języku obcym”.',
        ),
        {
          name: 'eForms',
          type: 'array',
          label: { pl: 'Formularze elektroniczne', en: 'Electronic forms' },
          labels: { singular: { pl: 'Formularz', en: 'Form' }, plural: { pl: 'Formularze', en: 'Forms' } },
          fields: [
            {
              type: 'row',
              fields: [
                text('platform', { pl: 'Platforma', en: 'Platform' }, 'np. ePUAP, biznes.gov.pl, emp@tia', {
                  admin: { width: '30%' },
                }),
                text('url', { pl: 'Adres', en: 'URL' }, undefined, { admin: { width: '70%' } }),
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'otherDocuments',
      type: 'array',
      label: { pl: 'Pozostałe dokumenty', en: 'Other documents' },
      labels: { singular: { pl: 'Dokument', en: 'Document' }, plural: { pl: 'Dokumenty', en: 'Documents' } },
      admin: {
        description:
          'Dokumenty, które nie są niezbędne do załatwienia sprawy, ale jej dotyczą: wykazy, regulaminy, instrukcje, klauzule informacyjne RODO.',
      },
      fields: [text('name', { pl: 'Nazwa dokumentu', en: 'Document name' }), file('file', { pl: 'Plik dokumentu', en: 'File' })],
    },
  ],
};
