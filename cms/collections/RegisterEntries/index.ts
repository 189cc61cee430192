import type { CollectionBeforeChangeHook, CollectionConfig, Where } from 'payload';
import { denyAll } from '../../access/denyAll';
import { isStaffField } from '../../access/isStaff';
import { staffOf } from '../../access/roles';
import { dayAndTime } from '../../admin/dateFormats';
import { procedureRef } from '../../fields/procedureRef';

const LIVE_APPROVALS: Where = { and: [{ kind: { equals: 'approval' } }, { isLive: { equals: true } }] };

/**
 * Even the system may change nothing of an entry but whether it is live now — and, once, the
 * record of the approved files of an entry made before files were fixed at approval
 * (cms/workflow/backfillApprovedFiles.ts).
 */
const onlyLivenessChanges: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc) return data;
  const files = originalDoc.files == null && Array.isArray(data.files) ? data.files : originalDoc.files;
  return { ...originalDoc, isLive: data.isLive ?? originalDoc.isLive, files };
};

/**
 * The public change register ("rejestr zmian" of BIP): one entry per approved version — with the
 * full content as approved, immutable and kept forever — and one per withdrawal. Written only by
 * the workflow transitions; nobody can change or delete an entry through any API.
 */
export const RegisterEntries: CollectionConfig = {
  slug: 'register-entries',
  labels: {
    singular: { pl: 'Wpis rejestru zmian', en: 'Change register entry' },
    plural: { pl: 'Rejestr zmian', en: 'Change register' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'version', 'decidedByName', 'decidedAt', 'isLive'],
    description: 'Zatwierdzone wersje i wycofania. Wpisów nie można zmieniać ani usuwać.',
  },
  access: {
    // Anonymous readers: the live approved versions only, and only their public fields.
    read: ({ req }) => (staffOf(req) ? true : LIVE_APPROVALS),
    create: denyAll,
    update: denyAll,
    delete: denyAll,
  },
  hooks: { beforeChange: [onlyLivenessChanges] },
  fields: [
    procedureRef,
    { name: 'slug', type: 'text', required: true, index: true, label: { pl: 'Identyfikator adresu', en: 'Slug' } },
    { name: 'title', type: 'text', required: true, label: { pl: 'Nazwa procedury', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'approval', label: { pl: 'zatwierdzenie wersji', en: 'approval' } },
        { value: 'withdrawal', label: { pl: 'wycofanie z publikacji', en: 'withdrawal' } },
        { value: 'verification', label: { pl: 'potwierdzenie aktualności', en: 'confirmed as still valid' } },
      ],
      label: { pl: 'Rodzaj wpisu', en: 'Kind' },
    },
    { name: 'version', type: 'number', required: true, label: { pl: 'Numer wersji', en: 'Version' } },
    { name: 'note', type: 'textarea', label: { pl: 'Opis zmiany / uzasadnienie wycofania', en: 'Change note / explanation' } },
    { name: 'decidedByName', type: 'text', required: true, label: { pl: 'Zatwierdził(a) / wycofał(a)', en: 'Decided by' } },
    {
      name: 'decidedAt',
      type: 'date',
      required: true,
      label: { pl: 'Data decyzji', en: 'Decided at' },
      admin: { date: dayAndTime },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: isStaffField },
      label: { pl: 'Konto zatwierdzającego', en: 'Decider account' },
    },
    { name: 'submittedByName', type: 'text', label: { pl: 'Złożył(a) wniosek', en: 'Submitted by' } },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: isStaffField },
      label: { pl: 'Konto składającego', en: 'Submitter account' },
    },
    {
      name: 'submittedAt',
      type: 'date',
      label: { pl: 'Data wniosku', en: 'Submitted at' },
      admin: { date: dayAndTime },
    },
    { name: 'validFrom', type: 'text', access: { read: isStaffField }, label: { pl: 'Obowiązuje od*', en: 'Valid from*' } },
    { name: 'validTo', type: 'text', access: { read: isStaffField }, label: { pl: 'Obowiązuje do*', en: 'Valid to*' } },
    {
      name: 'isLive',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { pl: 'Wersja obecnie publikowana', en: 'Live now' },
      admin: { description: 'Ustawiane przy każdej decyzji i każdym przebiegu publikacji (o północy czasu warszawskiego).' },
    },
    {
      name: 'content',
      type: 'json',
      access: { read: isStaffField },
      label: { pl: 'Treść zatwierdzonej wersji (format wymiany)', en: 'Approved content (exchange format)' },
    },
    {
      name: 'files',
      type: 'json',
      label: { pl: 'Pliki zatwierdzonej wersji (nazwa, SHA-256, rozmiar, typ)', en: 'Files of the approved version' },
      admin: { description: 'Dokładna zawartość każdego załącznika jest utrwalona przy zatwierdzeniu i tylko ona jest publikowana.' },
    },
    {
      name: 'publicContent',
      type: 'json',
      label: { pl: 'Treść publiczna (bez pól wewnętrznych)', en: 'Public content' },
    },
  ],
  timestamps: true,
};
