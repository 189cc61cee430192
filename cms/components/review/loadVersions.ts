import type { PayloadRequest } from 'payload';
import { attachmentsOf } from '../../../schemas/rules/attachments';
import type { ApprovedFile } from '../../../schemas/rules/files';
import { idOf } from '../../../schemas/rules/ids';
import type { ProcedureRecord } from '../../../schemas/types.generated';
import { payloadLookups } from '../../exchange/payloadLookups';
import { toExchange } from '../../exchange/toExchange';
import type { RegisterItem, StoredVersion } from './history';
import type { ComparedVersion, FileFacts } from './types';

type Id = number | string;

/**
 * What the review views read goes through the Local API as the signed-in person, so their access
 * applies (staff read drafts, versions, the register and the documents' hashes; nobody else does).
 */
const asUser = (req: PayloadRequest) => ({ req, overrideAccess: false, depth: 0 }) as const;

/** The procedure's change-register entries (approvals, withdrawals, confirmations), oldest first. */
export async function readRegister(req: PayloadRequest, procedure: Id): Promise<RegisterItem[]> {
  const { docs } = await req.payload.find({
    collection: 'register-entries',
    where: { procedure: { equals: procedure } },
    sort: 'decidedAt',
    pagination: false,
    select: { kind: true, version: true, decidedAt: true, decidedByName: true, submittedByName: true, note: true, isLive: true },
    ...asUser(req),
  });
  return docs.map((doc) => ({
    id: String(doc.id),
    kind: doc.kind,
    version: doc.version,
    decidedAt: doc.decidedAt,
    decidedByName: doc.decidedByName,
    ...(doc.submittedByName ? { submittedByName: doc.submittedByName } : {}),
    ...(doc.note ? { note: doc.note } : {}),
    isLive: doc.isLive === true,
  }));
}

const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value : []).map((ref) => String(idOf(ref)));

/** Every stored version of the procedure (its content left out), oldest first. */
export async function readStoredVersions(req: PayloadRequest, procedure: Id): Promise<StoredVersion[]> {
  const { docs } = await req.payload.findVersions({
    collection: 'procedures',
    where: { parent: { equals: procedure } },
    sort: 'updatedAt',
    pagination: false,
    select: { updatedAt: true, version: { workflowState: true, _status: true, contributors: true } },
    ...asUser(req),
  });
  return docs.map((doc) => ({
    id: String(doc.id),
    savedAt: doc.updatedAt,
    state: String(doc.version?.workflowState ?? 'draft'),
    status: String(doc.version?._status ?? 'draft'),
    contributors: idsOf(doc.version?.contributors),
  }));
}

/** Names of the given accounts, for "— Kowalski Jan". */
export async function readNames(req: PayloadRequest, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    pagination: false,
    select: { name: true },
    ...asUser(req),
  });
  return new Map(docs.map((user) => [String(user.id), user.name]));
}

/** The facts of the uploads a draft names: its documents' stored size and SHA-256. */
async function uploadFacts(req: PayloadRequest, record: ProcedureRecord): Promise<Map<string, FileFacts>> {
  const names = [...new Set(attachmentsOf(record).map((file) => file.fileName))];
  if (names.length === 0) return new Map();
  const { docs } = await req.payload.find({
    collection: 'documents',
    where: { filename: { in: names } },
    pagination: false,
    select: { filename: true, filesize: true, sha256: true },
    ...asUser(req),
  });
  return new Map(
    docs.flatMap((doc) =>
      doc.filename
        ? [
            [
              doc.filename,
              { fileName: doc.filename, ...(doc.filesize ? { size: doc.filesize } : {}), ...(doc.sha256 ? { sha256: doc.sha256 } : {}) },
            ],
          ]
        : [],
    ),
  );
}

/** A stored procedure (the latest draft, or one saved version of it) as one side of a comparison. */
export async function draftSide(req: PayloadRequest, doc: Record<string, unknown>): Promise<ComparedVersion> {
  const record = await toExchange(doc, payloadLookups(req.payload, req));
  return { record: record as unknown as Record<string, unknown>, files: await uploadFacts(req, record) };
}

/** One earlier save of the draft, or null when it is not this procedure's. */
export async function savedSide(req: PayloadRequest, procedure: Id, versionId: string): Promise<ComparedVersion | null> {
  const found = await req.payload.findVersionByID({ collection: 'procedures', id: versionId, disableErrors: true, ...asUser(req) });
  if (!found || String(idOf(found.parent)) !== String(procedure)) return null;
  return draftSide(req, found.version as unknown as Record<string, unknown>);
}

/** An approved version exactly as the register fixed it: its content and the files' recorded size and hash. */
export async function approvedSide(req: PayloadRequest, procedure: Id, version: number): Promise<ComparedVersion | null> {
  const { docs } = await req.payload.find({
    collection: 'register-entries',
    where: { and: [{ procedure: { equals: procedure } }, { kind: { equals: 'approval' } }, { version: { equals: version } }] },
    limit: 1,
    select: { content: true, files: true },
    ...asUser(req),
  });
  const entry = docs[0];
  if (!entry) return null;
  const files = (Array.isArray(entry.files) ? entry.files : []) as ApprovedFile[];
  return {
    record: (entry.content ?? null) as Record<string, unknown> | null,
    files: new Map(files.map((f) => [f.fileName, { fileName: f.fileName, size: f.size, sha256: f.sha256 }])),
  };
}
