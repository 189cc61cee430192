import { validatePublicProcedure } from '../../../schemas';
import { projectProcedure } from '../../../schemas/rules/project';
import { type RegisterEntry, toRegisterEntry } from '../../../schemas/rules/register';
import { absolute, routes } from '../../../schemas/rules/routes';
import { warsawDay } from '../../../schemas/rules/time';
import type { PublicProcedure } from '../../../schemas/types.generated';
import { publicUrl } from '../../env';
import { WorkflowError } from '../errors';
import type { TransitionContext } from './types';

/** The entry an approval is about to write, as the rules read it. */
function newEntry(ctx: TransitionContext): RegisterEntry {
  return {
    procedureId: String(ctx.id),
    slug: ctx.record.slug,
    title: ctx.record.title,
    kind: 'approval',
    version: ctx.version,
    note: ctx.note,
    decidedAt: ctx.now.toISOString(),
    decidedByName: ctx.actor.name,
    validFrom: ctx.record.validFrom ?? null,
    validTo: ctx.record.validTo ?? null,
    content: ctx.record,
    files: ctx.fixed?.files ?? [],
  };
}

/** Titles of the related procedures that are live and public now (links go only to those). */
async function liveTitles(ctx: TransitionContext): Promise<Map<string, string>> {
  const slugs = ctx.record.related ?? [];
  if (slugs.length === 0) return new Map();
  const { docs } = await ctx.req.payload.find({
    collection: 'register-entries',
    where: { and: [{ slug: { in: slugs } }, { isLive: { equals: true } }, { kind: { equals: 'approval' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: ctx.req,
  });
  return new Map(docs.map((doc) => [doc.slug, doc.title]));
}

/**
 * What the anonymous API shows of an approved version: exactly the public projection the BIP JSON
 * is made of (schemas/rules/project.ts) as of the approval, validated against the public schema
 * (a version that would not validate is not approved).
 */
export async function publicProjection(ctx: TransitionContext): Promise<PublicProcedure> {
  const { docs } = await ctx.req.payload.find({
    collection: 'register-entries',
    where: { procedure: { equals: ctx.id } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: ctx.req,
  });
  const entry = newEntry(ctx);
  const history = [...docs.map(toRegisterEntry), entry];
  const siteUrl = publicUrl();
  const projection = projectProcedure(entry, history, {
    day: warsawDay(ctx.now),
    liveTitles: await liveTitles(ctx),
    fileUrl: (file) => absolute(siteUrl, routes.file(file.fileName)),
  });
  const issues = validatePublicProcedure(projection);
  if (issues.length > 0) throw new WorkflowError(issues.map((issue) => `${issue.path}: ${issue.message}`).join(' '), 409);
  return projection;
}
