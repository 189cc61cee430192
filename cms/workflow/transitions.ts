import { commitTransaction, initTransaction, killTransaction, type PayloadRequest, ValidationError } from 'payload';
import { requestPublish } from '../../publisher/requests';
import { INTERNAL_KEYS, validateProcedure } from '../../schemas';
import { toPayloadPath } from '../exchange/fromExchange';
import { idOf } from '../exchange/idOf';
import { payloadLookups } from '../exchange/payloadLookups';
import { toExchange } from '../exchange/toExchange';
import type { ProcedureRecord } from '../exchange/types';
import { warsawDay } from '../time/warsawDay';
import type { Actor } from './actor';
import { databaseRules } from './databaseRules';
import { WorkflowError } from './errors';
import { refreshLiveFlags } from './liveFlags';
import { notifyAfterTransition } from './notify';
import { isWorkflowState, STATE_LABELS, TRANSITION_LABELS, TRANSITIONS, type TransitionName, type WorkflowState } from './states';

export interface TransitionInput {
  changeNote?: string;
  comment?: string;
  explanation?: string;
}

export interface TransitionResult {
  state: WorkflowState;
  version?: number;
  message: string;
}

type Doc = Record<string, unknown> & { id: number | string };

const TEAM_ROLES = new Set(['procedures-team', 'system']);

function authorize(name: TransitionName, actor: Actor, doc: Doc): void {
  if (TEAM_ROLES.has(actor.role ?? '')) return;
  if (name === 'submit' && actor.role === 'editor' && actor.department != null && String(actor.department) === String(idOf(doc.department)))
    return;
  if (name === 'submit') {
    throw new WorkflowError('Wniosek o aktualizację składa redaktor komórki odpowiedzialnej za procedurę albo Oddział ds. Procedur.', 403);
  }
  throw new WorkflowError('Zatwierdzać, zwracać i wycofywać zmiany może tylko Oddział ds. Procedur i Zgłoszeń Interwencyjnych.', 403);
}

function requiredText(value: unknown, message: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new WorkflowError(message, 400);
  return text;
}

/** The full-schema and database checks a submitted or approved record must pass. */
async function checkComplete(record: ProcedureRecord, doc: Doc, req: PayloadRequest): Promise<void> {
  const issues = [...validateProcedure(record), ...(await databaseRules(record, doc.department, req))];
  if (issues.length === 0) return;
  throw new ValidationError(
    { collection: 'procedures', errors: issues.map((i) => ({ path: toPayloadPath(i.path), message: i.message })), req },
    req.t,
  );
}

async function hasPublishedVersion(req: PayloadRequest, id: number | string): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection: 'register-entries',
    where: { procedure: { equals: id } },
    sort: '-decidedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  });
  return docs[0]?.kind === 'approval';
}

/** The stored fields of a document, without what Payload manages itself. */
function contentOf(doc: Doc): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...content } = doc;
  return content;
}

/**
 * Runs one named transition of the workflow (DESIGN.md, "Workflow"): checks who may do it and
 * from which state, checks the record, applies it in one database transaction, records the
 * event, then refreshes what is live and sends the notifications.
 */
export async function runTransition(
  req: PayloadRequest,
  requestedId: number | string,
  name: TransitionName,
  input: TransitionInput,
  actor: Actor,
): Promise<TransitionResult> {
  const { payload } = req;
  const doc = (await payload.findByID({
    collection: 'procedures',
    id: requestedId,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Doc | null;
  if (!doc) throw new WorkflowError('Nie ma takiej procedury.', 409);
  // The id as the database types it (a URL gives "11", SQLite and PostgreSQL store 11).
  const id = doc.id;
  const from: WorkflowState = isWorkflowState(doc.workflowState) ? doc.workflowState : 'draft';

  authorize(name, actor, doc);
  const rule = TRANSITIONS[name];
  if (!rule.from.includes(from)) {
    throw new WorkflowError(
      `Nie można wykonać czynności „${TRANSITION_LABELS[name]}”, gdy procedura ma stan „${STATE_LABELS[from].pl}”.`,
      409,
    );
  }
  if (name === 'withdraw' && !(await hasPublishedVersion(req, id))) {
    throw new WorkflowError('Procedura nie ma opublikowanej wersji, którą można wycofać.', 409);
  }
  const note =
    name === 'approve'
      ? requiredText(input.changeNote, 'Podaj opis zmiany do rejestru zmian (changeNote) — jest publiczny w BIP.')
      : name === 'return'
        ? requiredText(input.comment, 'Podaj komentarz (comment): co redaktor ma poprawić.')
        : name === 'withdraw'
          ? requiredText(input.explanation, 'Podaj uzasadnienie wycofania (explanation) — jest publiczne w rejestrze zmian.')
          : (input.comment?.trim() ?? '');
  if (name === 'approve' && actor.id != null && doc.lastSubmittedBy != null && String(idOf(doc.lastSubmittedBy)) === String(actor.id)) {
    throw new WorkflowError('Zasada czterech oczu: zmiany nie może zatwierdzić osoba, która złożyła wniosek o aktualizację.', 403);
  }

  const now = new Date();
  const record = await toExchange(doc, payloadLookups(payload, req));
  // Template: without a stated date, the information was created on the day of the update request.
  const informationCreatedAt = name === 'submit' && !record.informationCreatedAt ? warsawDay(now) : undefined;
  if (informationCreatedAt) record.informationCreatedAt = informationCreatedAt;
  if (name === 'submit' || name === 'approve') await checkComplete(record, doc, req);

  const to = rule.to;
  const version = name === 'approve' ? Number(doc.currentVersion ?? 0) + 1 : Number(doc.currentVersion ?? 0);
  const context = { workflowTransition: name };
  const shouldCommit = await initTransaction(req);
  let closedRequests = 0;
  try {
    const event = await payload.create({
      collection: 'workflow-events',
      data: {
        procedure: id,
        transition: name,
        from,
        to,
        by: actor.id,
        byName: actor.name,
        at: now.toISOString(),
        comment: note || null,
        summary: `${String(doc.title ?? doc.slug)}: ${TRANSITION_LABELS[name]}`,
      },
      overrideAccess: true,
      req,
    });

    if (name === 'approve') {
      await payload.update({
        collection: 'procedures',
        id,
        data: { ...contentOf(doc), workflowState: to, currentVersion: version, _status: 'published' },
        overrideAccess: true,
        context,
        req,
      });
    } else {
      await payload.update({
        collection: 'procedures',
        id,
        data: {
          workflowState: to,
          ...(name === 'submit' ? { lastSubmittedBy: actor.id, lastSubmittedAt: now.toISOString() } : {}),
          ...(informationCreatedAt ? { informationCreatedAt: `${informationCreatedAt}T12:00:00.000Z` } : {}),
        },
        draft: true,
        overrideAccess: true,
        context,
        req,
      });
    }

    if (name === 'approve' || name === 'withdraw') {
      const submitter = idOf(doc.lastSubmittedBy);
      const submitterName =
        submitter == null
          ? null
          : ((await payload.findByID({ collection: 'users', id: submitter, depth: 0, overrideAccess: true, disableErrors: true, req }))
              ?.name ?? null);
      await payload.create({
        collection: 'register-entries',
        data: {
          procedure: id,
          slug: record.slug,
          title: record.title,
          kind: name === 'approve' ? 'approval' : 'withdrawal',
          version,
          note,
          decidedBy: actor.id,
          decidedByName: actor.name,
          decidedAt: now.toISOString(),
          submittedBy: name === 'approve' ? submitter : null,
          submittedByName: name === 'approve' ? submitterName : null,
          submittedAt: name === 'approve' ? ((doc.lastSubmittedAt as string | undefined) ?? null) : null,
          validFrom: name === 'approve' ? (record.validFrom ?? null) : null,
          validTo: name === 'approve' ? (record.validTo ?? null) : null,
          content: name === 'approve' ? record : null,
          publicContent:
            name === 'approve' ? Object.fromEntries(Object.entries(record).filter(([key]) => !INTERNAL_KEYS.includes(key))) : null,
        },
        overrideAccess: true,
        context,
        req,
      });
    }

    if (name === 'submit') {
      const open = await payload.find({
        collection: 'change-requests',
        where: { and: [{ procedure: { equals: id } }, { status: { equals: 'open' } }] },
        limit: 0,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      });
      for (const request of open.docs) {
        await payload.update({
          collection: 'change-requests',
          id: request.id,
          data: { status: 'closed', closedAt: now.toISOString(), closedBy: event.id },
          overrideAccess: true,
          req,
        });
      }
      closedRequests = open.docs.length;
    }
    if (shouldCommit) await commitTransaction(req);
  } catch (error) {
    if (shouldCommit) await killTransaction(req);
    throw error;
  }

  if (name === 'approve' || name === 'withdraw') {
    await refreshLiveFlags(payload, now, { procedure: id });
    requestPublish('decision');
  }
  await notifyAfterTransition(req, { name, doc, record, actor, note, version, closedRequests });

  const messages: Record<TransitionName, string> = {
    submit: 'Złożono wniosek o aktualizację. Oddział ds. Procedur został powiadomiony.',
    approve: `Zatwierdzono wersję ${version}.`,
    return: 'Zwrócono zmianę do poprawy z komentarzem.',
    withdraw: 'Procedurę wycofano z publikacji.',
  };
  return { state: to, ...(name === 'approve' ? { version } : {}), message: messages[name] };
}
