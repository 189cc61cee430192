/**
 * The procedures a consultant opened recently, kept as a Payload preference of their account
 * (collection `payload-preferences`, key below) rather than in the browser's localStorage: the
 * call center works at shared desks, so the list follows the account to any workstation and is
 * never shown to the next person who uses the same browser.
 */
export const RECENT_KEY = 'lckm-consultant-recent';

/** How many procedures the dashboard lists. */
export const RECENT_LIMIT = 8;

export interface RecentVisit {
  slug: string;
  /** When the card was opened (ISO instant). */
  openedAt: string;
}

/** The list after opening `slug` at `at`: that procedure first, no duplicates, at most RECENT_LIMIT. */
export function withVisit(previous: unknown, slug: string, at: Date): RecentVisit[] {
  const visits = Array.isArray(previous) ? previous.filter(isVisit) : [];
  return [{ slug, openedAt: at.toISOString() }, ...visits.filter((v) => v.slug !== slug)].slice(0, RECENT_LIMIT);
}

export function isVisit(value: unknown): value is RecentVisit {
  const v = value as Partial<RecentVisit> | null;
  return typeof v?.slug === 'string' && typeof v.openedAt === 'string';
}
