import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload';
import { WorkflowError } from '../../../workflow/errors';
import { documentMessages } from '../messages';

type Id = number | string;

async function isUnderReview(req: PayloadRequest, id: Id): Promise<boolean> {
  // The latest drafts, where the workflow state lives (a never-published procedure has nothing else).
  const { totalDocs } = await req.payload.find({
    collection: 'procedures',
    draft: true,
    limit: 1,
    depth: 0,
    where: {
      and: [
        { workflowState: { equals: 'submitted' } },
        {
          or: [
            { 'requiredDocuments.file': { equals: id } },
            { 'requiredDocuments.sampleFile': { equals: id } },
            { 'otherDocuments.file': { equals: id } },
          ],
        },
      ],
    },
    overrideAccess: true,
    req,
  });
  return totalDocs > 0;
}

/**
 * An approved file never changes (its bytes are part of the approved version): replacing or
 * deleting it is refused, for everyone. A file of a change that waits for a decision is not
 * replaced under the reviewer's hands either. The title may still be corrected.
 */
export const guardApprovedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args;
  if (operation === 'update' && !req.file?.data) return args;
  const { id, where } = args as { id?: Id; where?: Where };
  // A bulk update or delete (`?where=`) is checked file by file, like a single one.
  const docs = (
    await req.payload.find({
      collection: 'documents',
      where: id != null ? { id: { equals: id } } : (where ?? {}),
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs;
  for (const doc of docs) {
    const name = String(doc.filename ?? doc.title ?? doc.id);
    if (doc.approvedAt) throw new WorkflowError(documentMessages.approvedFile(name), 409);
    if (await isUnderReview(req, doc.id)) throw new WorkflowError(documentMessages.underReview(name), 409);
  }
  return args;
};
