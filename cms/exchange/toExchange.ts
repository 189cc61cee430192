import { isCalendarDate } from '../../schemas/dates';
import { compact, nonEmpty } from '../../schemas/rules/compact';
import { storedToDay } from '../../schemas/rules/time';
import type { ProcedureRecord } from '../../schemas/types.generated';
import type { Id, Lookups } from './types';

type Doc = Record<string, unknown>;
type Ref = Id | { id: Id; [key: string]: unknown } | null | undefined;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

const rows = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : []);

/** A select with many values, as stored (a list of strings). */
const strings = <T extends string>(value: unknown): T[] | undefined =>
  nonEmpty((Array.isArray(value) ? value : []).filter((v): v is T => typeof v === 'string'));

const values = (value: unknown): string[] =>
  rows(value)
    .map((row) => str(row.value))
    .filter((v): v is string => v !== undefined);

/**
 * A day field as the exchange format writes it. An API client may send a bare `YYYY-MM-DD`; it is
 * taken literally, so that an impossible date (2027-02-30) reaches the schema check instead of
 * being rolled over to 2 March by `Date`.
 */
function exchangeDay(raw: unknown): string | undefined {
  if (typeof raw === 'string') {
    const datePart = /^(\d{4}-\d{2}-\d{2})(T|$)/.exec(raw)?.[1];
    if (datePart && (raw.length === 10 || !isCalendarDate(datePart))) return datePart;
  }
  return storedToDay(raw as string | Date | null | undefined);
}

async function resolve(ref: Ref, field: string, lookup: (id: Id) => Promise<string | undefined>): Promise<string | undefined> {
  if (ref == null) return undefined;
  if (typeof ref === 'object') {
    const populated = ref[field];
    if (typeof populated === 'string') return populated;
    return lookup(ref.id);
  }
  return lookup(ref);
}

const refs = (value: unknown): Ref[] => (Array.isArray(value) ? (value as Ref[]) : []);

async function relatedSlugs(doc: Doc, lookups: Lookups): Promise<string[]> {
  const related: string[] = [];
  for (const ref of refs(doc.related)) {
    const slug = await resolve(ref, 'slug', (id) => lookups.procedureSlug(id));
    if (slug) related.push(slug);
  }
  return related;
}

async function documentsOf(doc: Doc, lookups: Lookups) {
  const file = (ref: unknown) => resolve(ref as Ref, 'filename', (id) => lookups.fileName(id));
  const requiredDocuments = [];
  for (const row of rows(doc.requiredDocuments)) {
    requiredDocuments.push(
      compact({
        group: (str(row.group) ?? 'submit') as 'submit' | 'inspect',
        name: str(row.name),
        formats: strings(row.formats),
        formatNotes: str(row.formatNotes),
        file: await file(row.file),
        sampleFile: await file(row.sampleFile),
        eForms: nonEmpty(rows(row.eForms).map((f) => ({ platform: str(f.platform), url: str(f.url) }))),
      }),
    );
  }
  const otherDocuments = [];
  for (const row of rows(doc.otherDocuments)) otherDocuments.push(compact({ name: str(row.name), file: await file(row.file) }));
  return { requiredDocuments: nonEmpty(requiredDocuments), otherDocuments: nonEmpty(otherDocuments) };
}

function callCenterOf(doc: Doc) {
  const callCenter = (doc.callCenter ?? {}) as Doc;
  const record = compact({
    contacts: nonEmpty(rows(callCenter.contacts).map((c) => ({ name: str(c.name), phone: str(c.phone) }))),
    notes: str(callCenter.notes),
    faq: nonEmpty(rows(callCenter.faq).map((f) => ({ question: str(f.question), answer: str(f.answer) }))),
    other: str(callCenter.other),
  });
  return Object.keys(record).length > 0 ? record : undefined;
}

function deadlineOf(doc: Doc) {
  const deadline = (doc.deadline ?? {}) as Doc;
  return compact({
    value: typeof deadline.value === 'number' ? deadline.value : undefined,
    unit: str(deadline.unit) as 'days' | 'weeks' | 'months' | undefined,
    description: str(deadline.description),
  });
}

/**
 * A stored procedure (Payload document, populated or not) in the exchange format. Keys come in
 * the schema's order and empty optional parts are left out, so the output is byte-stable.
 */
export async function toExchange(doc: Doc, lookups: Lookups): Promise<ProcedureRecord> {
  const { requiredDocuments, otherDocuments } = await documentsOf(doc, lookups);
  return compact({
    slug: str(doc.slug),
    title: str(doc.title),
    keywords: nonEmpty(values(doc.keywords)),
    internal: doc.internal === true,
    related: nonEmpty(await relatedSlugs(doc, lookups)),
    validFrom: exchangeDay(doc.validFrom),
    validTo: exchangeDay(doc.validTo),
    informationCreatedAt: exchangeDay(doc.informationCreatedAt),
    summary: str(doc.summary),
    steps: rows(doc.steps).map((s) =>
      compact({ name: str(s.name), comment: str(s.comment), online: s.online === true, eAuth: strings(s.eAuth) }),
    ),
    onlineActions: nonEmpty(values(doc.onlineActions)),
    usefulInfo: nonEmpty(values(doc.usefulInfo)),
    howTo: str(doc.howTo),
    additionalInfo: str(doc.additionalInfo),
    deadline: deadlineOf(doc),
    place: str(doc.place),
    appointments: str(doc.appointments),
    appointmentRequired: doc.appointmentRequired === true,
    fees: rows(doc.fees).map((f) =>
      compact({
        type: str(f.type),
        amount: str(f.amount),
        account: str(f.account),
        remarks: str(f.remarks),
        onlinePayment: strings(f.onlinePayment),
      }),
    ),
    submissionChannels: str(doc.submissionChannels),
    submissionDeadline: str(doc.submissionDeadline),
    requiredDocuments,
    otherDocuments,
    callCenter: callCenterOf(doc),
    legalBasis: values(doc.legalBasis),
    legalBasisEli: nonEmpty(rows(doc.legalBasisEli).map((e) => ({ entry: str(e.entry) ?? '', eli: str(e.eli) ?? null }))),
    appeal: str(doc.appeal),
    reuseConditions: str(doc.reuseConditions),
    owner: str(doc.owner),
    responsiblePersons: values(doc.responsiblePersons),
    coordinator: str(doc.coordinator),
    unit: str(doc.unit),
    department: await resolve(doc.department as Ref, 'name', (id) => lookups.departmentName(id)),
    inEzd: doc.inEzd === true,
  }) as ProcedureRecord;
}
