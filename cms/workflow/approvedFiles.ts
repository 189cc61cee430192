import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PayloadRequest } from 'payload';
import { attachmentsOf } from '../../schemas/rules/attachments';
import { type ApprovedFile, approvedFilePath } from '../../schemas/rules/files';
import type { ProcedureRecord } from '../../schemas/types.generated';
import { isAllowedMediaType } from '../collections/Documents/mediaTypes';
import { dataDir } from '../env';
import { WorkflowError } from './errors';
import { workflowMessages } from './messages';

export const uploadsDir = () => path.join(dataDir(), 'uploads', 'documents');
export const approvedFilesDir = () => path.join(dataDir(), 'uploads', 'approved');

/** Writes bytes under their digest once; a later approval of the same bytes finds them there. */
function keep(sha256: string, bytes: Buffer): void {
  const target = approvedFilePath(approvedFilesDir(), sha256);
  if (fs.existsSync(target)) return;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temporary, bytes, { mode: 0o444 });
  fs.renameSync(temporary, target);
}

export interface FixedFiles {
  files: ApprovedFile[];
  /** Documents to mark approved (inside the approval's transaction). */
  documents: { id: number | string; sha256: string; approvedAt?: string | null }[];
}

/**
 * Approval fixes the exact bytes of every file the version names: each is hashed and kept in the
 * content-addressed store (before the transaction: a kept copy of bytes that end up unused is
 * harmless). Returns what the change register records. A file whose bytes no longer match the
 * digest taken at upload (changed on disk) stops the approval.
 */
export async function keepApprovedFiles(req: PayloadRequest, record: ProcedureRecord): Promise<FixedFiles> {
  const fixed: FixedFiles = { files: [], documents: [] };
  const seen = new Set<string>();
  for (const { fileName } of attachmentsOf(record)) {
    if (seen.has(fileName)) continue;
    seen.add(fileName);
    const { docs } = await req.payload.find({
      collection: 'documents',
      where: { filename: { equals: fileName } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    });
    const doc = docs[0];
    const source = path.join(uploadsDir(), fileName);
    if (!doc || !fs.existsSync(source)) throw new WorkflowError(workflowMessages.fileMissing(fileName), 409);
    const bytes = fs.readFileSync(source);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (doc.sha256 && doc.sha256 !== sha256) throw new WorkflowError(workflowMessages.fileChangedOnDisk(fileName), 409);
    if (!isAllowedMediaType(doc.mimeType)) throw new WorkflowError(workflowMessages.fileMissing(fileName), 409);
    keep(sha256, bytes);
    fixed.files.push({ fileName, sha256, size: bytes.length, mediaType: doc.mimeType });
    fixed.documents.push({ id: doc.id, sha256, approvedAt: doc.approvedAt ?? null });
  }
  return fixed;
}

/** From now on these documents cannot be replaced or deleted (Documents/hooks/guardApprovedFile.ts). */
export async function markDocumentsApproved(req: PayloadRequest, documents: FixedFiles['documents'], now: Date): Promise<void> {
  for (const doc of documents) {
    if (doc.approvedAt) continue;
    await req.payload.update({
      collection: 'documents',
      id: doc.id,
      data: { approvedAt: now.toISOString(), sha256: doc.sha256 },
      overrideAccess: true,
      req,
    });
  }
}
