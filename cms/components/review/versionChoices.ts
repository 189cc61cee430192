import { formatDate, formatDateTime } from '../../../templates/format';
import type { DraftSave, RegisterItem } from './history';
import { type Names, saveLabel } from './historyText';

/** What one side of a comparison is: the latest draft, an approved version, or one earlier save of the draft. */
export type Side = { type: 'draft' } | { type: 'approved'; version: number } | { type: 'save'; id: string };

export interface VersionChoice {
  key: string;
  label: string;
  group: 'Szkic' | 'Zatwierdzone wersje' | 'Wcześniejsze zapisy szkicu';
}

/** The keys in the comparison's address (`?od=wersja-3&do=szkic`): readable, and stable while versions come and go. */
export const DRAFT_KEY = 'szkic';
export const approvedKey = (version: number) => `wersja-${version}`;
export const saveKey = (id: string) => `zapis-${id}`;

export function sideOf(key: string): Side | undefined {
  if (key === DRAFT_KEY) return { type: 'draft' };
  const approved = /^wersja-(\d+)$/.exec(key);
  if (approved) return { type: 'approved', version: Number(approved[1]) };
  const save = /^zapis-([\w-]+)$/.exec(key);
  return save?.[1] ? { type: 'save', id: save[1] } : undefined;
}

/** The live approved version; failing that (withdrawn, or not yet valid), the latest approved one. */
export function liveOrLatest(register: readonly RegisterItem[]): RegisterItem | undefined {
  const approvals = register.filter((e) => e.kind === 'approval').sort((a, b) => b.version - a.version);
  return approvals.find((e) => e.isLive) ?? approvals[0];
}

/** Everything a side may be, newest first within each group, labelled for the picker. */
export function versionChoices(register: readonly RegisterItem[], saves: readonly DraftSave[], names: Names): VersionChoice[] {
  const lastSave = saves.at(-1);
  const draft: VersionChoice = {
    key: DRAFT_KEY,
    label: lastSave ? `Szkic — ostatni zapis ${formatDateTime(lastSave.at)}` : 'Szkic (bieżąca treść)',
    group: 'Szkic',
  };
  const approved = register
    .filter((e) => e.kind === 'approval')
    .sort((a, b) => b.version - a.version)
    .map(
      (e): VersionChoice => ({
        key: approvedKey(e.version),
        label: `Wersja ${e.version} — zatwierdzona ${formatDate(e.decidedAt)}${e.isLive ? ' (opublikowana)' : ''}`,
        group: 'Zatwierdzone wersje',
      }),
    );
  const earlier = [...saves]
    .reverse()
    .map((s): VersionChoice => ({ key: saveKey(s.id), label: `Zapis ${saveLabel(s, names)}`, group: 'Wcześniejsze zapisy szkicu' }));
  return [draft, ...approved, ...earlier];
}

/** A key from the address when it names one of the choices, else the default. */
export function chosenKey(raw: unknown, choices: readonly VersionChoice[], fallback: string | undefined): string | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && choices.some((c) => c.key === value) ? value : fallback;
}
