import { EventEmitter } from 'node:events';
import type { Payload } from 'payload';
import type { Thesaurus, ThesaurusGroup } from '../../schemas/search/thesaurus';

/** A stored group (`thesaurus-groups`): its members as rows of one `value`. */
interface StoredGroup {
  terms?: { value?: string | null }[] | null;
  domain?: string | null;
  note?: string | null;
}

/** A stored group in the thesaurus file's shape (empty rows and empty optional keys left out). */
export function groupOf(doc: StoredGroup): ThesaurusGroup {
  const terms = (doc.terms ?? []).map((row) => row.value ?? '').filter((term) => term.trim() !== '');
  return {
    terms,
    ...(doc.domain ? { domain: doc.domain } : {}),
    ...(doc.note ? { note: doc.note } : {}),
  };
}

/** The longest label shown in lists (the group's members joined). */
const LABEL_LENGTH = 120;

/** A group's label in the admin's lists: its members joined. */
export function labelOf(terms: readonly string[]): string {
  const label = terms.join(' ↔ ');
  return label.length > LABEL_LENGTH ? `${label.slice(0, LABEL_LENGTH - 1)}…` : label;
}

/** A group as the collection stores it. */
export function storedGroup(group: ThesaurusGroup): Record<string, unknown> {
  return {
    terms: group.terms.map((value) => ({ value })),
    domain: group.domain ?? null,
    note: group.note ?? null,
    label: labelOf(group.terms),
  };
}

/**
 * The thesaurus in force: every group the procedures team keeps in the admin, in the order they
 * were created (a group's number is its place; the resident index and the staff search each
 * compile the list they were given). Handed by main.ts to the publisher for the resident index.
 */
export async function loadThesaurus(payload: Payload): Promise<Thesaurus> {
  const { docs } = await payload.find({
    collection: 'thesaurus-groups',
    sort: 'id',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  return { language: 'pl', groups: docs.map(groupOf).filter((group) => group.terms.length >= 2) };
}

const bus = new EventEmitter();

/** Announces that the team changed the thesaurus (the resident index should be rebuilt with it). */
export function emitThesaurusChanged(): void {
  bus.emit('changed');
}

/** Subscribes to thesaurus changes (main.ts hands them to the publisher); returns the unsubscribe function. */
export function onThesaurusChanged(listener: () => void): () => void {
  bus.on('changed', listener);
  return () => bus.off('changed', listener);
}
