import { emitDecision } from '../../../schemas/rules/events';
import { keepApprovedFiles, markDocumentsApproved } from '../approvedFiles';
import { refreshLiveFlags } from '../liveFlags';
import { workflowMessages } from '../messages';
import { reviewDueAfter } from '../reviewDue';
import { checkSdgrCompleteness } from './completeness';
import { publicProjection } from './publicProjection';
import { writeRegisterEntry } from './register';
import { checkComplete, requiredText } from './shared';
import type { TransitionCommand, TransitionContext } from './types';

/** The stored fields of a document, without what Payload manages itself. */
function contentOf(ctx: TransitionContext): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...content } = ctx.doc;
  return content;
}

/**
 * `approve`: the team fixes the change as the next numbered version, with its files, in the public
 * change register; the next review falls due the department's months later. A description missing
 * points of the EU Single Digital Gateway's list is approved only with the team's justification.
 */
export const approve: TransitionCommand = {
  name: 'approve',
  note: (input) => requiredText(input.changeNote, 'Opis zmiany', workflowMessages.changeNoteRequired),
  async prepare(ctx) {
    await checkComplete(ctx);
    checkSdgrCompleteness(ctx);
    ctx.fixed = await keepApprovedFiles(ctx.req, ctx.record);
  },
  async apply(ctx) {
    const reviewDue = await reviewDueAfter(ctx.req, ctx.doc.department, ctx.now);
    const checked = { reviewDue: reviewDue.stored, lastVerifiedAt: ctx.now.toISOString() };
    await ctx.req.payload.update({
      collection: 'procedures',
      id: ctx.id,
      data: { ...contentOf(ctx), ...checked, workflowState: ctx.to, currentVersion: ctx.version, contributors: [], _status: 'published' },
      overrideAccess: true,
      context: { workflowTransition: ctx.name },
      req: ctx.req,
    });
    await markDocumentsApproved(ctx.req, ctx.fixed?.documents ?? [], ctx.now);
    await writeRegisterEntry(ctx, 'approval', await publicProjection(ctx));
  },
  async after(ctx) {
    await refreshLiveFlags(ctx.req.payload, ctx.now, { procedure: ctx.id });
    emitDecision({ procedureId: ctx.id, transition: 'approve', at: ctx.now });
  },
  message: (ctx) => workflowMessages.approved(ctx.version),
};
