import type { PayloadRequest } from 'payload';
import { DEFAULT_REVIEW_MONTHS, defaultReviewDate } from '../../schemas/quality/reviewDates';
import { idOf } from '../../schemas/rules/ids';
import { dayToStored } from '../../schemas/rules/time';

/** Months between reviews of a department's procedures: its own `reviewMonths`, else 12. */
export async function reviewMonthsOf(req: PayloadRequest, department: unknown): Promise<number> {
  const id = idOf(department);
  if (id == null) return DEFAULT_REVIEW_MONTHS;
  const doc = await req.payload.findByID({ collection: 'departments', id, depth: 0, disableErrors: true, overrideAccess: true, req });
  const months = Number(doc?.reviewMonths);
  return Number.isInteger(months) && months >= 1 ? months : DEFAULT_REVIEW_MONTHS;
}

/**
 * The next review of a procedure checked at `at` (approved, or confirmed as still valid): the
 * department's months after that Warsaw day. `day` as people read it, `stored` as the date field keeps it.
 */
export async function reviewDueAfter(req: PayloadRequest, department: unknown, at: Date): Promise<{ day: string; stored: string }> {
  const day = defaultReviewDate(at, await reviewMonthsOf(req, department));
  return { day, stored: dayToStored(day) };
}
