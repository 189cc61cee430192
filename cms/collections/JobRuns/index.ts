import type { CollectionConfig } from 'payload';
import { denyAll } from '../../access/denyAll';
import { isStaff } from '../../access/isStaff';

export const JOB_NAMES = ['review-digest', 'legal-watch', 'link-check'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export const JOB_LABELS: Record<JobName, { pl: string; en: string }> = {
  'review-digest': { pl: 'przypomnienia o przeglądach (e-mail do komórek)', en: 'review digest' },
  'legal-watch': { pl: 'kontrola podstawy prawnej (ELI)', en: 'legal-basis watch' },
  'link-check': { pl: 'kontrola linków', en: 'link check' },
};

/**
 * Every run of the weekly quality jobs (issue 14): when, how it ended, what it found, the error if
 * any. The link check's result (its broken links) is kept here for the team's dashboard. Written
 * by the jobs only (cms/jobs).
 */
export const JobRuns: CollectionConfig = {
  slug: 'job-runs',
  labels: {
    singular: { pl: 'Przebieg kontroli', en: 'Job run' },
    plural: { pl: 'Kontrole cykliczne', en: 'Job runs' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['startedAt', 'job', 'outcome', 'summary', 'error'],
    description: 'Cotygodniowe kontrole jakości: przypomnienia o przeglądach, podstawa prawna (ELI), linki.',
  },
  defaultSort: '-startedAt',
  access: { read: isStaff, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    {
      name: 'job',
      type: 'select',
      required: true,
      index: true,
      options: JOB_NAMES.map((value) => ({ value, label: JOB_LABELS[value] })),
      label: { pl: 'Kontrola', en: 'Job' },
    },
    {
      name: 'startedAt',
      type: 'date',
      required: true,
      index: true,
      label: { pl: 'Początek', en: 'Started' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'finishedAt', type: 'date', label: { pl: 'Koniec', en: 'Finished' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'success', label: { pl: 'wykonana', en: 'success' } },
        { value: 'skipped', label: { pl: 'wyłączona', en: 'skipped' } },
        { value: 'failure', label: { pl: 'błąd', en: 'failure' } },
      ],
      label: { pl: 'Wynik', en: 'Outcome' },
    },
    { name: 'summary', type: 'text', label: { pl: 'Podsumowanie', en: 'Summary' } },
    { name: 'error', type: 'textarea', label: { pl: 'Błąd', en: 'Error' } },
    {
      name: 'result',
      type: 'json',
      label: { pl: 'Wynik szczegółowy', en: 'Result' },
      admin: { description: 'Np. niedziałające linki z procedurami, które je zawierają.' },
    },
  ],
};
