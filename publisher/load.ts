import path from 'node:path';
import type { Payload } from 'payload';
import { idOf } from '../cms/exchange/idOf';
import type { ProcedureRecord } from '../cms/exchange/types';
import type { AttachmentInfo, RegisterEntry } from './types';

export interface Loaded {
  entries: RegisterEntry[];
  attachments: Map<string, AttachmentInfo & { path: string }>;
}

/** Everything the publisher reads: the change register (approved versions, withdrawals) and the attachments. */
export async function loadRegister(payload: Payload, uploadsDir: string): Promise<Loaded> {
  const register = await payload.find({
    collection: 'register-entries',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'decidedAt',
  });
  const entries: RegisterEntry[] = register.docs.map((doc) => ({
    procedureId: String(idOf(doc.procedure)),
    slug: doc.slug,
    title: doc.title,
    kind: doc.kind,
    version: doc.version,
    note: doc.note ?? '',
    decidedAt: new Date(doc.decidedAt).toISOString(),
    decidedByName: doc.decidedByName,
    submittedByName: doc.submittedByName ?? null,
    validFrom: doc.validFrom ?? null,
    validTo: doc.validTo ?? null,
    content: (doc.content as ProcedureRecord | null) ?? null,
  }));
  const documents = await payload.find({ collection: 'documents', limit: 0, pagination: false, depth: 0, overrideAccess: true });
  const attachments = new Map<string, AttachmentInfo & { path: string }>();
  for (const doc of documents.docs) {
    if (!doc.filename || !doc.mimeType || !doc.filesize) continue;
    attachments.set(doc.filename, {
      fileName: doc.filename,
      mediaType: doc.mimeType,
      size: doc.filesize,
      path: path.join(uploadsDir, doc.filename),
    });
  }
  return { entries, attachments };
}
