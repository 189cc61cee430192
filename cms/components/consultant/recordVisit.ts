import type { Payload, TypedUser } from 'payload';
import { RECENT_KEY, withVisit } from './recent';

/** The person's "recently opened" preference, read with their own access (none before their first visit). */
export async function recentPreference(payload: Payload, user: TypedUser) {
  const { docs } = await payload.find({
    collection: 'payload-preferences',
    where: {
      and: [{ key: { equals: RECENT_KEY } }, { 'user.relationTo': { equals: user.collection } }, { 'user.value': { equals: user.id } }],
    },
    limit: 1,
    pagination: false,
    depth: 0,
    user,
    overrideAccess: false,
  });
  return docs[0];
}

/**
 * Puts the procedure first in the consultant's "recently opened" preference (recent.ts says why a
 * preference). Read and written with the person's own access: a preference is theirs alone.
 */
export async function recordVisit(payload: Payload, user: TypedUser, slug: string, at: Date): Promise<void> {
  const access = { user, overrideAccess: false } as const;
  const existing = await recentPreference(payload, user);
  const value = withVisit(existing?.value, slug, at);
  if (existing) await payload.update({ collection: 'payload-preferences', id: existing.id, data: { value }, depth: 0, ...access });
  else {
    await payload.create({
      collection: 'payload-preferences',
      data: { key: RECENT_KEY, user: { relationTo: user.collection, value: user.id }, value },
      depth: 0,
      ...access,
    });
  }
}
