import type { CollectionConfig, Field } from 'payload';
import { isProceduresTeam } from '../../access/isProceduresTeam';
import { isStaff } from '../../access/isStaff';
import { canCreateProcedure, ownDepartmentOrTeam } from '../../access/ownDepartmentOrTeam';
import { dayAndTime } from '../../admin/dateFormats';
import { procedureViews } from '../../admin/procedureViews';
import { qualityPanelField } from '../../components/quality/panelField';
import { STATE_LABELS, WORKFLOW_STATES } from '../../workflow/states';
import { previewEndpoints } from './endpoints/preview';
import { qualityEndpoint } from './endpoints/quality';
import { transitionEndpoints } from './endpoints/transitions';
import { notCallCenter } from './fieldKinds';
import { closePublishPaths } from './hooks/closePublishPaths';
import { guardWorkflow } from './hooks/guardWorkflow';
import { indexAfterChange, removeAfterDelete } from './hooks/indexForSearch';
import { restoreRankOrder, searchInList } from './hooks/searchInList';
import { slugFromTitle, slugOfCopy } from './hooks/slugFromTitle';
import { validateAgainstSchema } from './hooks/validateAgainstSchema';
import { reviewFields } from './reviewFields';
import { assertFieldsMatchSchema, withInternalAccess } from './schemaFields';
import { fieldTabIndex, withSchemaHints } from './schemaHints';
import { schemaValidate } from './schemaValidate';
import { callCenterTab } from './tabs/callCenter';
import { deadlinePlaceTab } from './tabs/deadlinePlace';
import { detailsTab } from './tabs/details';
import { documentsTab } from './tabs/documents';
import { feesTab } from './tabs/fees';
import { legalTab } from './tabs/legal';
import { ownerTab } from './tabs/owner';
import { procedureTab } from './tabs/procedure';
import { summaryTab } from './tabs/summary';

/** Every named top-level field except the call-center section is closed to call-center staff. */
function closeToCallCenter(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: closeToCallCenter(field.fields) };
    if (!('name' in field) || field.name === 'callCenter') return field;
    const access = (field as { access?: Record<string, unknown> }).access;
    return { ...field, access: { ...access, update: notCallCenter } } as Field;
  });
}

const tabs = [procedureTab, summaryTab, detailsTab, deadlinePlaceTab, feesTab, documentsTab, callCenterTab, legalTab, ownerTab].map(
  (tab) => (tab === callCenterTab ? tab : { ...tab, fields: closeToCallCenter(tab.fields) }),
);

/** The fields, with the schema's internal marks applied; checked against the schema when the config is built. */
const fields: Field[] = withInternalAccess([
  {
    name: 'slug',
    type: 'text',
    label: { pl: 'Identyfikator adresu', en: 'Slug' },
    unique: true,
    index: true,
    validate: schemaValidate,
    access: { update: notCallCenter },
    hooks: { beforeValidate: [slugFromTitle], beforeDuplicate: [slugOfCopy] },
    admin: {
      position: 'sidebar',
      description: 'Część adresu strony w portalu, np. „wymiana-dowodu-osobistego”. Tworzony z nazwy; nie zmieniaj po publikacji.',
    },
  },
  {
    name: 'workflowState',
    type: 'select',
    label: { pl: 'Stan obiegu', en: 'Workflow state' },
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
    access: { update: () => false },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Zmienia się tylko przez czynności obiegu: złożenie, zatwierdzenie, zwrot, wycofanie.',
    },
  },
  {
    name: 'currentVersion',
    type: 'number',
    label: { pl: 'Ostatnia zatwierdzona wersja', en: 'Last approved version' },
    defaultValue: 0,
    access: { update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'lastSubmittedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { pl: 'Wniosek złożył(a)', en: 'Submitted by' },
    access: { update: () => false },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.lastSubmittedBy) },
  },
  {
    name: 'lastSubmittedAt',
    type: 'date',
    label: { pl: 'Data wniosku', en: 'Submitted at' },
    access: { update: () => false },
    admin: { position: 'sidebar', readOnly: true, date: dayAndTime, condition: (data) => Boolean(data?.lastSubmittedAt) },
  },
  {
    // Four eyes (DESIGN.md, "Workflow"): who wrote any part of the change since the last approval.
    name: 'contributors',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    label: { pl: 'Autorzy zmiany od ostatniego zatwierdzenia', en: 'Authors since the last approval' },
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Array.isArray(data?.contributors) && data.contributors.length > 0 },
  },
  ...reviewFields,
  // "Jakość opisu" in the sidebar: the SDGR checklist, the review and "Potwierdź aktualność" (cms/components/quality).
  qualityPanelField(fieldTabIndex(tabs)),
  {
    name: 'revision',
    type: 'number',
    defaultValue: 1,
    label: { pl: 'Rewizja', en: 'Revision' },
    admin: { hidden: true },
  },
  // Above the form: the last decision in the reviewer's words, and what a submission needs.
  { name: 'decisionNotice', type: 'ui', admin: { components: { Field: '/components/workflow/DecisionNotice#DecisionNotice' } } },
  { type: 'tabs', tabs },
]);
assertFieldsMatchSchema(fields);

export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: {
    singular: { pl: 'Procedura', en: 'Procedure' },
    plural: { pl: 'Procedury', en: 'Procedures' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'workflowState', 'currentVersion', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'summary'],
    description: 'Opisy procedur według wzoru z Zarządzenia Nr 734/2023 Prezydenta Miasta Łodzi.',
    // Publication happens only by approval: the workflow's buttons take the place of "Publish".
    components: {
      edit: {
        PublishButton: { path: '/components/WorkflowActions#WorkflowActions', clientProps: { fieldTabs: fieldTabIndex(tabs) } },
        UnpublishButton: '/components/Hidden#Hidden',
        Status: '/components/Hidden#Hidden',
      },
      views: { edit: procedureViews },
    },
  },
  versions: {
    // Payload's own checks run on drafts too, so the form keeps a refused draft's errors at their fields;
    // the template's rules are the schema's, checked on every save by validateAgainstSchema.
    drafts: { validate: true },
    maxPerDoc: 0,
  },
  access: {
    // Anonymous readers get the live, public versions from the change register, never a draft.
    read: isStaff,
    readVersions: isStaff,
    create: canCreateProcedure,
    update: ownDepartmentOrTeam,
    delete: isProceduresTeam,
  },
  hooks: {
    beforeOperation: [closePublishPaths, searchInList],
    beforeChange: [guardWorkflow, validateAgainstSchema],
    afterChange: [indexAfterChange],
    afterDelete: [removeAfterDelete],
    afterOperation: [restoreRankOrder],
  },
  endpoints: [...transitionEndpoints, qualityEndpoint, ...previewEndpoints],
  fields: withSchemaHints(fields),
};
