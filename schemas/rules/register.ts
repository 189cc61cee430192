import type { ProcedureRecord } from '../types.generated';
import type { ApprovedFile } from './files';
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
