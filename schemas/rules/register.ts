import type { ProcedureRecord } from '../types.generated';
import type { ApprovedFile } from './files';
import { idOf } from './ids';
import type { RegisterEntryLike } from './live';

/** A change-register entry as the rules read it: an approval with its content and files, or a withdrawal. */
export interface RegisterEntry extends RegisterEntryLike {
  procedureId: string;
  slug: string;
  title: string;
  note: string;
  decidedByName: string;
  submittedByName?: string | null;
  content?: ProcedureRecord | null;
  /** The exact files the approval fixed (name, SHA-256, size, type); null for a withdrawal. */
  files?: ApprovedFile[] | null;
}

/** A change-register entry as the database stores it (the `register-entries` collection). */
export interface StoredRegisterEntry {
  procedure: unknown;
  slug: string;
  title: string;
  kind: 'approval' | 'withdrawal' | 'verification';
  version: number;
  note?: string | null;
  decidedAt: string;
  decidedByName: string;
  submittedByName?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  content?: unknown;
  files?: unknown;
}

/** A stored entry as the rules read it; the CMS and the publisher read the register the same way. */
export function toRegisterEntry(doc: StoredRegisterEntry): RegisterEntry {
  return {
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
    content: (doc.content as ProcedureRecord | null | undefined) ?? null,
    files: (doc.files as ApprovedFile[] | null | undefined) ?? null,
  };
}
