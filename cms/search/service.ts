import type { Payload } from 'payload';
import { DepartmentNames, latestProcedurePages, toStaffEntry } from './staffEntry';
import { type ProcedureId, type RankedProcedure, StaffIndex } from './staffIndex';
import { StaffSearch } from './staffSearch';
import { loadThesaurus } from './thesaurus';

/** Indexing is synchronous work: the build gives the event loop back this often, so requests keep being served. */
const SLICE_MS = 20;
/** The team edits several groups in a row: one rebuild after the last of them. */
const THESAURUS_DELAY_MS = 1500;
/** A save inside a transaction is read back from the database this much later (the transaction may have been rolled back). */
const RESYNC_DELAY_MS = 2000;
const RETRY_MS = 30_000;

export type StaffSearchStatus =
  | { state: 'stopped' }
  | { state: 'building'; indexed: number; total: number }
  | { state: 'ready'; size: number; rebuilding: boolean; builtAt: string };

interface Build {
  index: StaffIndex;
  /** Procedures a hook wrote into `index` while it was being built: the bulk load must not overwrite them with older data. */
  touched: Set<string>;
  generation: number;
  indexed: number;
  total: number;
}

type Doc = Record<string, unknown> & { id: ProcedureId };

/**
 * The one staff search of the process (issue 12): built in the background at start from every
 * procedure's latest saved version, kept current by the procedures' save and delete hooks, and
 * rebuilt (the old index serving meanwhile) when the team changes the thesaurus. Until the first
 * build is done, `search` answers `undefined` and the API says so (503).
 */
class StaffSearchService {
  private payload: Payload | undefined;
  private departments: DepartmentNames | undefined;
  private serving: StaffIndex | undefined;
  private build: Build | undefined;
  private generation = 0;
  private builtAt = new Date(0);
  private rebuildTimer: NodeJS.Timeout | undefined;
  private readonly resyncTimers = new Map<string, NodeJS.Timeout>();
  private waiting: (() => void)[] = [];

  /** Starts the first build unless one is running or done. Returns at once. */
  start(payload: Payload): void {
    if (this.payload) return;
    this.payload = payload;
    this.departments = new DepartmentNames(payload);
    void this.rebuild();
  }

  get isStarted(): boolean {
    return this.payload !== undefined;
  }

  status(): StaffSearchStatus {
    if (!this.payload) return { state: 'stopped' };
    if (!this.serving) return { state: 'building', indexed: this.build?.indexed ?? 0, total: this.build?.total ?? 0 };
    return { state: 'ready', size: this.serving.size, rebuilding: this.build !== undefined, builtAt: this.builtAt.toISOString() };
  }

  /** Resolves once an index serves (for the benchmark and tests). */
  ready(): Promise<void> {
    return this.serving ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Best first; `undefined` while the first build is still running. */
  async search(query: string, limit: number): Promise<RankedProcedure[] | undefined> {
    return this.serving?.search(query, limit);
  }

  /** A procedure was saved (hook): its latest version replaces what the index holds. */
  async index(doc: Doc, options: { inTransaction: boolean }): Promise<void> {
    if (!this.departments) return;
    this.apply(doc.id, await toStaffEntry(doc, this.departments));
    if (options.inTransaction) this.resyncLater(doc.id);
  }

  /** A procedure was deleted (hook). */
  remove(id: ProcedureId): void {
    if (this.payload) this.apply(id, undefined);
  }

  /** A department was renamed: results show the new name after the next save or rebuild. */
  departmentsChanged(): void {
    this.departments?.clear();
  }

  /** The team changed the thesaurus: rebuild with it shortly (the current index answers meanwhile). */
  thesaurusChanged(): void {
    if (!this.payload) return;
    clearTimeout(this.rebuildTimer);
    this.rebuildTimer = setTimeout(() => void this.rebuild(), THESAURUS_DELAY_MS);
    this.rebuildTimer.unref();
  }

  /** Forgets everything (tests, shutdown); a running build stops at its next step. */
  stop(): void {
    this.generation++;
    clearTimeout(this.rebuildTimer);
    for (const timer of this.resyncTimers.values()) clearTimeout(timer);
    this.resyncTimers.clear();
    this.payload = undefined;
    this.departments = undefined;
    this.serving = undefined;
    this.build = undefined;
  }

  private apply(id: ProcedureId, entry: Awaited<ReturnType<typeof toStaffEntry>>): void {
    for (const index of [this.serving, this.build?.index]) {
      if (!index) continue;
      if (entry) index.put(id, entry);
      else index.drop(id);
    }
    this.build?.touched.add(String(id));
  }

  private resyncLater(id: ProcedureId): void {
    const key = String(id);
    clearTimeout(this.resyncTimers.get(key));
    const timer = setTimeout(() => {
      this.resyncTimers.delete(key);
      void this.resync(id);
    }, RESYNC_DELAY_MS);
    timer.unref();
    this.resyncTimers.set(key, timer);
  }

  private async resync(id: ProcedureId): Promise<void> {
    const { payload, departments } = this;
    if (!payload || !departments) return;
    try {
      const doc = await payload.findByID({
        collection: 'procedures',
        id,
        draft: true,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      });
      this.apply(id, doc ? await toStaffEntry(doc as unknown as Doc, departments) : undefined);
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Staff search: re-reading a saved procedure failed', procedure: id });
    }
  }

  private async rebuild(): Promise<void> {
    const { payload, departments } = this;
    if (!payload || !departments) return;
    const generation = ++this.generation;
    const started = performance.now();
    try {
      const index = new StaffIndex(await StaffSearch.create(await loadThesaurus(payload)));
      const build: Build = { index, touched: new Set(), generation, indexed: 0, total: 0 };
      this.build = build;
      await departments.preload();
      if (!(await this.loadAll(payload, departments, build))) return;
      this.serving = index;
      this.build = undefined;
      this.builtAt = new Date();
      for (const resolve of this.waiting.splice(0)) resolve();
      payload.logger.info(`Wyszukiwarka pracowników: ${index.size} procedur w ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    } catch (error) {
      if (this.generation !== generation) return;
      this.build = undefined;
      payload.logger.error({ err: error, msg: 'Staff search: building the index failed; retrying later' });
      this.rebuildTimer = setTimeout(() => void this.rebuild(), RETRY_MS);
      this.rebuildTimer.unref();
    }
  }

  /** Every procedure into the new index, a page at a time; false when a newer build took over. */
  private async loadAll(payload: Payload, departments: DepartmentNames, build: Build): Promise<boolean> {
    let sliceStart = performance.now();
    for await (const { docs, totalDocs } of latestProcedurePages(payload)) {
      build.total = totalDocs;
      for (const doc of docs as Doc[]) {
        if (this.generation !== build.generation) return false;
        if (!build.touched.has(String(doc.id))) {
          const entry = await toStaffEntry(doc, departments);
          if (entry) build.index.put(doc.id, entry);
        }
        build.indexed++;
        if (performance.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
    }
    return this.generation === build.generation;
  }
}

/** The process's staff search (one Payload instance per process, one index). */
export const staffSearch = new StaffSearchService();
