import type { Payload } from 'payload';
import { type RegisterEntry, toRegisterEntry } from '../schemas/rules/register';

export interface Loaded {
  entries: RegisterEntry[];
}

type RegisterDoc = Awaited<ReturnType<typeof readEntries>>[number];

/**
 * The change register as this process has read it. Entries are never changed or deleted (no API
 * can), so a run reads only those created since the newest one it has; when the count in the
 * database disagrees with what is here (an entry committed late, a restored database), it reads
 * everything again.
 */
interface RegisterCache {
  byId: Map<string, RegisterEntry>;
  newestCreatedAt?: string;
}
const registers = new WeakMap<Payload, RegisterCache>();

async function readEntries(payload: Payload, since?: string) {
  const found = await payload.find({
    collection: 'register-entries',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'createdAt',
    ...(since ? { where: { createdAt: { greater_than_equal: since } } } : {}),
  });
  return found.docs;
}

async function readRegister(payload: Payload): Promise<RegisterEntry[]> {
  let cache = registers.get(payload);
  const take = (docs: RegisterDoc[], into: RegisterCache) => {
    for (const doc of docs) {
      into.byId.set(String(doc.id), toRegisterEntry(doc));
      const createdAt = String(doc.createdAt);
      if (!into.newestCreatedAt || createdAt > into.newestCreatedAt) into.newestCreatedAt = createdAt;
    }
  };
  if (cache) take(await readEntries(payload, cache.newestCreatedAt), cache);
  // Counted after the read: an entry committed in between makes the count larger, never hides one.
  const { totalDocs } = await payload.count({ collection: 'register-entries', overrideAccess: true });
  if (!cache || cache.byId.size !== totalDocs) {
    cache = { byId: new Map() };
    take(await readEntries(payload), cache);
    registers.set(payload, cache);
  }
  return [...cache.byId.values()].sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : a.decidedAt > b.decidedAt ? 1 : 0));
}

/**
 * Everything the publisher reads: the change register — approved versions with the exact files
 * each fixed, and withdrawals. The editable uploads are never read: a file replaced after
 * approval cannot reach residents (schemas/rules/files.ts).
 */
export async function loadRegister(payload: Payload): Promise<Loaded> {
  return { entries: await readRegister(payload) };
}
