/**
 * Above the procedure's form (a `ui` field, server-rendered): the last decision on it, in the
 * words of whoever made it, and what fields a submission needs. The editor reads why the team
 * returned the description where they correct it, not only in an e-mail.
 */
import type { Payload } from 'payload';
import type React from 'react';
import { isWorkflowState } from '../../workflow/states';
import { decisionNotice, type LastEvent } from './decisionNotice';

interface Props {
  id?: number | string;
  payload: Payload;
  data?: { workflowState?: unknown };
}

async function lastEvent(payload: Payload, id: number | string): Promise<LastEvent | undefined> {
  const { docs } = await payload.find({
    collection: 'workflow-events',
    where: { and: [{ procedure: { equals: id } }, { transition: { in: ['submit', 'approve', 'return', 'withdraw'] } }] },
    sort: '-at',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  const doc = docs[0];
  return doc ? { transition: doc.transition, byName: doc.byName, at: doc.at, comment: doc.comment ?? null } : undefined;
}

export async function DecisionNotice({ id, payload, data }: Props): Promise<React.ReactElement> {
  const state = isWorkflowState(data?.workflowState) ? data.workflowState : undefined;
  const notice = id == null ? undefined : decisionNotice(state, await lastEvent(payload, id));
  return (
    <div className="decision-notice-field">
      {notice && (
        <section className={`decision-notice decision-notice--${notice.tone}`} aria-label="Stan obiegu">
          <p className="decision-notice__heading">{notice.heading}</p>
          {notice.quote && <blockquote className="decision-notice__quote">{notice.quote}</blockquote>}
          {notice.next && <p className="decision-notice__next">{notice.next}</p>}
        </section>
      )}
      <p className="required-for-submit-legend">
        Pola oznaczone <span className="required-for-submit-badge">wymagane</span> trzeba wypełnić przed złożeniem wniosku o aktualizację;
        szkic można zapisać bez nich.
      </p>
    </div>
  );
}
