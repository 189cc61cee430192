import type { PayloadRequest } from 'payload';
import { idOf } from '../../schemas/rules/ids';
import type { ProcedureRecord } from '../../schemas/types.generated';
import * as texts from '../../templates/notifications/workflow';
import { adminUrl as adminBase } from '../env';
import type { Actor } from './actor';
import type { TransitionName } from './states';

export function adminUrl(id: number | string): string {
  return `${adminBase()}/admin/collections/procedures/${id}`;
}

interface Sent {
  name: TransitionName;
  doc: Record<string, unknown> & { id: number | string };
  record: ProcedureRecord;
  actor: Actor;
  note: string;
  version: number;
  closedRequests: number;
}

async function emailsOf(req: PayloadRequest, where: Record<string, unknown>): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: where as never,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  return docs.map((user) => user.email).filter(Boolean);
}

/**
 * E-mail after a transition: the procedures team on submit; the submitting editor on approve or
 * return (with the comment). A failed send is logged with its context; the decision stands.
 * Transitions made by the system (imports) send nothing.
 */
export async function notifyAfterTransition(req: PayloadRequest, sent: Sent): Promise<void> {
  // Imports and the demo seed act as the system: nobody is waiting for those messages.
  if (sent.actor.role === 'system') return;
  const ref = { title: sent.record.title, department: sent.record.department, adminUrl: adminUrl(sent.doc.id) };
  let to: string[] = [];
  let message: texts.MessageText | undefined;
  const submitterId = idOf(sent.doc.lastSubmittedBy);
  if (sent.name === 'submit') {
    to = await emailsOf(req, { role: { equals: 'procedures-team' } });
    message = texts.submittedForApproval(ref, sent.actor.name, sent.closedRequests);
  } else if ((sent.name === 'approve' || sent.name === 'return') && submitterId != null) {
    to = await emailsOf(req, { id: { equals: submitterId } });
    message =
      sent.name === 'approve'
        ? texts.approved(ref, sent.actor.name, sent.version, sent.note)
        : texts.returned(ref, sent.actor.name, sent.note);
  }
  if (!message || to.length === 0) return;
  try {
    await req.payload.sendEmail({ to, subject: message.subject, text: message.text });
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Workflow notification not sent', transition: sent.name, procedure: sent.doc.id, to });
  }
}
