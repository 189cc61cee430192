import path from 'node:path';
import type { CollectionConfig } from 'payload';
import { isProceduresTeam } from '../../access/isProceduresTeam';
import { isStaff } from '../../access/isStaff';
import { hasRole } from '../../access/roles';
import { dataDir, maxUploadBytes } from '../../env';
import { checkFileType } from './hooks/checkFileType';
import { ALLOWED_MEDIA_TYPES } from './mediaTypes';

/**
 * Files attached to procedure descriptions (§9 ust. 3): PDF, and for forms meant to be filled in
 * also DOC, DOCX or RTF. The type is taken from the file's bytes, never from its name.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: { pl: 'Dokument', en: 'Document' },
    plural: { pl: 'Dokumenty', en: 'Documents' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'mimeType', 'filesize'],
    description: 'Pliki do pobrania: PDF, a formularze do wypełnienia także DOC, DOCX lub RTF.',
  },
  access: {
    read: isStaff,
    create: ({ req }) => hasRole(req, 'editor', 'procedures-team'),
    update: ({ req }) => hasRole(req, 'editor', 'procedures-team'),
    delete: isProceduresTeam,
  },
  upload: {
    staticDir: path.join(dataDir(), 'uploads', 'documents'),
    mimeTypes: [...ALLOWED_MEDIA_TYPES, 'application/x-cfb'],
    filesRequiredOnCreate: true,
  },
  hooks: { beforeOperation: [checkFileType] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { pl: 'Nazwa dokumentu', en: 'Title' },
      admin: { description: 'Nazwa widoczna dla mieszkańca, np. „Wniosek o wydanie dowodu osobistego”.' },
    },
  ],
};

export const MAX_UPLOAD_BYTES = maxUploadBytes();
