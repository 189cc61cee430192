import { countOf, formatDate, formatDateTime, type PluralForms } from '../../../templates/format';
import type { DraftSave, RegisterItem } from './history';

const SAVES: PluralForms = { one: 'zapis', few: 'zapisy', many: 'zapisów', other: 'zapisu' };

/** Names of the staff by account id, as the history prints them ("Kowalski Jan"). */
export type Names = ReadonlyMap<string, string>;

const byWhom = (authorId: string | undefined, names: Names) => {
  const name = authorId === undefined ? undefined : names.get(authorId);
  return name ? ` — ${name}` : '';
};

/** One save: "29.11.2026, 14:01 — Kowalski Jan". */
export function saveLabel(save: DraftSave, names: Names): string {
  return `${formatDateTime(save.at)}${byWhom(save.authorId, names)}`;
}

/** A group of saves: "7 zapisów od 12.11.2026, ostatni 29.11.2026, 14:01 — Kowalski Jan"; one save: "1 zapis, 29.11.2026, 14:01 — …". */
export function savesSummary(saves: readonly DraftSave[], names: Names): string {
  const first = saves[0];
  const last = saves.at(-1);
  if (!first || !last) return `0 ${SAVES.many}`;
  if (saves.length === 1) return `1 ${SAVES.one}, ${saveLabel(last, names)}`;
  return `${countOf(saves.length, SAVES)} od ${formatDate(first.at)}, ostatni ${saveLabel(last, names)}`;
}

/** "Wersja 3 — zatwierdzona 29.11.2026". */
export function approvalHeading(entry: Pick<RegisterItem, 'version' | 'decidedAt'>): string {
  return `Wersja ${entry.version} — zatwierdzona ${formatDate(entry.decidedAt)}`;
}

/** The heading of a withdrawal or a confirmation of validity, in the register's words. */
export function decisionHeading(entry: Pick<RegisterItem, 'kind' | 'version' | 'decidedAt'>): string {
  if (entry.kind === 'withdrawal') return `Wycofanie z publikacji — ${formatDate(entry.decidedAt)}`;
  if (entry.kind === 'verification') return `Potwierdzenie aktualności wersji ${entry.version} — ${formatDate(entry.decidedAt)}`;
  return approvalHeading(entry);
}
