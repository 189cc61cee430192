import type { Payload, PayloadRequest } from 'payload';
import { idOf } from '../../schemas/rules/ids';
import { selectLive } from '../../schemas/rules/live';
import { warsawDay } from '../../schemas/rules/time';

/** What the live rule needs of a stored register entry. */
interface Entry {
  id: number;
  kind: 'approval' | 'withdrawal' | 'verification';
  version: number;
  decidedAt: string;
  validFrom?: string | null;
  validTo?: string | null;
  isLive?: boolean | null;
  isInternal: boolean;
}

/**
 * Marks, for every procedure, the one register entry that is live at `at` (Europe/Warsaw day),
 * unless that version is internal. Run after every decision and by the publisher at midnight.
 * Returns how many flags changed.
 */
export async function refreshLiveFlags(
  payload: Payload,
  at: Date,
  options: { req?: Partial<PayloadRequest>; procedure?: number } = {},
): Promise<number> {
  const { req, procedure } = options;
  const day = warsawDay(at);
  // After one decision only that procedure can change; the scheduled runs look at all of them.
  const { docs } = await payload.find({
    collection: 'register-entries',
    ...(procedure !== undefined ? { where: { procedure: { equals: procedure } } } : {}),
    select: { procedure: true, kind: true, version: true, decidedAt: true, validFrom: true, validTo: true, isLive: true, content: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  });
  const byProcedure = new Map<string, Entry[]>();
  for (const doc of docs) {
    const key = String(idOf(doc.procedure));
    const content = doc.content as { internal?: unknown } | null | undefined;
    const entry: Entry = { ...doc, isInternal: content?.internal === true };
    byProcedure.set(key, [...(byProcedure.get(key) ?? []), entry]);
  }
  let changed = 0;
  for (const entries of byProcedure.values()) {
    const live = selectLive(entries, day);
    const liveId = live && !live.isInternal ? live.id : undefined;
    for (const entry of entries) {
      const shouldBeLive = entry.id === liveId;
      if (Boolean(entry.isLive) === shouldBeLive) continue;
      await payload.update({
        collection: 'register-entries',
        id: entry.id,
        data: { isLive: shouldBeLive },
        overrideAccess: true,
        ...(req ? { req } : {}),
      });
      changed++;
    }
  }
  return changed;
}
