/** A change-register entry as the history reads it (content left out: the history needs none). */
export interface RegisterItem {
  id: string;
  kind: 'approval' | 'withdrawal' | 'verification';
  version: number;
  decidedAt: string;
  decidedByName: string;
  submittedByName?: string;
  note?: string;
  isLive: boolean;
}

/** One stored Payload version of the procedure: a save of the draft, or the record a transition left. */
export interface StoredVersion {
  id: string;
  savedAt: string;
  /** The workflow state the version was saved in. */
  state: string;
  /** Payload's own status: "published" only for the approval's record. */
  status: string;
  /** Everyone who wrote a part of the change since the last approval, as of this version. */
  contributors: string[];
}

/** A save of the draft, with its author where the stored versions tell who it was. */
export interface DraftSave {
  id: string;
  at: string;
  authorId?: string;
}

export type HistoryEntry =
  | { type: 'draft'; saves: DraftSave[] }
  | { type: 'approval'; entry: RegisterItem; saves: DraftSave[] }
  | { type: 'withdrawal' | 'verification'; entry: RegisterItem };

const byTime =
  <T>(at: (item: T) => string) =>
  (a: T, b: T) =>
    Date.parse(at(a)) - Date.parse(at(b));

/**
 * A transition leaves a version too (the workflow writes its state): it is no save of anybody's.
 * Submission, return and withdrawal move the state away from "draft"; approval publishes. A save
 * by a person keeps the state or turns a decided procedure back into a draft.
 */
function isTransitionRecord(version: StoredVersion, previous: StoredVersion | undefined): boolean {
  if (version.status === 'published') return true;
  return previous !== undefined && version.state !== previous.state && version.state !== 'draft';
}

/**
 * Who saved: the versions keep no author, but each save adds its author to the contributors since
 * the last approval, so a newcomer in the list is the author, and a list of one names the author
 * too. When several people were already in it, the author is not known and is not guessed.
 */
function authorOf(version: StoredVersion, previous: StoredVersion | undefined): string | undefined {
  const before = new Set(previous?.contributors ?? []);
  const newcomers = version.contributors.filter((id) => !before.has(id));
  if (newcomers.length === 1) return newcomers[0];
  return version.contributors.length === 1 ? version.contributors[0] : undefined;
}

/** The saves of the draft among the stored versions, oldest first. */
export function draftSaves(versions: readonly StoredVersion[]): DraftSave[] {
  const sorted = [...versions].sort(byTime((v) => v.savedAt));
  return sorted.flatMap((version, i) => {
    const previous = sorted[i - 1];
    if (isTransitionRecord(version, previous)) return [];
    const authorId = authorOf(version, previous);
    return [{ id: version.id, at: version.savedAt, ...(authorId === undefined ? {} : { authorId }) }];
  });
}

/**
 * One history in the editor's words, newest first: the saves (`draftSaves`, oldest first) since
 * the last approval as the current draft, each approved version with the saves that led to it, and the withdrawals and
 * confirmations of validity where they happened.
 */
export function buildHistory(register: readonly RegisterItem[], saves: readonly DraftSave[]): HistoryEntry[] {
  const entries = [...register].sort(byTime((e) => e.decidedAt));
  const approvals = entries.filter((e) => e.kind === 'approval');
  const savesOf = new Map<string, DraftSave[]>();
  const current: DraftSave[] = [];
  for (const save of saves) {
    const approval = approvals.find((a) => Date.parse(a.decidedAt) >= Date.parse(save.at));
    if (!approval) current.push(save);
    else savesOf.set(approval.id, [...(savesOf.get(approval.id) ?? []), save]);
  }
  const history: HistoryEntry[] = entries.map((entry) =>
    entry.kind === 'approval' ? { type: 'approval', entry, saves: savesOf.get(entry.id) ?? [] } : { type: entry.kind, entry },
  );
  if (current.length > 0) history.push({ type: 'draft', saves: current });
  return history.reverse();
}
