import { idOf } from '../../../schemas/rules/ids';
import { warsawDay } from '../../../schemas/rules/time';
import { workflowMessages } from '../messages';
import { checkComplete, updateWorkflowFields } from './shared';
import type { TransitionCommand, TransitionContext } from './types';

/** Closes the procedure's open change requests: this submission answers them. */
async function closeOpenRequests(ctx: TransitionContext): Promise<number> {
  const { req, id, now } = ctx;
  const open = await req.payload.find({
    collection: 'change-requests',
    where: { and: [{ procedure: { equals: id } }, { status: { equals: 'open' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  for (const request of open.docs) {
    await req.payload.update({
      collection: 'change-requests',
      id: request.id,
      data: { status: 'closed', closedAt: now.toISOString(), ...(ctx.eventId !== undefined ? { closedBy: ctx.eventId } : {}) },
      overrideAccess: true,
      req,
    });
  }
  return open.docs.length;
}

/** `submit`: the department (or the team) asks for approval of the change ("wniosek o aktualizację"). */
export const submit: TransitionCommand = {
  name: 'submit',
  note: (input) => input.comment?.trim() ?? '',
  async prepare(ctx) {
    // Template: without a stated date, the information was created on the day of the update request.
    if (!ctx.record.informationCreatedAt) ctx.record.informationCreatedAt = warsawDay(ctx.now);
    await checkComplete(ctx);
  },
  async apply(ctx) {
    const contributors = [...(Array.isArray(ctx.doc.contributors) ? ctx.doc.contributors.map(idOf) : []), ctx.actor.id].filter(
      (id, i, all) => id != null && all.findIndex((other) => String(other) === String(id)) === i,
    );
    await updateWorkflowFields(ctx, {
      lastSubmittedBy: ctx.actor.id,
      lastSubmittedAt: ctx.now.toISOString(),
      contributors,
      informationCreatedAt: `${ctx.record.informationCreatedAt}T12:00:00.000Z`,
    });
    ctx.closedRequests = await closeOpenRequests(ctx);
  },
  message: () => workflowMessages.submitted,
};
