import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload';
import { staffSearch } from '../../../search/service';
import { emitThesaurusChanged } from '../../../search/thesaurus';

/**
 * A change of the thesaurus applies at once: the staff search rebuilds with it (the current index
 * answers meanwhile) and whoever publishes the resident index hears of it. (The default thesaurus
 * comes with a migration, below Payload's API: nothing was built with another one yet.)
 */
export const applyAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  staffSearch.thesaurusChanged();
  emitThesaurusChanged();
  return doc;
};

export const applyAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  staffSearch.thesaurusChanged();
  emitThesaurusChanged();
  return doc;
};
