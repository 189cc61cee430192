/**
 * A list column of a relation (a procedure's department, an event's procedure) showing the related
 * record's title, read on the server with the list. Payload's own cell fetches titles from the
 * browser only for rows in view and shows "Ładowanie…" or "(brak: …)" meanwhile.
 */
import type { CollectionSlug, Payload } from 'payload';
import type React from 'react';
import { cache } from 'react';
import { idOf } from '../../../schemas/rules/ids';

interface Props {
  cellData?: unknown;
  field?: { relationTo?: unknown };
  payload: Payload;
}

/** The titles of one collection's records, one query per list page (React's per-request cache). */
const titleOf = cache(async (payload: Payload, collection: string, id: string): Promise<string | undefined> => {
  const config = payload.collections[collection as CollectionSlug]?.config;
  const titleField = config?.admin?.useAsTitle ?? 'id';
  const doc = await payload
    .findByID({ collection: collection as CollectionSlug, id, depth: 0, draft: true, overrideAccess: true, disableErrors: true })
    .catch(() => null);
  const title = (doc as Record<string, unknown> | null)?.[titleField];
  return typeof title === 'string' || typeof title === 'number' ? String(title) : undefined;
});

export async function RelationTitle({ cellData, field, payload }: Props): Promise<React.ReactElement | null> {
  const collection = typeof field?.relationTo === 'string' ? field.relationTo : undefined;
  const ids = (Array.isArray(cellData) ? cellData : [cellData]).map(idOf).filter((id) => id != null);
  if (!collection || ids.length === 0) return null;
  const titles = await Promise.all(ids.map((id) => titleOf(payload, collection, String(id))));
  return <span>{titles.map((title, index) => title ?? `#${String(ids[index])}`).join(', ')}</span>;
}
