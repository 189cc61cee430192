import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload';
import { selectLive } from '../../schemas/rules/live';
import { warsawDay } from '../../schemas/rules/time';
import { payloadLookups } from '../exchange/payloadLookups';
import { toExchange } from '../exchange/toExchange';
import type { Actor } from './actor';
import { judgeTransition, type TransitionSubject } from './allowedTransitions';
import { approve } from './commands/approve';
import { returnChange } from './commands/return';
import { submit } from './commands/submit';
import type { Id, StoredProcedure, TransitionCommand, TransitionContext, TransitionInput, TransitionResult } from './commands/types';
import { verify } from './commands/verify';
import { withdraw } from './commands/withdraw';
import { WorkflowError } from './errors';
import { workflowMessages } from './messages';
import { notifyAfterTransition } from './notify';
import { isWorkflowState, TRANSITION_LABELS, TRANSITIONS, type TransitionName } from './states';

const COMMANDS: Record<TransitionName, TransitionCommand> = { submit, approve, return: returnChange, withdraw, verify };

/** The procedure's latest draft, whether its last register entry is an approval, and the version in force today. */
export async function loadSubject(req: PayloadRequest, id: Id): Promise<{ doc: StoredProcedure; subject: TransitionSubject } | null> {
  const doc = (await req.payload.findByID({
    collection: 'procedures',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as StoredProcedure | null;
  if (!doc) return null;
  const { docs } = await req.payload.find({
    collection: 'register-entries',
    // Confirmations of validity change nothing that is published.
    where: { and: [{ procedure: { equals: doc.id } }, { kind: { in: ['approval', 'withdrawal'] } }] },
    select: { kind: true, version: true, decidedAt: true, validFrom: true, validTo: true },
    sort: '-decidedAt',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const versionInForce = selectLive(docs, warsawDay(new Date()))?.version;
  return { doc, subject: { ...doc, isPublished: docs[0]?.kind === 'approval', versionInForce } };
}

async function recordEvent(ctx: TransitionContext): Promise<void> {
  const event = await ctx.req.payload.create({
    collection: 'workflow-events',
    data: {
      procedure: ctx.id,
      transition: ctx.name,
      from: ctx.from,
      to: ctx.to,
      by: ctx.actor.id,
      byName: ctx.actor.name,
      at: ctx.now.toISOString(),
      comment: ctx.note || null,
      justification: ctx.completeness?.justification ?? null,
      missingPoints: ctx.completeness?.missingPoints ?? [],
      summary: `${String(ctx.doc.title ?? ctx.doc.slug)}: ${TRANSITION_LABELS[ctx.name]}`,
    },
    overrideAccess: true,
    req: ctx.req,
  });
  ctx.eventId = event.id;
}

/**
 * Runs one named transition (DESIGN.md, "Workflow") on the common skeleton: load → authorise and
 * check the state (`judgeTransition`) → validate the input and the record → one database
 * transaction (the event, then the command's writes) → after commit (live flags, publish request,
 * e-mail). Any refusal answers 400/403/409 and changes nothing.
 */
export async function runTransition(
  req: PayloadRequest,
  requestedId: Id,
  name: TransitionName,
  input: TransitionInput,
  actor: Actor,
): Promise<TransitionResult> {
  const command = COMMANDS[name];
  const loaded = await loadSubject(req, requestedId);
  if (!loaded) throw new WorkflowError(workflowMessages.noSuchProcedure, 409);
  const { doc, subject } = loaded;
  const verdict = judgeTransition(name, actor, subject);
  if (!verdict.allowed) throw new WorkflowError(verdict.reason, verdict.status);

  const current = Number(doc.currentVersion ?? 0);
  const from = isWorkflowState(doc.workflowState) ? doc.workflowState : 'draft';
  const ctx: TransitionContext = {
    req,
    name,
    actor,
    doc,
    // The id as the database types it (a URL gives "11", SQLite and PostgreSQL store 11).
    id: doc.id,
    from,
    to: TRANSITIONS[name].to ?? from,
    now: new Date(),
    input,
    note: command.note(input),
    record: await toExchange(doc, payloadLookups(req.payload, req)),
    version: name === 'approve' ? current + 1 : name === 'verify' ? (subject.versionInForce ?? current) : current,
    closedRequests: 0,
  };
  await command.prepare?.(ctx);

  const shouldCommit = await initTransaction(req);
  try {
    await recordEvent(ctx);
    await command.apply(ctx);
    if (shouldCommit) await commitTransaction(req);
  } catch (error) {
    if (shouldCommit) await killTransaction(req);
    throw error;
  }

  await command.after?.(ctx);
  await notifyAfterTransition(req, { ...ctx, doc });
  return { state: ctx.to, ...(name === 'approve' ? { version: ctx.version } : {}), message: command.message(ctx) };
}
