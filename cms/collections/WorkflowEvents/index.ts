import type { CollectionConfig } from 'payload';
import { COMPLETENESS_POINT_IDS } from '../../../schemas/quality/completeness';
import { completenessMessages } from '../../../schemas/quality/messages.pl';
import { denyAll } from '../../access/denyAll';
import { isStaff } from '../../access/isStaff';
import { dayAndTime } from '../../admin/dateFormats';
import { procedureRef } from '../../fields/procedureRef';
import { STATE_LABELS, TRANSITION_EVENT_LABELS, TRANSITION_NAMES, WORKFLOW_STATES } from '../../workflow/states';

const stateOptions = WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] }));

/** Every transition of every procedure: who, when, from, to, comment. Readable by staff, never editable or deletable. */
export const WorkflowEvents: CollectionConfig = {
  slug: 'workflow-events',
  labels: {
    singular: { pl: 'Zdarzenie obiegu', en: 'Workflow event' },
    plural: { pl: 'Dziennik obiegu', en: 'Workflow log' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['procedure', 'transition', 'from', 'to', 'byName', 'at', 'comment', 'justification'],
    description: 'Każda zmiana stanu procedury: kto, kiedy, z jakiego stanu, do jakiego, z jakim komentarzem.',
  },
  access: { read: isStaff, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    procedureRef,
    {
      name: 'transition',
      type: 'select',
      required: true,
      label: { pl: 'Czynność', en: 'Transition' },
      options: TRANSITION_NAMES.map((value) => ({ value, label: TRANSITION_EVENT_LABELS[value] })),
    },
    { name: 'from', type: 'select', options: stateOptions, label: { pl: 'Ze stanu', en: 'From' } },
    { name: 'to', type: 'select', required: true, options: stateOptions, label: { pl: 'Do stanu', en: 'To' } },
    { name: 'by', type: 'relationship', relationTo: 'users', label: { pl: 'Konto', en: 'User' } },
    { name: 'byName', type: 'text', required: true, label: { pl: 'Kto', en: 'Who' } },
    { name: 'at', type: 'date', required: true, label: { pl: 'Kiedy', en: 'When' }, admin: { date: dayAndTime } },
    { name: 'comment', type: 'textarea', label: { pl: 'Komentarz / opis zmiany', en: 'Comment / note' } },
    {
      // An approval of a description missing points of the EU Single Digital Gateway's list (issue 14).
      name: 'missingPoints',
      type: 'select',
      hasMany: true,
      options: COMPLETENESS_POINT_IDS.map((value) => ({ value, label: completenessMessages.label[value] })),
      label: { pl: 'Zatwierdzono mimo braków (jednolita bramka cyfrowa UE)', en: 'Approved with missing SDGR points' },
    },
    { name: 'justification', type: 'textarea', label: { pl: 'Uzasadnienie zatwierdzenia mimo braków', en: 'Justification' } },
    { name: 'summary', type: 'text', label: { pl: 'Opis', en: 'Summary' }, admin: { hidden: true } },
  ],
};
