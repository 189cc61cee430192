import { toJson } from '../../exchange/json';
import { numericId } from '../../exchange/numericId';
import type { TransitionContext } from './types';

/** The submitter's name as it was at the decision (the register keeps names as they were). */
async function submitterName(ctx: TransitionContext, submitter: number | null): Promise<string | null> {
  if (submitter == null) return null;
  const user = await ctx.req.payload.findByID({
    collection: 'users',
    id: submitter,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req: ctx.req,
  });
  return user?.name ?? null;
}

/**
 * One entry of the public change register: an approved version with its content and files, a
 * withdrawal, or a verification (the version in force confirmed as still valid).
 */
export async function writeRegisterEntry(
  ctx: TransitionContext,
  kind: 'approval' | 'withdrawal' | 'verification',
  publicContent: object | null,
): Promise<void> {
  const isApproval = kind === 'approval';
  const submitterId = isApproval ? numericId(ctx.doc.lastSubmittedBy) : null;
  await ctx.req.payload.create({
    collection: 'register-entries',
    data: {
      procedure: ctx.id,
      slug: ctx.record.slug,
      title: ctx.record.title,
      kind,
      version: ctx.version,
      note: ctx.note,
      decidedBy: ctx.actor.id,
      decidedByName: ctx.actor.name,
      decidedAt: ctx.now.toISOString(),
      submittedBy: submitterId,
      submittedByName: isApproval ? await submitterName(ctx, submitterId) : null,
      submittedAt: isApproval ? ((ctx.doc.lastSubmittedAt as string | undefined) ?? null) : null,
      validFrom: isApproval ? (ctx.record.validFrom ?? null) : null,
      validTo: isApproval ? (ctx.record.validTo ?? null) : null,
      content: isApproval ? toJson(ctx.record) : null,
      publicContent: isApproval && publicContent ? toJson(publicContent) : null,
      files: isApproval ? (ctx.fixed?.files ?? []) : null,
    },
    overrideAccess: true,
    context: { workflowTransition: ctx.name },
    req: ctx.req,
  });
}
