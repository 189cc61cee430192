import type { PayloadRequest } from 'payload';
import { attachmentsOf } from '../../schemas/rules/attachments';
import type { ApprovedFile } from '../../schemas/rules/files';
import { projectProcedure } from '../../schemas/rules/project';
import { type RegisterEntry, toRegisterEntry } from '../../schemas/rules/register';
import { warsawDay } from '../../schemas/rules/time';
import type { ProcedureRecord, PublicProcedure } from '../../schemas/types.generated';
import { validateProcedure } from '../../schemas/validate';
import { isAllowedMediaType } from '../collections/Documents/mediaTypes';
import { adminUrl } from '../env';
import { payloadLookups } from '../exchange/payloadLookups';
import { toExchange } from '../exchange/toExchange';
import { previewMessages as m } from './messages';

/** A draft as residents would get it, whether it would be published at all, and what it still lacks. */
export interface DraftPreview {
  procedure: PublicProcedure;
  isInternal: boolean;
  /** The Polish messages of what must be filled in or corrected before it can be submitted (the schema's check, as at submission). */
  problems: string[];
}

const allFrom = { limit: 0, pagination: false, depth: 0, overrideAccess: true } as const;

/** The procedure's change register, as the publisher reads it. */
async function readHistory(req: PayloadRequest, id: number | string): Promise<RegisterEntry[]> {
  const { docs } = await req.payload.find({ collection: 'register-entries', where: { procedure: { equals: id } }, ...allFrom, req });
  return docs.map(toRegisterEntry);
}

/**
 * The draft's attachments as uploaded (not yet fixed by an approval): name, type, size and the
 * digest taken at upload. A name with no uploaded document gets no file, as in the projection of
 * a version approved without it.
 */
async function draftFiles(req: PayloadRequest, record: ProcedureRecord): Promise<ApprovedFile[]> {
  const names = [...new Set(attachmentsOf(record).map((a) => a.fileName))];
  if (names.length === 0) return [];
  const { docs } = await req.payload.find({ collection: 'documents', where: { filename: { in: names } }, ...allFrom, req });
  return docs.flatMap((doc) =>
    doc.filename && doc.sha256 && doc.filesize && isAllowedMediaType(doc.mimeType)
      ? [{ fileName: doc.filename, sha256: doc.sha256, size: doc.filesize, mediaType: doc.mimeType }]
      : [],
  );
}

/** Titles of the related procedures that are live and public now: links go only to those, as on the portal. */
async function liveTitles(req: PayloadRequest, slugs: readonly string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const { docs } = await req.payload.find({
    collection: 'register-entries',
    where: { and: [{ slug: { in: slugs } }, { isLive: { equals: true } }, { kind: { equals: 'approval' } }] },
    ...allFrom,
    req,
  });
  return new Map(docs.map((doc) => [doc.slug, doc.title]));
}

/**
 * Where the preview links a draft's attachment: the upload itself on the admin's origin, which
 * only signed-in staff may read. The portal serves only approved bytes (/pliki/), and a draft's
 * file is not there until its approval.
 */
const draftFileUrl = (req: PayloadRequest) => (file: ApprovedFile) =>
  `${adminUrl()}${req.payload.config.routes.api}/documents/file/${encodeURIComponent(file.fileName)}`;

/**
 * The fields the portal's page and card cannot do without (its heading, header and footer) that
 * a draft may still lack: a visible "(nie uzupełniono)", never invented content. Anything else
 * missing is simply absent, as an empty optional section is.
 */
function withPlaceholders(p: PublicProcedure): PublicProcedure {
  return {
    ...p,
    slug: p.slug || 'wersja-robocza',
    title: p.title || m.missing,
    summary: p.summary || m.missing,
    unit: p.unit || m.missing,
    department: p.department || m.missing,
  };
}

/**
 * The latest saved draft as the public projection the publisher would make of it once approved
 * (schemas/rules/project.ts, the same rule): the next version number, decided now by nobody yet,
 * with the change register so far. Internal fields cannot reach it: the projection picks the
 * public keys one by one.
 */
export async function projectDraft(req: PayloadRequest, doc: Record<string, unknown>, now: Date): Promise<DraftPreview> {
  const id = doc.id as number | string;
  const record = await toExchange(doc, payloadLookups(req.payload, req));
  const entry: RegisterEntry = {
    procedureId: String(id),
    slug: record.slug,
    title: record.title,
    kind: 'approval',
    version: Number(doc.currentVersion ?? 0) + 1,
    note: m.changeNote,
    decidedAt: now.toISOString(),
    decidedByName: m.decidedBy,
    validFrom: record.validFrom ?? null,
    validTo: record.validTo ?? null,
    content: record,
    files: await draftFiles(req, record),
  };
  const history = [...(await readHistory(req, id)), entry];
  const procedure = projectProcedure(entry, history, {
    day: warsawDay(now),
    liveTitles: await liveTitles(req, record.related ?? []),
    fileUrl: draftFileUrl(req),
  });
  return {
    procedure: withPlaceholders(procedure),
    isInternal: record.internal === true,
    problems: [...new Set(validateProcedure(record).map((issue) => issue.message))],
  };
}
