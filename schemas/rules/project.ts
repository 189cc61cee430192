import type { Attachment, ChangeRegisterEntry as ChangeRegisterItem, ProcedureRecord, PublicProcedure } from '../types.generated';
import { compact, nonEmpty } from './compact';
import type { ApprovedFile } from './files';
import type { RegisterEntry } from './register';
import { warsawDay } from './time';

export interface ProjectionContext {
  /** Europe/Warsaw day of the run. */
  day: string;
  /** Titles of the procedures that are public in this release (related links only to them). */
  liveTitles: ReadonlyMap<string, string>;
  /** Where a release serves an approved file (publisher/fileUrls.ts). */
  fileUrl: (file: ApprovedFile) => string;
}

/** A file the version names, as the approval fixed it; a version approved without it has none. */
function attachment(fileName: string | undefined, entry: RegisterEntry, ctx: ProjectionContext): Attachment | undefined {
  const file = fileName ? entry.files?.find((f) => f.fileName === fileName) : undefined;
  return file
    ? { fileName: file.fileName, url: ctx.fileUrl(file), mediaType: file.mediaType, size: file.size, sha256: file.sha256 }
    : undefined;
}

/** Entries a reader may see in the change register on `day`: withdrawals, and approvals once in force. */
export function visibleHistory(history: readonly RegisterEntry[], day: string): ChangeRegisterItem[] {
  return history
    .filter((e): e is RegisterEntry & { kind: 'approval' | 'withdrawal' } => e.kind !== 'verification')
    .filter((e) => e.kind === 'withdrawal' || !e.validFrom || e.validFrom <= day)
    .sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : a.decidedAt > b.decidedAt ? 1 : a.version - b.version))
    .map((e) => ({ version: e.version, date: e.decidedAt, by: e.decidedByName, note: e.note, kind: e.kind }));
}

/** The Warsaw day the team last confirmed this version as still valid ("Ostatnia weryfikacja"), if it did. */
function lastVerification(entry: RegisterEntry, history: readonly RegisterEntry[]): string | undefined {
  const confirmed = history
    .filter((e) => e.kind === 'verification' && e.version === entry.version && e.decidedAt >= entry.decidedAt)
    .map((e) => e.decidedAt)
    .sort()
    .at(-1);
  return confirmed ? warsawDay(new Date(confirmed)) : undefined;
}

/**
 * The public projection of one approved version (DESIGN.md, "Public outputs"): the exchange
 * format without its internal keys, attachments as downloadable files, related procedures as
 * links to public ones, and the BIP metadata block.
 */
export function projectProcedure(entry: RegisterEntry, history: readonly RegisterEntry[], ctx: ProjectionContext): PublicProcedure {
  const record = entry.content as ProcedureRecord;
  return compact({
    slug: record.slug,
    title: record.title,
    keywords: nonEmpty(record.keywords),
    related: nonEmpty(
      (record.related ?? [])
        .filter((slug) => ctx.liveTitles.has(slug))
        .map((slug) => ({ slug, title: ctx.liveTitles.get(slug) as string })),
    ),
    informationCreatedAt: record.informationCreatedAt ?? warsawDay(new Date(entry.decidedAt)),
    summary: record.summary,
    steps: record.steps.map((s) => compact({ name: s.name, comment: s.comment, online: s.online, eAuth: nonEmpty(s.eAuth) })),
    onlineActions: nonEmpty(record.onlineActions),
    usefulInfo: nonEmpty(record.usefulInfo),
    howTo: record.howTo,
    additionalInfo: record.additionalInfo,
    deadline: record.deadline,
    place: record.place,
    appointments: record.appointments,
    appointmentRequired: record.appointmentRequired,
    fees: record.fees,
    submissionChannels: record.submissionChannels,
    submissionDeadline: record.submissionDeadline,
    ...documentsOf(record, entry, ctx),
    legalBasis: record.legalBasis,
    legalBasisEli: nonEmpty(record.legalBasisEli),
    appeal: record.appeal,
    reuseConditions: record.reuseConditions ?? undefined,
    responsiblePersons: record.responsiblePersons,
    unit: record.unit,
    department: record.department,
    bip: bipBlock(record, entry, history, ctx.day),
  });
}

/** The documents to submit and the others, each file as the approval fixed it. */
function documentsOf(record: ProcedureRecord, entry: RegisterEntry, ctx: ProjectionContext) {
  return {
    requiredDocuments: nonEmpty(record.requiredDocuments)?.map((d) =>
      compact({
        group: d.group,
        name: d.name,
        formats: nonEmpty(d.formats),
        formatNotes: d.formatNotes,
        file: attachment(d.file, entry, ctx),
        sampleFile: attachment(d.sampleFile, entry, ctx),
        eForms: nonEmpty(d.eForms),
      }),
    ),
    otherDocuments: nonEmpty(record.otherDocuments)?.map((d) => compact({ name: d.name, file: attachment(d.file, entry, ctx) })),
  };
}

/** The BIP metadata block: who made and published the information, when, which version, its change register. */
function bipBlock(record: ProcedureRecord, entry: RegisterEntry, history: readonly RegisterEntry[], day: string) {
  const register = visibleHistory(history, day);
  const first = register.find((e) => e.kind === 'approval');
  return compact({
    createdBy: record.responsiblePersons,
    createdAt: record.informationCreatedAt ?? warsawDay(new Date(entry.decidedAt)),
    publishedBy: first?.by ?? entry.decidedByName,
    publishedAt: first?.date ?? entry.decidedAt,
    modifiedAt: entry.decidedAt,
    version: entry.version,
    lastVerifiedAt: lastVerification(entry, history),
    changeRegister:
      register.length > 0
        ? register
        : [{ version: entry.version, date: entry.decidedAt, by: entry.decidedByName, note: entry.note, kind: 'approval' as const }],
  });
}
