import type { Payload } from 'payload';
import { type ReviewItem, reviewDigest } from '../../templates/notifications/quality';
import { loadRows, type ProcedureRow } from '../quality/procedureRows';
import { fillMissingReviewDates, isReviewed, reviewInfo } from '../quality/review';
import { adminUrl } from '../workflow/notify';
import type { JobOutcome } from './jobRuns';

interface DepartmentItems {
  name: string;
  overdue: ReviewItem[];
  dueSoon: ReviewItem[];
}

/** Reviewed procedures whose review is overdue or due within 30 days, by department. */
export function dueByDepartment(rows: readonly ProcedureRow[], today: Date): Map<number, DepartmentItems> {
  const byDepartment = new Map<number, DepartmentItems>();
  for (const row of rows) {
    if (!isReviewed(row) || row.departmentId == null) continue;
    const review = reviewInfo(row.reviewDue, row.lastVerifiedAt, today);
    if (review.status !== 'overdue' && review.status !== 'due') continue;
    const items = byDepartment.get(row.departmentId) ?? { name: row.department, overdue: [], dueSoon: [] };
    const item = { title: row.title, reviewDue: review.reviewDue ?? '', label: review.label ?? '', adminUrl: adminUrl(row.id) };
    (review.status === 'overdue' ? items.overdue : items.dueSoon).push(item);
    byDepartment.set(row.departmentId, items);
  }
  for (const items of byDepartment.values()) {
    items.overdue.sort((a, b) => a.reviewDue.localeCompare(b.reviewDue));
    items.dueSoon.sort((a, b) => a.reviewDue.localeCompare(b.reviewDue));
  }
  return byDepartment;
}

async function editorsOf(payload: Payload, department: number): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'editor' } }, { department: { equals: department } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  return docs.map((user) => user.email).filter(Boolean);
}

/**
 * The weekly e-mail digest (issue 14): each department's editors get one message listing its
 * overdue and soon-due procedures. A department without editors, or a message that cannot be
 * sent, is logged and counted; the others still go out.
 */
export async function runReviewDigest(payload: Payload, today: Date): Promise<JobOutcome> {
  const rows = await loadRows(payload);
  await fillMissingReviewDates(payload, rows);
  let sent = 0;
  const problems: string[] = [];
  for (const [department, items] of dueByDepartment(rows, today)) {
    const to = await editorsOf(payload, department);
    if (to.length === 0) {
      problems.push(`${items.name}: brak redaktorów z adresem e-mail`);
      continue;
    }
    const message = reviewDigest(items.name, items.overdue, items.dueSoon);
    try {
      await payload.sendEmail({ to, subject: message.subject, text: message.text });
      sent++;
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Review digest not sent', department: items.name, to });
      problems.push(`${items.name}: wysyłka nie powiodła się`);
    }
  }
  if (sent === 0 && problems.some((p) => p.endsWith('nie powiodła się')))
    throw new Error(`Żadne przypomnienie nie zostało wysłane: ${problems.join('; ')}`);
  const summary = `Wysłano przypomnienia do ${sent} komórek${problems.length > 0 ? `; problemy: ${problems.join('; ')}` : ''}.`;
  return { outcome: 'success', summary, result: { sent, problems } };
}
