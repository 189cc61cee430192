import type { CollectionConfig } from 'payload';
import thesaurusSchema from '../../../schemas/thesaurus.schema.json' with { type: 'json' };
import { isProceduresTeam } from '../../access/isProceduresTeam';
import { isStaff } from '../../access/isStaff';
import { applyAfterChange, applyAfterDelete } from './hooks/applyThesaurus';
import { checkGroup } from './hooks/checkGroup';

const group = thesaurusSchema.$defs.group.properties;

/**
 * The search thesaurus (issue 12): groups of words residents and officials use for the same
 * matter ("meldunek ↔ zameldowanie"), applied to the staff search and the resident index. Kept by
 * the procedures team, read by staff; the default thesaurus of the repository comes into every
 * database with the migration that creates this collection (migrations/data/defaultThesaurus.ts).
 */
export const ThesaurusGroups: CollectionConfig = {
  slug: 'thesaurus-groups',
  labels: {
    singular: { pl: 'Grupa synonimów', en: 'Synonym group' },
    plural: { pl: 'Tezaurus wyszukiwarki', en: 'Search thesaurus' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'domain', 'updatedAt'],
    description: thesaurusSchema.description,
  },
  defaultSort: 'id',
  // Domains are Polish words ("podatki i opłaty"), which GraphQL cannot name as enum values; the
  // thesaurus is kept over REST and the admin only.
  graphQL: false,
  access: { read: isStaff, create: isProceduresTeam, update: isProceduresTeam, delete: isProceduresTeam },
  hooks: { beforeChange: [checkGroup], afterChange: [applyAfterChange], afterDelete: [applyAfterDelete] },
  fields: [
    {
      name: 'terms',
      type: 'array',
      label: { pl: 'Słowa i wyrażenia', en: 'Words and phrases' },
      labels: { singular: { pl: 'Człon', en: 'Term' }, plural: { pl: 'Człony', en: 'Terms' } },
      admin: { description: group.terms.description },
      fields: [{ name: 'value', type: 'text', required: true, label: { pl: 'Słowo lub wyrażenie', en: 'Word or phrase' } }],
    },
    {
      name: 'domain',
      type: 'select',
      label: { pl: 'Dziedzina spraw', en: 'Domain' },
      options: group.domain.enum.map((value) => ({ value, label: value })),
      admin: { description: group.domain.description },
    },
    { name: 'note', type: 'textarea', label: { pl: 'Uwaga', en: 'Note' }, admin: { description: group.note.description } },
    {
      name: 'label',
      type: 'text',
      label: { pl: 'Grupa', en: 'Group' },
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
};
