/**
 * Review dates: when a procedure's description must be looked at again. Internal. Calendar days in
 * Europe/Warsaw throughout — a review "due on 31 March" turns overdue at local midnight, DST
 * included — so instants (an approval's timestamp) are first turned into their Warsaw day.
 * Pure; the scheduler and the dashboards pass `today` in, so tests freeze it.
 */

import { isCalendarDate } from '../dates';
import { warsawDay } from '../rules/time';
import { reviewMessages as m } from './messages.pl';

export const DEFAULT_REVIEW_MONTHS = 12;
export const DUE_SOON_DAYS = 30;
const MAX_REVIEW_MONTHS = 60;

export type ReviewStatus = 'overdue' | 'due' | 'ok';

/** Months between reviews: one default, optionally overridden per department (by its name in `department`). */
export interface ReviewPolicy {
  defaultMonths?: number;
  byDepartment?: Readonly<Record<string, number>>;
}

/** A calendar day (YYYY-MM-DD) kept as is; an instant (Date or ISO timestamp) as its day in Warsaw. */
export function toWarsawDay(value: Date | string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(m.invalidDay(String(value)));
    return warsawDay(value);
  }
  if (isCalendarDate(value)) return value;
  const instant = new Date(value);
  // Only full timestamps are instants; "2025-13-01" or "31.03.2025" are mistakes, not dates to guess.
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(instant.getTime())) throw new Error(m.invalidDay(value));
  return warsawDay(instant);
}

function assertMonths(months: number): void {
  if (!Number.isInteger(months) || months < 1 || months > MAX_REVIEW_MONTHS) throw new Error(m.invalidMonths(months));
}

/** `day` plus whole calendar months; a day the target month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, mo, d] = toWarsawDay(day).split('-').map(Number) as [number, number, number];
  const monthIndex = mo - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => Date.parse(`${toWarsawDay(day)}T00:00:00Z`);
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export function reviewMonthsFor(department: string | undefined, policy: ReviewPolicy = {}): number {
  const months =
    (department !== undefined ? policy.byDepartment?.[department] : undefined) ?? policy.defaultMonths ?? DEFAULT_REVIEW_MONTHS;
  assertMonths(months);
  return months;
}

/** The default review date: `months` (12 unless the department says otherwise) after the last approval's Warsaw day. */
export function defaultReviewDate(lastApproval: Date | string, months: number = DEFAULT_REVIEW_MONTHS): string {
  assertMonths(months);
  return addMonths(toWarsawDay(lastApproval), months);
}

export interface ReviewHistory {
  lastApproval: Date | string;
  /** "Potwierdź aktualność": the team confirmed the description without a new version. */
  lastConfirmation?: Date | string | null;
  department?: string;
}

/** The next review: counted from the later of the last approval and the last confirmation. */
export function nextReviewDate(history: ReviewHistory, policy: ReviewPolicy = {}): string {
  const approved = toWarsawDay(history.lastApproval);
  const confirmed = history.lastConfirmation ? toWarsawDay(history.lastConfirmation) : undefined;
  const from = confirmed && confirmed > approved ? confirmed : approved;
  return addMonths(from, reviewMonthsFor(history.department, policy));
}

/**
 * overdue: the review date has passed; due: it is today or within `dueWithinDays` days; ok: later.
 * The review date itself is the last day on which the review is on time.
 */
export function reviewStatus(reviewDate: string, today: Date | string, dueWithinDays: number = DUE_SOON_DAYS): ReviewStatus {
  const daysLeft = daysBetween(toWarsawDay(today), reviewDate);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= dueWithinDays ? 'due' : 'ok';
}

export interface ReviewState {
  status: ReviewStatus;
  /** Days until the review date; negative when overdue. */
  daysLeft: number;
  label: string;
}

/** The status with its day count and Polish label, as the dashboards list it. */
export function reviewState(reviewDate: string, today: Date | string, dueWithinDays: number = DUE_SOON_DAYS): ReviewState {
  const daysLeft = daysBetween(toWarsawDay(today), reviewDate);
  const status = reviewStatus(reviewDate, today, dueWithinDays);
  const label = status === 'overdue' ? m.status.overdue(-daysLeft) : status === 'due' ? m.status.due(daysLeft) : m.status.ok;
  return { status, daysLeft, label };
}
