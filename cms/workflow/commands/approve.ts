import { emitDecision } from '../../../schemas/rules/events';
import { keepApprovedFiles, markDocumentsApproved } from '../approvedFiles';
import { refreshLiveFlags } from '../liveFlags';
import { workflowMessages } from '../messages';
import { publicProjection } from './publicProjection';
import { writeRegisterEntry } from './register';
import { checkComplete, requiredText } from './shared';
import type { TransitionCommand, TransitionContext } from './types';

/** The stored fields of a document, without what Payload manages itself. */
function contentOf(ctx: TransitionContext): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...content } = ctx.doc;
  return content;
}

/** `approve`: the team fixes the change as the next numbered version, with its files, in the public change register. */
export const approve: TransitionCommand = {
  name: 'approve',
  note: (input) => requiredText(input.changeNote, 'Opis zmiany', workflowMessages.changeNoteRequired),
  async prepare(ctx) {
    await checkComplete(ctx);
    ctx.fixed = await keepApprovedFiles(ctx.req, ctx.record);
  },
  async apply(ctx) {
    await ctx.req.payload.update({
      collection: 'procedures',
      id: ctx.id,
      data: { ...contentOf(ctx), workflowState: ctx.to, currentVersion: ctx.version, contributors: [], _status: 'published' },
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
