import { createLocalReq, type Payload } from 'payload';
import { attachmentsOf } from '../../schemas/rules/attachments';
import type { ProcedureRecord } from '../../schemas/types.generated';
import { keepApprovedFiles, markDocumentsApproved } from './approvedFiles';

/**
 * Register entries approved before approval fixed the files (a database from an earlier version
 * of this system) get their files fixed once, at start, from the uploads as they are now. Entries
 * that have their files are never touched again.
 */
export async function backfillApprovedFiles(payload: Payload, log: (message: string) => void = () => undefined): Promise<number> {
  const { docs } = await payload.find({
    collection: 'register-entries',
    where: { and: [{ kind: { equals: 'approval' } }, { files: { exists: false } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  let fixed = 0;
  const req = await createLocalReq({}, payload);
  for (const entry of docs) {
    const record = entry.content as ProcedureRecord | null;
    const files =
      record && attachmentsOf(record).length > 0
        ? await keepApprovedFiles(req, record).catch((error: unknown) => {
            // The file is gone or changed: the version is published without it rather than with other bytes.
            payload.logger.warn({ err: error, msg: 'Approved version without its files', entry: entry.id, slug: record.slug });
            return undefined;
          })
        : undefined;
    await payload.update({
      collection: 'register-entries',
      id: entry.id,
      data: { files: files?.files ?? [] },
      overrideAccess: true,
      context: { workflowTransition: 'backfill' },
    });
    if (files) await markDocumentsApproved(req, files.documents, new Date(String(entry.decidedAt)));
    fixed++;
  }
  if (fixed > 0) log(`Utrwalono pliki ${fixed} wcześniej zatwierdzonych wersji.`);
  return fixed;
}
