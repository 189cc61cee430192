import { type CollectionBeforeChangeHook, ValidationError } from 'payload';
import { checkThesaurusGroup } from '../../../../schemas/search/thesaurusFile';
import { groupOf, labelOf } from '../../../search/thesaurus';

/** A path of the group as the thesaurus file has it (`terms.1`) as the collection's field (`terms.1.value`). */
const fieldPath = (path: string) => (/^terms\.\d+$/.test(path) ? `${path}.value` : path || 'terms');

/**
 * A group is checked by the thesaurus file's own rules (`schemas/thesaurus.schema.json`: 2–30
 * members of 2–80 characters and at most 8 words, no member made only of skipped words like
 * "jak się", a known domain), each problem a Polish message on its field; the label lists the
 * members for the admin's lists.
 */
export const checkGroup: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data };
  const group = groupOf(merged);
  const issues = checkThesaurusGroup(group);
  if (issues.length > 0) {
    throw new ValidationError(
      { collection: 'thesaurus-groups', errors: issues.map((issue) => ({ path: fieldPath(issue.path), message: issue.message })), req },
      req.t,
    );
  }
  return { ...data, terms: group.terms.map((value) => ({ value })), label: labelOf(group.terms) };
};
