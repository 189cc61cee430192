import type { Payload, PayloadRequest } from 'payload';
import type { PublicProcedure } from '../../../schemas/types.generated';
import { numericId } from '../../exchange/numericId';
import type { Procedure } from '../../payload-types';

/** The call-center part and the workflow facts of the procedure's latest saved version. */
export type CardProcedure = Pick<Procedure, 'id' | 'workflowState' | 'lastSubmittedAt' | 'callCenter' | 'updatedAt'> & {
  slug: string;
  title: string;
};

/** An approved version as the card shows it: its public content as the approval fixed it. */
export interface CardVersion {
  version: number;
  decidedAt: string;
  validFrom: string | null;
  isLive: boolean;
  content: PublicProcedure | null;
}

export interface CardRequest {
  id: number;
  message: string;
  requestedByName: string;
  createdAt: string;
}

export interface CardData {
  procedure: CardProcedure;
  departmentName: string | null;
  /** The live version, or, when none is live, the latest approved one (not yet in force, or internal). */
  shown: CardVersion | null;
  /** An approved version newer than the live one, waiting for its "Obowiązuje od" day. */
  upcoming: Pick<CardVersion, 'version' | 'validFrom'> | null;
  openRequests: CardRequest[];
}

/**
 * Every read goes through Payload with the signed-in person's own access (`req`), so the card
 * shows nothing the API would not show them.
 */
const asUser = (req: PayloadRequest) => ({ req, overrideAccess: false, depth: 0 }) as const;

const PROCEDURE_FIELDS = {
  slug: true,
  title: true,
  workflowState: true,
  lastSubmittedAt: true,
  callCenter: true,
  department: true,
  updatedAt: true,
} as const;

/** The procedure's id by its slug: the published row first (indexed), else its drafts (a never-approved procedure). */
async function procedureIdBySlug(payload: Payload, req: PayloadRequest, slug: string): Promise<number | null> {
  const where = { slug: { equals: slug } };
  const published = await payload.find({
    collection: 'procedures',
    where,
    limit: 1,
    pagination: false,
    select: { slug: true },
    ...asUser(req),
  });
  if (published.docs[0]) return published.docs[0].id;
  const drafts = await payload.find({
    collection: 'procedures',
    where,
    draft: true,
    limit: 1,
    pagination: false,
    select: { slug: true },
    ...asUser(req),
  });
  return drafts.docs[0]?.id ?? null;
}

async function approvedVersions(payload: Payload, req: PayloadRequest, id: number) {
  const { docs } = await payload.find({
    collection: 'register-entries',
    where: { and: [{ procedure: { equals: id } }, { kind: { equals: 'approval' } }] },
    sort: '-version',
    limit: 50,
    pagination: false,
    select: { version: true, decidedAt: true, validFrom: true, isLive: true },
    ...asUser(req),
  });
  return docs;
}

async function withContent(payload: Payload, req: PayloadRequest, entry: Awaited<ReturnType<typeof approvedVersions>>[number]) {
  const { publicContent } = await payload.findByID({
    collection: 'register-entries',
    id: entry.id,
    select: { publicContent: true },
    ...asUser(req),
  });
  return {
    version: entry.version,
    decidedAt: entry.decidedAt,
    validFrom: entry.validFrom ?? null,
    isLive: entry.isLive === true,
    content: (publicContent as PublicProcedure | null | undefined) ?? null,
  };
}

/** What the card shows: the live version (else the latest approved), and one approved after it, if any. */
async function versionsOf(payload: Payload, req: PayloadRequest, id: number): Promise<Pick<CardData, 'shown' | 'upcoming'>> {
  const approvals = await approvedVersions(payload, req, id);
  const live = approvals.find((entry) => entry.isLive === true);
  const chosen = live ?? approvals[0];
  const newer = live ? approvals.find((entry) => entry.version > live.version) : undefined;
  return {
    shown: chosen ? await withContent(payload, req, chosen) : null,
    upcoming: newer ? { version: newer.version, validFrom: newer.validFrom ?? null } : null,
  };
}

async function openRequestsOf(payload: Payload, req: PayloadRequest, id: number): Promise<CardRequest[]> {
  const { docs } = await payload.find({
    collection: 'change-requests',
    where: { and: [{ procedure: { equals: id } }, { status: { equals: 'open' } }] },
    sort: '-createdAt',
    limit: 10,
    pagination: false,
    select: { message: true, requestedByName: true, createdAt: true },
    ...asUser(req),
  });
  return docs.map((d) => ({ id: d.id, message: d.message, requestedByName: d.requestedByName ?? '', createdAt: d.createdAt }));
}

async function departmentName(payload: Payload, req: PayloadRequest, department: unknown): Promise<string | null> {
  const id = numericId(department);
  if (id === null) return null;
  const found = await payload.findByID({ collection: 'departments', id, select: { name: true }, disableErrors: true, ...asUser(req) });
  return found?.name ?? null;
}

/**
 * Everything the card of one procedure shows, or null when it does not exist or this person may
 * not read it; for nobody signed in, Payload's own Forbidden (the views redirect before this).
 */
export async function loadCard(req: PayloadRequest, ref: { slug: string } | { id: number }): Promise<CardData | null> {
  const { payload } = req;
  const id = 'id' in ref ? ref.id : await procedureIdBySlug(payload, req, ref.slug);
  if (id === null) return null;
  const doc = await payload.findByID({
    collection: 'procedures',
    id,
    draft: true,
    select: PROCEDURE_FIELDS,
    disableErrors: true,
    ...asUser(req),
  });
  if (!doc?.slug) return null;
  const [department, versions, openRequests] = await Promise.all([
    departmentName(payload, req, doc.department),
    versionsOf(payload, req, id),
    openRequestsOf(payload, req, id),
  ]);
  const { department: _d, ...procedure } = doc;
  return {
    procedure: { ...procedure, slug: doc.slug, title: doc.title ?? doc.slug },
    departmentName: department,
    ...versions,
    openRequests,
  };
}
