import type { Payload, PayloadRequest } from 'payload';
import type { Id, Lookups } from './types';

/** `Lookups` over the Local API, memoised for one conversion run. */
export function payloadLookups(payload: Payload, req?: Partial<PayloadRequest>): Lookups {
  const memo = new Map<string, Promise<string | undefined>>();
  const memoised = (key: string, read: () => Promise<string | null | undefined>) => {
    let found = memo.get(key);
    if (!found) {
      found = read().then((value) => value ?? undefined);
      memo.set(key, found);
    }
    return found;
  };
  const options = { depth: 0, disableErrors: true, overrideAccess: true, ...(req ? { req } : {}) } as const;
  return {
    procedureSlug: (id: Id) =>
      memoised(`procedures:${id}`, async () => (await payload.findByID({ collection: 'procedures', id, draft: true, ...options }))?.slug),
    departmentName: (id: Id) =>
      memoised(`departments:${id}`, async () => (await payload.findByID({ collection: 'departments', id, ...options }))?.name),
    fileName: (id: Id) =>
      memoised(`documents:${id}`, async () => (await payload.findByID({ collection: 'documents', id, ...options }))?.filename),
  };
}
