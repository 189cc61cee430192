import type { Payload } from 'payload';
import { DEFAULT_REVIEW_MONTHS, nextReviewDate, type ReviewState, reviewState } from '../../schemas/quality/reviewDates';
import { idOf } from '../../schemas/rules/ids';
import type { ProcedureRow } from './procedureRows';

/** A procedure's review as the dashboards and the checklist show it. */
export interface ReviewInfo {
  reviewDue: string | null;
  lastVerifiedAt: string | null;
  status: ReviewState['status'] | null;
  daysLeft: number | null;
  label: string | null;
}

/** Procedures reviewed: approved at least once and not withdrawn. */
export function isReviewed(row: Pick<ProcedureRow, 'currentVersion' | 'workflowState'>): boolean {
  return row.currentVersion > 0 && row.workflowState !== 'withdrawn';
}

export function reviewInfo(reviewDue: string | null, lastVerifiedAt: string | null, today: Date): ReviewInfo {
  if (!reviewDue) return { reviewDue: null, lastVerifiedAt, status: null, daysLeft: null, label: null };
  const state = reviewState(reviewDue, today);
  return { reviewDue, lastVerifiedAt, status: state.status, daysLeft: state.daysLeft, label: state.label };
}

/**
 * Review dates of procedures approved before review dates were kept: counted from the register
 * (the last approval or confirmation) with the department's months, as an approval today would.
 */
export async function fillMissingReviewDates(payload: Payload, rows: ProcedureRow[]): Promise<void> {
  const missing = rows.filter((row) => isReviewed(row) && !row.reviewDue);
  if (missing.length === 0) return;
  const kinds = { kind: { in: ['approval', 'verification'] } };
  // One procedure (its checklist): its own entries; many (the dashboard): all of them, grouped here.
  const only = missing.length === 1 ? missing[0] : undefined;
  const { docs: entries } = await payload.find({
    collection: 'register-entries',
    where: only ? { and: [kinds, { procedure: { equals: only.id } }] } : kinds,
    select: { procedure: true, kind: true, decidedAt: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  const { docs: departments } = await payload.find({
    collection: 'departments',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  const months = new Map(departments.map((d) => [String(d.id), Number(d.reviewMonths) || DEFAULT_REVIEW_MONTHS]));
  const byProcedure = new Map<string, typeof entries>();
  for (const entry of entries) {
    const key = String(idOf(entry.procedure));
    const list = byProcedure.get(key);
    if (list) list.push(entry);
    else byProcedure.set(key, [entry]);
  }
  for (const row of missing) {
    const own = byProcedure.get(String(row.id)) ?? [];
    const approvals = own
      .filter((e) => e.kind === 'approval')
      .map((e) => e.decidedAt)
      .sort();
    const confirmations = own
      .filter((e) => e.kind === 'verification')
      .map((e) => e.decidedAt)
      .sort();
    const lastApproval = approvals.at(-1);
    if (!lastApproval) continue;
    row.reviewDue = nextReviewDate(
      { lastApproval, lastConfirmation: confirmations.at(-1) ?? null },
      { defaultMonths: months.get(String(row.departmentId)) ?? DEFAULT_REVIEW_MONTHS },
    );
  }
}
