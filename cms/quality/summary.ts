import type { Payload } from 'payload';
import { COMPLETENESS_POINT_IDS, type CompletenessPointId, checkCompleteness, missingPoints } from '../../schemas/quality/completeness';
import { completenessMessages } from '../../schemas/quality/messages.pl';
import { warsawDay } from '../../schemas/rules/time';
import { REQUEST_SOURCES, type RequestSource } from '../collections/ChangeRequests/sources';
import { lastResult } from '../jobs/jobRuns';
import type { LinkCheckResult, StoredBrokenLink } from '../jobs/linkCheck';
import { loadRows, type ProcedureRow } from './procedureRows';
import { fillMissingReviewDates, isReviewed, type ReviewInfo, reviewInfo } from './review';

type Ref = { id: number; slug: string; title: string };
export type ReviewRow = Ref & { department: string } & ReviewInfo;

export interface QualitySummary {
  generatedAt: string;
  today: string;
  /** The department an editor sees; null: every department (the team, the administrator). */
  department: { id: number; name: string } | null;
  completeness: {
    procedures: number;
    complete: number;
    missingByPoint: Record<CompletenessPointId, number>;
    points: { id: CompletenessPointId; label: string }[];
  };
  review: {
    overdue: ReviewRow[];
    dueSoon: ReviewRow[];
    byDepartment: { id: number | null; name: string; overdue: number; dueSoon: number }[];
  };
  links: { checkedAt: string | null; checked: number; broken: (Omit<StoredBrokenLink, 'procedures'> & { procedures: Ref[] })[] };
  openRequests: Record<RequestSource, number>;
}

function reviews(rows: readonly ProcedureRow[], today: Date): QualitySummary['review'] {
  const listed = rows
    .filter(isReviewed)
    .map(
      (row): ReviewRow => ({
        id: row.id,
        slug: row.slug,
        title: row.title,
        department: row.department,
        ...reviewInfo(row.reviewDue, row.lastVerifiedAt, today),
      }),
    )
    .sort((a, b) => (a.reviewDue ?? '').localeCompare(b.reviewDue ?? ''));
  const overdue = listed.filter((r) => r.status === 'overdue');
  const dueSoon = listed.filter((r) => r.status === 'due');
  const statusOf = new Map(listed.map((r) => [r.id, r.status]));
  const byDepartment = new Map<string, QualitySummary['review']['byDepartment'][number]>();
  for (const row of rows.filter(isReviewed)) {
    const key = String(row.departmentId);
    const entry = byDepartment.get(key) ?? { id: row.departmentId, name: row.department, overdue: 0, dueSoon: 0 };
    const status = statusOf.get(row.id);
    if (status === 'overdue') entry.overdue++;
    if (status === 'due') entry.dueSoon++;
    byDepartment.set(key, entry);
  }
  return { overdue, dueSoon, byDepartment: [...byDepartment.values()].sort((a, b) => a.name.localeCompare(b.name, 'pl')) };
}

function completeness(rows: readonly ProcedureRow[]): QualitySummary['completeness'] {
  const missingByPoint = Object.fromEntries(COMPLETENESS_POINT_IDS.map((id) => [id, 0])) as Record<CompletenessPointId, number>;
  let complete = 0;
  for (const row of rows) {
    const missing = missingPoints(checkCompleteness(row.record));
    if (missing.length === 0) complete++;
    for (const id of missing) missingByPoint[id]++;
  }
  const points = COMPLETENESS_POINT_IDS.map((id) => ({ id, label: completenessMessages.label[id] }));
  return { procedures: rows.length, complete, missingByPoint, points };
}

async function links(payload: Payload, rows: readonly ProcedureRow[]): Promise<QualitySummary['links']> {
  const last = await lastResult<LinkCheckResult>(payload, 'link-check');
  if (!last) return { checkedAt: null, checked: 0, broken: [] };
  const bySlug = new Map(rows.map((row) => [row.slug, { id: row.id, slug: row.slug, title: row.title }]));
  const broken = last.result.broken.flatMap(({ procedures, occurrences, ...link }) => {
    const own = procedures.flatMap((slug) => bySlug.get(slug) ?? []);
    if (own.length === 0) return [];
    return [{ ...link, procedures: own, occurrences: occurrences.filter((o) => bySlug.has(o.slug)) }];
  });
  return { checkedAt: last.at, checked: last.result.checked, broken };
}

async function openRequests(payload: Payload, department: number | null): Promise<Record<RequestSource, number>> {
  const counts = {} as Record<RequestSource, number>;
  for (const { value } of REQUEST_SOURCES) {
    const where = [
      { status: { equals: 'open' } },
      { source: { equals: value } },
      ...(department == null ? [] : [{ department: { equals: department } }]),
    ];
    counts[value] = (await payload.count({ collection: 'change-requests', where: { and: where }, overrideAccess: true })).totalDocs;
  }
  return counts;
}

/**
 * The quality dashboard's data (issue 14): how many procedures miss each SDGR point, the reviews
 * overdue and due within 30 days, the broken links of the last link check with the procedures
 * that carry them, and the open change requests by source — for one department (an editor's) or
 * for all. Every procedure's latest saved version counts, withdrawn ones aside.
 */
export async function qualitySummary(
  payload: Payload,
  department: { id: number; name: string } | null,
  today: Date,
  /** The department's (or every) procedure's rows, when the caller has read them already. */
  loaded?: readonly ProcedureRow[],
): Promise<QualitySummary> {
  const all = loaded ?? (await loadRows(payload, department ? { department: { equals: department.id } } : undefined));
  const rows = all.filter((row) => row.workflowState !== 'withdrawn');
  await fillMissingReviewDates(payload, rows);
  return {
    generatedAt: new Date().toISOString(),
    today: warsawDay(today),
    department,
    completeness: completeness(rows),
    review: reviews(rows, today),
    links: await links(payload, rows),
    openRequests: await openRequests(payload, department?.id ?? null),
  };
}
