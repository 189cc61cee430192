import type { Payload } from 'payload';
import { type CompletenessPoint, checkCompleteness, missingPoints } from '../../schemas/quality/completeness';
import { analyseReadability, type ReadabilityReport } from '../../schemas/quality/readability';
import { lastResult } from '../jobs/jobRuns';
import type { LinkCheckResult } from '../jobs/linkCheck';
import { DepartmentNames } from '../search/staffEntry';
import { toRow } from './procedureRows';
import { fillMissingReviewDates, isReviewed, type ReviewInfo, reviewInfo } from './review';

export interface QualityChecklist {
  procedure: { id: number; slug: string; title: string; department: string; workflowState: string };
  completeness: { complete: boolean; missing: string[]; points: CompletenessPoint[] };
  readability: { summary: ReadabilityReport; howTo: ReadabilityReport };
  review: ReviewInfo;
  brokenLinks: { url: string; status: number | null; error?: { code: string; message: string }; paths: string[]; checkedAt: string }[];
  legalChanges: { id: number; message: string; changeKey: string | null; createdAt: string }[];
}

/** The broken links of the last link check that this procedure carries, with the fields they sit in. */
async function brokenLinksOf(payload: Payload, slug: string): Promise<QualityChecklist['brokenLinks']> {
  const last = await lastResult<LinkCheckResult>(payload, 'link-check');
  if (!last) return [];
  return last.result.broken.flatMap((link) => {
    const paths = link.occurrences.filter((o) => o.slug === slug).map((o) => o.path);
    if (paths.length === 0) return [];
    return [{ url: link.url, status: link.status, ...(link.error ? { error: link.error } : {}), paths, checkedAt: last.at }];
  });
}

/** Change requests the legal-basis watch filed for this procedure that are still open. */
async function openLegalChanges(payload: Payload, id: number): Promise<QualityChecklist['legalChanges']> {
  const { docs } = await payload.find({
    collection: 'change-requests',
    where: { and: [{ procedure: { equals: id } }, { source: { equals: 'legal-watch' } }, { status: { equals: 'open' } }] },
    sort: '-createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  return docs.map((doc) => ({ id: doc.id, message: doc.message, changeKey: doc.changeKey ?? null, createdAt: doc.createdAt }));
}

/**
 * The quality checklist of one procedure (its latest saved version, a draft too): the SDGR points,
 * plain Polish of the summary and "Sposób załatwienia sprawy", the review date, the broken links
 * the last link check found in it, and the open requests of the legal-basis watch.
 */
export async function procedureChecklist(payload: Payload, id: number, today: Date): Promise<QualityChecklist | undefined> {
  const doc = await payload.findByID({ collection: 'procedures', id, draft: true, depth: 0, overrideAccess: true, disableErrors: true });
  if (!doc) return undefined;
  const row = await toRow(doc as unknown as Record<string, unknown>, new DepartmentNames(payload));
  if (isReviewed(row) && !row.reviewDue) await fillMissingReviewDates(payload, [row]);
  const points = checkCompleteness(row.record);
  const missing = missingPoints(points);
  return {
    procedure: { id: row.id, slug: row.slug, title: row.title, department: row.department, workflowState: row.workflowState },
    completeness: { complete: missing.length === 0, missing, points },
    readability: { summary: analyseReadability(row.record.summary ?? ''), howTo: analyseReadability(row.record.howTo ?? '') },
    review: reviewInfo(isReviewed(row) ? row.reviewDue : null, row.lastVerifiedAt, today),
    brokenLinks: await brokenLinksOf(payload, row.slug),
    legalChanges: await openLegalChanges(payload, row.id),
  };
}
