import type { RelationshipField } from 'payload';
import { relationTitleCell } from '../admin/cells';

/** The procedure a workflow record belongs to (change requests, register entries, events). */
export const procedureRef: RelationshipField = {
  name: 'procedure',
  type: 'relationship',
  relationTo: 'procedures',
  required: true,
  index: true,
  label: { pl: 'Procedura', en: 'Procedure' },
  admin: { components: relationTitleCell },
};
