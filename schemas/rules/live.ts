/** What the live-version rule needs to know about one change-register entry. */
export interface RegisterEntryLike {
  /** `verification`: the team confirmed the live version as still valid; it changes nothing that is live. */
  kind: 'approval' | 'withdrawal' | 'verification';
  version: number;
  /** ISO instant of the decision. */
  decidedAt: string;
  validFrom?: string | null;
  validTo?: string | null;
}

const inWindow = (entry: RegisterEntryLike, day: string): boolean =>
  (!entry.validFrom || entry.validFrom <= day) && (!entry.validTo || day <= entry.validTo);

/**
 * The live version of one procedure on a Europe/Warsaw calendar day (DESIGN.md, "Which version
 * is live"): the most recently approved version whose window contains the day, counting only
 * approvals made after the last withdrawal. Undefined: nothing is live. (Whether the live version
 * is internal — and so not public — is the caller's question.)
 */
export function selectLive<T extends RegisterEntryLike>(entries: readonly T[], day: string): T | undefined {
  const ordered = entries
    .filter((e) => e.kind !== 'verification')
    .sort((a, b) => (a.decidedAt === b.decidedAt ? a.version - b.version : a.decidedAt < b.decidedAt ? -1 : 1));
  const lastWithdrawal = ordered.map((e) => e.kind).lastIndexOf('withdrawal');
  const approvals = ordered.slice(lastWithdrawal + 1).filter((e) => e.kind === 'approval');
  for (let i = approvals.length - 1; i >= 0; i--) {
    const entry = approvals[i] as T;
    if (inWindow(entry, day)) return entry;
  }
  return undefined;
}

/** What `wasPublic` needs besides the live rule: whether a version is internal (never published). */
export interface VersionLike extends RegisterEntryLike {
  content?: { internal?: boolean } | null;
}

/** Europe/Warsaw calendar day of an instant (the same rule as cms/time/warsawDay.ts). */
const warsawDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' });
const dayOf = (instant: string | Date) => warsawDayFormat.format(typeof instant === 'string' ? new Date(instant) : instant);

/** The first instant (UTC) of a Europe/Warsaw calendar day, at or after which the day has begun. */
function startOfDay(day: string): string {
  // Midnight in Warsaw is 22:00 or 23:00 UTC of the day before; the earliest instant whose Warsaw day is `day`.
  const candidates = [-2, -1, 0].map((h) => new Date(Date.parse(`${day}T00:00:00Z`) + h * 3600_000));
  return (candidates.find((instant) => dayOf(instant) === day) ?? new Date(`${day}T00:00:00Z`)).toISOString();
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Whether an approved version was ever public up to `now`: it was the live version (the rule
 * above, over the register as it stood then) at some moment, and it is not internal. Only such a
 * version may be shown in the archive (`/procedury/<slug>/wersje/<n>/`): an internal version or
 * one superseded before its window opened never was public, so it never is.
 */
export function wasPublic<T extends VersionLike>(version: T, history: readonly T[], now: Date): boolean {
  if (version.kind !== 'approval' || version.content?.internal === true) return false;
  const end = now.toISOString();
  if (version.decidedAt > end) return false;
  // The register's answer changes only at a decision or when a window opens or closes (local midnight).
  const moments = new Set<string>([version.decidedAt]);
  for (const entry of history) {
    if (entry.decidedAt >= version.decidedAt) moments.add(entry.decidedAt);
    if (entry.validFrom) moments.add(startOfDay(entry.validFrom));
    if (entry.validTo) moments.add(startOfDay(nextDay(entry.validTo)));
  }
  for (const moment of moments) {
    if (moment < version.decidedAt || moment > end) continue;
    const known = history.filter((entry) => entry.decidedAt <= moment);
    if (selectLive(known, dayOf(moment)) === version) return true;
  }
  return false;
}
