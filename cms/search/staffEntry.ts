import type { Payload, Where } from 'payload';
import { toExchange } from '../exchange/toExchange';
import type { Lookups } from '../exchange/types';
import type { StaffEntry } from './staffSearch';

/**
 * Department names by id, for turning stored procedures into search entries without one query per
 * procedure. Departments are few; a rename reaches the index when the cache is cleared.
 */
export class DepartmentNames {
  private readonly names = new Map<string, Promise<string | undefined>>();

  constructor(private readonly payload: Payload) {}

  async preload(): Promise<void> {
    const { docs } = await this.payload.find({ collection: 'departments', limit: 0, pagination: false, depth: 0, overrideAccess: true });
    for (const doc of docs) this.names.set(String(doc.id), Promise.resolve(doc.name));
  }

  clear(): void {
    this.names.clear();
  }

  name(id: number | string): Promise<string | undefined> {
    const key = String(id);
    let found = this.names.get(key);
    if (!found) {
      found = this.payload
        .findByID({ collection: 'departments', id, depth: 0, disableErrors: true, overrideAccess: true })
        .then((doc) => doc?.name ?? undefined);
      this.names.set(key, found);
    }
    return found;
  }

  /** Lookups for `toExchange`: the search text needs the department's name, not related slugs or file names. */
  lookups(): Lookups {
    return { departmentName: (id) => this.name(id), procedureSlug: async () => undefined, fileName: async () => undefined };
  }
}

/** A stored procedure (its latest saved version, a draft too) as the staff search indexes it; none without a slug. */
export async function toStaffEntry(doc: Record<string, unknown>, departments: DepartmentNames): Promise<StaffEntry | undefined> {
  if (typeof doc.slug !== 'string' || doc.slug === '') return undefined;
  const record = await toExchange(doc, departments.lookups());
  return { record: { ...record, slug: doc.slug }, workflowState: typeof doc.workflowState === 'string' ? doc.workflowState : 'draft' };
}

/** Procedures read per query (their latest versions). */
const PAGE = 250;

/**
 * Every procedure's latest saved version (a draft too) matching `where`, a page at a time in id
 * order, with how many there are in all: what the staff index and the quality checks read.
 */
export async function* latestProcedurePages(
  payload: Payload,
  where?: Where,
): AsyncGenerator<{ docs: Record<string, unknown>[]; totalDocs: number }> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'procedures',
      ...(where ? { where } : {}),
      draft: true,
      depth: 0,
      limit: PAGE,
      page,
      sort: 'id',
      overrideAccess: true,
    });
    yield { docs: result.docs as unknown as Record<string, unknown>[], totalDocs: result.totalDocs };
    if (!result.hasNextPage) return;
  }
}
