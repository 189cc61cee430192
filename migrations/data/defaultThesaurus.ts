import { randomBytes } from 'node:crypto';
import { storedGroup } from '../../cms/search/thesaurus';
import { loadDefaultThesaurus } from '../../schemas/search/thesaurusFile';

/** A row of `thesaurus_groups` as the migration writes it (ids given, since the table is new and empty). */
export interface ThesaurusGroupRow {
  id: number;
  domain: string | null;
  note: string | null;
  label: string;
}

/** A row of `thesaurus_groups_terms`: one member of a group, in its place. */
export interface ThesaurusTermRow {
  id: string;
  parentId: number;
  order: number;
  value: string;
}

/**
 * The default thesaurus (`schemas/search/thesaurus.pl.json`, checked whole by its own rules) as
 * table rows, for the migration that creates the thesaurus tables: every database holds it from
 * that migration on — whatever touches the database first (the server, the importer, the
 * publisher) — and the procedures team edits it afterwards, down to emptying it.
 * Plain rows rather than Payload's API, because a later migration may change the collection's
 * shape and this one must keep running against the tables as they were when it was written.
 */
export function defaultThesaurusRows(): { groups: ThesaurusGroupRow[]; terms: ThesaurusTermRow[] } {
  const groups: ThesaurusGroupRow[] = [];
  const terms: ThesaurusTermRow[] = [];
  loadDefaultThesaurus().groups.forEach((group, index) => {
    const stored = storedGroup(group) as { domain: string | null; note: string | null; label: string };
    const id = index + 1;
    groups.push({ id, domain: stored.domain, note: stored.note, label: stored.label });
    // Array rows carry their own ids, as Payload's operations give them (24 hex digits).
    for (const [order, value] of group.terms.entries())
      terms.push({ id: randomBytes(12).toString('hex'), parentId: id, order: order + 1, value });
  });
  return { groups, terms };
}

/** Rows per INSERT: well under SQLite's limit on bound parameters. */
const ROWS_PER_INSERT = 200;

/** `items` in runs of at most `ROWS_PER_INSERT`. */
export function inBatches<T>(items: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += ROWS_PER_INSERT) batches.push(items.slice(start, start + ROWS_PER_INSERT));
  return batches;
}

/** The line the migration logs, which the importer's and the server's output show once per database. */
export function defaultThesaurusLoaded(groups: number): string {
  return `Tezaurus wyszukiwarki: wczytano domyślny (${groups} grup).`;
}
