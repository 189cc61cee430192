import type { ProcedureRecord } from '../../schemas/types.generated';

/**
 * A procedure as the staff search reads it: any saved version, a draft too, so every field may be
 * missing. `keywords` ("Inne nazwy i słowa kluczowe") once the schema has it.
 */
export type StaffRecord = Partial<ProcedureRecord> & { slug: string; keywords?: string[] };

/** The text of a record by field class (each class has its own weight in the ranking). */
export interface StaffText {
  title: string;
  keywords: string;
  summary: string;
  /** Every other public field. */
  body: string;
  /** The internal fields (template footnote *): call-center information, owner, coordinator. */
  internal: string;
}

const lines = (items: (string | null | undefined)[]) => items.filter((s): s is string => !!s && s.trim() !== '').join('\n');

function internalText(r: StaffRecord): string {
  const cc = r.callCenter;
  return lines([
    ...(cc?.contacts ?? []).flatMap((c) => [c.name, c.phone]),
    cc?.notes,
    ...(cc?.faq ?? []).flatMap((f) => [f.question, f.answer]),
    cc?.other,
    r.owner,
    r.coordinator,
  ]);
}

export function staffText(r: StaffRecord): StaffText {
  return {
    title: r.title ?? '',
    keywords: lines(r.keywords ?? []),
    summary: r.summary ?? '',
    body: lines([
      ...(r.steps ?? []).flatMap((s) => [s.name, s.comment]),
      ...(r.onlineActions ?? []),
      ...(r.usefulInfo ?? []),
      r.howTo,
      r.additionalInfo,
      r.deadline?.description,
      r.place,
      r.appointments,
      ...(r.fees ?? []).flatMap((f) => [f.type, f.amount, f.account, f.remarks]),
      r.submissionChannels,
      r.submissionDeadline,
      ...(r.requiredDocuments ?? []).map((d) => d.name),
      ...(r.otherDocuments ?? []).map((d) => d.name),
      ...(r.legalBasis ?? []),
      r.appeal,
      r.reuseConditions,
      ...(r.responsiblePersons ?? []),
      r.unit,
      r.department,
      r.slug,
    ]),
    internal: internalText(r),
  };
}
