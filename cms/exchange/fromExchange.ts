import { dayToStored } from '../../schemas/rules/time';
import type { ProcedureRecord } from '../../schemas/types.generated';
import type { Id } from './types';

/** Finds the ids of things the exchange format names (by slug, department name, file name). */
export interface ReverseLookups {
  procedureId(slug: string): Id | undefined;
  departmentId(name: string): Id | undefined;
  documentId(fileName: string): Id | undefined;
}

const toRows = (list: readonly string[] | undefined) => (list ?? []).map((value) => ({ value }));
const day = (value: string | null | undefined) => (value ? dayToStored(value) : null);

/** The documents' rows, files as the ids of the stored documents. */
function documentsData(record: ProcedureRecord, fileId: (name: string | undefined) => Id | null) {
  return {
    requiredDocuments: (record.requiredDocuments ?? []).map((d) => ({
      group: d.group,
      name: d.name,
      formats: d.formats ?? [],
      formatNotes: d.formatNotes ?? null,
      file: fileId(d.file),
      sampleFile: fileId(d.sampleFile),
      eForms: (d.eForms ?? []).map((f) => ({ platform: f.platform, url: f.url })),
    })),
    otherDocuments: (record.otherDocuments ?? []).map((d) => ({ name: d.name, file: fileId(d.file) })),
  };
}

function callCenterData(callCenter: ProcedureRecord['callCenter']) {
  return {
    contacts: (callCenter?.contacts ?? []).map((c) => ({ name: c.name, phone: c.phone })),
    notes: callCenter?.notes ?? null,
    faq: (callCenter?.faq ?? []).map((f) => ({ question: f.question, answer: f.answer })),
    other: callCenter?.other ?? null,
  };
}

/**
 * An exchange-format record as Payload data. Every key is set (empty where the record has
 * nothing), so that importing a changed record also clears what it no longer has.
 */
export function fromExchange(record: ProcedureRecord, lookups: ReverseLookups): Record<string, unknown> {
  const fileId = (name: string | undefined) => (name ? (lookups.documentId(name) ?? null) : null);
  return {
    slug: record.slug,
    title: record.title,
    keywords: toRows(record.keywords),
    internal: record.internal,
    related: (record.related ?? []).map((slug) => lookups.procedureId(slug)).filter((id) => id !== undefined),
    validFrom: day(record.validFrom),
    validTo: day(record.validTo),
    informationCreatedAt: day(record.informationCreatedAt),
    summary: record.summary,
    steps: record.steps.map((s) => ({ name: s.name, comment: s.comment ?? null, online: s.online, eAuth: s.eAuth ?? [] })),
    onlineActions: toRows(record.onlineActions),
    usefulInfo: toRows(record.usefulInfo),
    howTo: record.howTo,
    additionalInfo: record.additionalInfo ?? null,
    deadline: {
      value: record.deadline.value ?? null,
      unit: record.deadline.unit ?? null,
      description: record.deadline.description ?? null,
    },
    place: record.place,
    appointments: record.appointments,
    appointmentRequired: record.appointmentRequired,
    fees: record.fees.map((f) => ({
      type: f.type,
      amount: f.amount,
      account: f.account ?? null,
      remarks: f.remarks ?? null,
      onlinePayment: f.onlinePayment ?? [],
    })),
    submissionChannels: record.submissionChannels,
    submissionDeadline: record.submissionDeadline ?? null,
    ...documentsData(record, fileId),
    callCenter: callCenterData(record.callCenter),
    legalBasis: toRows(record.legalBasis),
    legalBasisEli: (record.legalBasisEli ?? []).map((e) => ({ entry: e.entry, eli: e.eli })),
    appeal: record.appeal,
    reuseConditions: record.reuseConditions ?? null,
    owner: record.owner,
    responsiblePersons: toRows(record.responsiblePersons),
    coordinator: record.coordinator,
    unit: record.unit,
    department: lookups.departmentId(record.department) ?? null,
    inEzd: record.inEzd ?? false,
  };
}

export { toPayloadPath } from './phraseLists';
