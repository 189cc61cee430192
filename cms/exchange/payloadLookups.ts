import type { Payload, PayloadRequest } from 'payload';
import type { Id, Lookups } from './types';

/** `Lookups` over the Local API, memoised for one conversion run. */
export function payloadLookups(payload: Payload, req?: Partial<PayloadRequest>): Lookups {
  const memo = new Map<string, Promise<string | undefined>>();
  const lookup = (collection: 'procedures' | 'departments' | 'documents', field: string) => (id: Id) => {
    const key = `${collection}:${String(id)}`;
    let found = memo.get(key);
    if (!found) {
      found = payload
        .findByID({
          collection,
          id,
          depth: 0,
          draft: collection === 'procedures',
          disableErrors: true,
          overrideAccess: true,
          ...(req ? { req } : {}),
        })
        .then((doc) => (doc ? ((doc as unknown as Record<string, unknown>)[field] as string | undefined) : undefined));
      memo.set(key, found);
    }
    return found;
  };
  return {
    procedureSlug: lookup('procedures', 'slug'),
    departmentName: lookup('departments', 'name'),
    fileName: lookup('documents', 'filename'),
  };
}
