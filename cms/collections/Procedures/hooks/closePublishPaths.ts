import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload';
import { WorkflowError } from '../../../workflow/errors';
import { workflowMessages } from '../../../workflow/messages';

async function hasHistory(req: PayloadRequest, where: Where | undefined, id: unknown): Promise<boolean> {
  const ids =
    id != null
      ? [id]
      : (
          await req.payload.find({
            collection: 'procedures',
            where: where ?? {},
            limit: 0,
            pagination: false,
            depth: 0,
            overrideAccess: true,
            req,
          })
        ).docs.map((doc) => doc.id);
  if (ids.length === 0) return false;
  const { totalDocs } = await req.payload.count({
    collection: 'workflow-events',
    where: { procedure: { in: ids } },
    overrideAccess: true,
    req,
  });
  return totalDocs > 0;
}

/**
 * Payload's own ways to change what is published — a non-draft update ("Publish", "Unpublish",
 * "Revert to published", `_status` over REST or GraphQL), restoring a version — are closed for
 * procedures: every state change is a named transition with its event (workflow/runTransition.ts).
 * A procedure with a workflow history is never deleted (its register is kept forever).
 */
export const closePublishPaths: CollectionBeforeOperationHook = async ({ args, operation, req, context }) => {
  if (context.workflowTransition || context.import) return args;
  const { draft, id, where } = args as { draft?: boolean; id?: unknown; where?: Where };
  if (operation === 'update' && draft !== true) throw new WorkflowError(workflowMessages.stateOnlyByTransitions, 403);
  if (operation === 'restoreVersion') throw new WorkflowError(workflowMessages.restoreNotAllowed, 403);
  if (operation === 'delete' && (await hasHistory(req, where, id))) throw new WorkflowError(workflowMessages.hasHistory, 409);
  return args;
};
