import path from 'node:path';
import type { CollectionConfig } from 'payload';
import { isStaff, isStaffField } from '../../access/isStaff';
import { ownDepartmentDocuments } from '../../access/ownDepartmentDocuments';
import { hasRole } from '../../access/roles';
import { relationTitleCell } from '../../admin/cells';
import { dayAndTime } from '../../admin/dateFormats';
import { dataDir } from '../../env';
import { checkFileType } from './hooks/checkFileType';
import { guardApprovedFile } from './hooks/guardApprovedFile';
import { recordDigest } from './hooks/recordDigest';
import { ALLOWED_MEDIA_TYPES } from './mediaTypes';

/**
 * Files attached to procedure descriptions (§9 ust. 3): PDF, and for forms meant to be filled in
 * also DOC, DOCX or RTF. The type is taken from the file's bytes, never from its name. A file
 * belongs to a department; once a version that names it is approved, its bytes are fixed
 * (`approvedAt`) and kept, content-addressed, for the publisher (schemas/rules/files.ts).
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: { pl: 'Dokument', en: 'Document' },
    plural: { pl: 'Dokumenty', en: 'Documents' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'department', 'filesize', 'approvedAt'],
    description:
      'Pliki do pobrania: PDF, a formularze do wypełnienia także DOC, DOCX lub RTF. Plik zatwierdzonej wersji nie może być podmieniony.',
  },
  access: {
    read: isStaff,
    create: ({ req }) => hasRole(req, 'editor', 'procedures-team'),
    update: ownDepartmentDocuments,
    delete: ({ req }) => hasRole(req, 'procedures-team'),
  },
  upload: {
    staticDir: path.join(dataDir(), 'uploads', 'documents'),
    mimeTypes: [...ALLOWED_MEDIA_TYPES, 'application/x-cfb'],
    filesRequiredOnCreate: true,
  },
  hooks: { beforeOperation: [checkFileType, guardApprovedFile], beforeChange: [recordDigest] },
  fields: [
    // Payload's own upload field, merged with this: its list column in Polish units.
    {
      name: 'filesize',
      type: 'number',
      label: { pl: 'Rozmiar', en: 'Size' },
      admin: { components: { Cell: '/components/cells/FileSize#FileSize' } },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { pl: 'Nazwa dokumentu', en: 'Title' },
      admin: { description: 'Nazwa widoczna dla mieszkańca, np. „Wniosek o wydanie dowodu osobistego”.' },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      index: true,
      label: { pl: 'Komórka', en: 'Department' },
      admin: { position: 'sidebar', description: 'Plik dodany przez redaktora należy do jego komórki.', components: relationTitleCell },
    },
    {
      name: 'sha256',
      type: 'text',
      index: true,
      label: { pl: 'Skrót SHA-256 zawartości', en: 'SHA-256 of the content' },
      access: { create: () => false, update: () => false, read: isStaffField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'approvedAt',
      type: 'date',
      label: { pl: 'Zatwierdzony (zawartość utrwalona)', en: 'Approved (content fixed)' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, date: dayAndTime },
    },
  ],
};
