import type { Payload, TypedUser } from 'payload';
import { isVisit, type RecentVisit } from './recent';
import { recentPreference } from './recordVisit';

export interface RecentProcedure extends RecentVisit {
  title: string;
}

export interface OwnRequest {
  id: number;
  procedureTitle: string;
  procedureSlug: string | null;
  message: string;
  createdAt: string;
}

/** Every read with the consultant's own access: their preference, procedures they may read, their requests. */
const asUser = (user: TypedUser) => ({ user, overrideAccess: false, depth: 0 }) as const;

/** The procedures this person opened recently, newest first, by their current titles (ones since removed are left out). */
export async function recentProcedures(payload: Payload, user: TypedUser): Promise<RecentProcedure[]> {
  const preference = await recentPreference(payload, user);
  const visits = Array.isArray(preference?.value) ? (preference.value as unknown[]).filter(isVisit) : [];
  if (visits.length === 0) return [];
  const procedures = await payload.find({
    collection: 'procedures',
    where: { slug: { in: visits.map((v) => v.slug) } },
    select: { slug: true, title: true },
    limit: visits.length,
    pagination: false,
    ...asUser(user),
  });
  const titles = new Map(procedures.docs.map((p) => [p.slug, p.title]));
  return visits.flatMap((v) => {
    const title = titles.get(v.slug);
    return title ? [{ ...v, title }] : [];
  });
}

/** The change requests this person filed that no submission has closed yet. */
export async function ownOpenRequests(payload: Payload, user: TypedUser): Promise<OwnRequest[]> {
  const { docs } = await payload.find({
    collection: 'change-requests',
    where: { and: [{ requestedBy: { equals: user.id } }, { status: { equals: 'open' } }] },
    sort: '-createdAt',
    limit: 20,
    pagination: false,
    select: { procedure: true, message: true, createdAt: true },
    ...asUser(user),
    depth: 1,
    populate: { procedures: { title: true, slug: true } },
  });
  return docs.map((request) => {
    const procedure = typeof request.procedure === 'object' ? request.procedure : null;
    return {
      id: request.id,
      procedureTitle: procedure?.title ?? '',
      procedureSlug: procedure?.slug ?? null,
      message: request.message,
      createdAt: request.createdAt,
    };
  });
}
