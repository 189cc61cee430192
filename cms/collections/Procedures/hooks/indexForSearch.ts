import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload';
import { staffSearch } from '../../../search/service';

/**
 * Every save keeps the staff search current (issue 12): the latest version, a draft too, replaces
 * what the index holds, within the request. The index is derived data: a failure here is logged
 * with the procedure and does not undo the editor's save (a save inside a transaction is read back
 * from the database shortly after anyway, so a rolled-back change does not stay in the index).
 */
export const indexAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  try {
    await staffSearch.index(doc, { inTransaction: req.transactionID != null });
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Staff search: indexing a saved procedure failed', procedure: doc.id });
  }
  return doc;
};

export const removeAfterDelete: CollectionAfterDeleteHook = ({ id, doc }) => {
  staffSearch.remove(id ?? doc.id);
  return doc;
};
