import type { CollectionConfig } from 'payload';
import { denyAll } from '../../access/denyAll';
import { isStaff } from '../../access/isStaff';
import { dayAndTime } from '../../admin/dateFormats';

/** Every publish run: when, why, how it ended, what it did, the error if any. Written by the publisher only. */
export const PublishRuns: CollectionConfig = {
  slug: 'publish-runs',
  labels: {
    singular: { pl: 'Przebieg publikacji', en: 'Publish run' },
    plural: { pl: 'Publikacje', en: 'Publish runs' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['startedAt', 'trigger', 'outcome', 'live', 'changed', 'durationMs', 'error'],
    description: 'Przebiegi publikacji portalu i BIP: o północy, co kilka minut i po każdej decyzji.',
  },
  defaultSort: '-startedAt',
  access: { read: isStaff, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      label: { pl: 'Początek', en: 'Started' },
      admin: { date: dayAndTime },
    },
    { name: 'finishedAt', type: 'date', label: { pl: 'Koniec', en: 'Finished' }, admin: { date: dayAndTime } },
    {
      name: 'trigger',
      type: 'select',
      options: [
        { value: 'midnight', label: { pl: 'północ (otwarcie i zamknięcie okien ważności)', en: 'midnight' } },
        { value: 'interval', label: { pl: 'cykliczna', en: 'interval' } },
        { value: 'decision', label: { pl: 'po decyzji', en: 'after a decision' } },
        { value: 'start', label: { pl: 'start serwera', en: 'server start' } },
      ],
      label: { pl: 'Powód', en: 'Trigger' },
    },
    {
      name: 'outcome',
      type: 'select',
      options: [
        { value: 'success', label: { pl: 'sukces', en: 'success' } },
        { value: 'failure', label: { pl: 'błąd — poprzednie wydanie pozostało', en: 'failure' } },
      ],
      label: { pl: 'Wynik', en: 'Outcome' },
    },
    { name: 'releaseId', type: 'text', label: { pl: 'Wydanie', en: 'Release' } },
    { name: 'live', type: 'number', label: { pl: 'Opublikowane', en: 'Live' } },
    { name: 'changed', type: 'number', label: { pl: 'Zmienione', en: 'Changed' } },
    { name: 'rendered', type: 'number', label: { pl: 'Wygenerowane karty', en: 'Rendered' } },
    { name: 'removed', type: 'number', label: { pl: 'Usunięte', en: 'Removed' } },
    { name: 'durationMs', type: 'number', label: { pl: 'Czas [ms]', en: 'Duration [ms]' } },
    { name: 'error', type: 'textarea', label: { pl: 'Błąd', en: 'Error' } },
    { name: 'summary', type: 'text', admin: { hidden: true } },
  ],
};
