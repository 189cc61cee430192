import type { Payload } from 'payload';
import type { Thesaurus, ThesaurusGroup } from '../schemas/search/thesaurus';
import { checkThesaurus, loadDefaultThesaurus } from '../schemas/search/thesaurusFile';

/** The procedures team's synonym groups (cms/collections/ThesaurusGroups): its members as rows of one `value`. */
export const THESAURUS_COLLECTION = 'thesaurus-groups';

interface StoredGroup {
  terms?: { value?: string | null }[] | null;
  domain?: string | null;
  note?: string | null;
}

/** A stored group in the thesaurus file's shape: empty rows and empty optional keys left out. */
function groupOf(doc: StoredGroup): ThesaurusGroup {
  const terms = (doc.terms ?? []).map((row) => row.value ?? '').filter((term) => term.trim() !== '');
  return { terms, ...(doc.domain ? { domain: doc.domain } : {}), ...(doc.note ? { note: doc.note } : {}) };
}

/**
 * The thesaurus the resident index is built with: the groups the procedures team keeps in the
 * admin (`thesaurus-groups`, read through Payload's API like the change register, in the order
 * they were created — a group's number is its place). Every database starts with the default
 * thesaurus (the migration that creates the collection fills it), so an empty collection means the
 * team emptied it, and the staff search does the same; only a configuration without the collection
 * falls back to the repository's default (`schemas/search/thesaurus.pl.json`).
 * Checked by the one thesaurus check; a stored group that breaks it fails the run loudly.
 */
export async function loadThesaurus(payload: Payload): Promise<{ thesaurus: Thesaurus; source: 'cms' | 'default' }> {
  if (!(THESAURUS_COLLECTION in payload.collections)) return { thesaurus: loadDefaultThesaurus(), source: 'default' };
  const { docs } = await payload.find({
    collection: THESAURUS_COLLECTION as never,
    sort: 'id',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  const groups = (docs as StoredGroup[]).map(groupOf).filter((group) => group.terms.length >= 2);
  // The team emptied it: no synonyms (a thesaurus file needs a group, the collection does not).
  if (groups.length === 0) return { thesaurus: { language: 'pl', groups: [] }, source: 'cms' };
  const checked = checkThesaurus({ language: 'pl', groups });
  if (!checked.ok) throw new Error(`Tezaurus wyszukiwarki jest nieprawidłowy: ${checked.issues.map((i) => i.message).join(' ')}`);
  return { thesaurus: checked.thesaurus, source: 'cms' };
}
