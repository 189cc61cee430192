/** What the live-version rule needs to know about one change-register entry. */
export interface RegisterEntryLike {
  kind: 'approval' | 'withdrawal';
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
  const ordered = [...entries].sort((a, b) => (a.decidedAt === b.decidedAt ? a.version - b.version : a.decidedAt < b.decidedAt ? -1 : 1));
  const lastWithdrawal = ordered.map((e) => e.kind).lastIndexOf('withdrawal');
  const approvals = ordered.slice(lastWithdrawal + 1).filter((e) => e.kind === 'approval');
  for (let i = approvals.length - 1; i >= 0; i--) {
    const entry = approvals[i] as T;
    if (inWindow(entry, day)) return entry;
  }
  return undefined;
}
