import type { StaffEntry, StaffResult, StaffSearch } from './staffSearch';

export type ProcedureId = number | string;

/** A staff search result with the procedure's id (the admin's list and picker query by id). */
export interface RankedProcedure extends StaffResult {
  id: ProcedureId;
}

/**
 * One staff search engine with the ids of what it holds: the engine keys procedures by slug, the
 * CMS saves and deletes them by id, and a draft may change its slug.
 */
export class StaffIndex {
  private readonly slugById = new Map<string, string>();
  private readonly idBySlug = new Map<string, ProcedureId>();

  constructor(readonly engine: StaffSearch) {}

  get size(): number {
    return this.engine.size;
  }

  put(id: ProcedureId, entry: StaffEntry): void {
    const key = String(id);
    const previous = this.slugById.get(key);
    if (previous !== undefined && previous !== entry.record.slug) this.drop(id);
    this.engine.upsert(entry);
    this.slugById.set(key, entry.record.slug);
    this.idBySlug.set(entry.record.slug, id);
  }

  drop(id: ProcedureId): void {
    const key = String(id);
    const slug = this.slugById.get(key);
    if (slug === undefined) return;
    this.engine.remove(slug);
    this.slugById.delete(key);
    this.idBySlug.delete(slug);
  }

  async search(query: string, limit: number): Promise<RankedProcedure[]> {
    const results = await this.engine.search(query, limit);
    return results.flatMap((result) => {
      const id = this.idBySlug.get(result.slug);
      return id === undefined ? [] : [{ ...result, id }];
    });
  }
}
