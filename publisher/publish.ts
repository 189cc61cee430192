import type { Payload } from 'payload';
import { warsawDay } from '../schemas/rules/time';
import { apiUrlOf } from './apiUrl';
import { type ThesaurusInUse, thesaurusInUse } from './indexSearch';
import { type Loaded, loadRegister } from './load';
import { loadThesaurus } from './loadThesaurus';
import { acquireLock } from './lock';
import { cardTemplateHash, renderingSourcesHash } from './manifest';
import { planRelease } from './planRelease';
import { readPreviousRelease } from './previousRelease';
import { RunClock } from './runClock';
import { ProjectionCache, selectAndProject } from './selectAndProject';
import { type PublishSummary, summarise, summaryLine } from './summary';
import { writeRelease } from './writeRelease';

export { TEMPLATE_VERSION } from './manifest';
export { SINGLE_CHANGE_PAGE_LIMIT } from './planRelease';
export { PublishValidationError, selectAndProject } from './selectAndProject';
export type { PublishSummary } from './summary';

export interface PublishOptions {
  at: Date;
  outDir: string;
  /** The content-addressed store of approved files (`<DATA_DIR>/uploads/approved`, schemas/rules/files.ts). */
  filesDir: string;
  siteUrl: string;
  /**
   * The API's address (`ADMIN_URL`): the procedure pages' "Zgłoś błąd" form posts there, the
   * OpenAPI description names it. Default: `ADMIN_URL` from the environment, else `siteUrl`.
   */
  apiUrl?: string;
  full?: boolean;
  /**
   * A long-running process (the server's schedule): after the swap, link a spare copy of the new
   * release and load the compiled views, so that the next single-change run starts with both.
   */
  keepWarm?: boolean;
  log?: (message: string) => void;
}

/** Projections kept between runs, per database (publisher/selectAndProject.ts). */
const projections = new WeakMap<Payload, ProjectionCache>();

function projectionsOf(payload: Payload): ProjectionCache {
  let cache = projections.get(payload);
  if (!cache) {
    cache = new ProjectionCache();
    projections.set(payload, cache);
  }
  return cache;
}

/** `<yyyymmdd-hhmmss>-<base36 ms>`: sorts by the run's moment, unique per run. */
const newReleaseId = (at: Date) => `${at.toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 15)}-${Date.now().toString(36)}`;

/**
 * One publish run (DESIGN.md, "Public outputs"): selectLive → project → validate → plan →
 * render and write → swap. The release is built in a staging folder and swapped in by one
 * rename; any failure leaves the previous release live.
 */
export async function publish(payload: Payload, options: PublishOptions): Promise<PublishSummary> {
  const release = acquireLock(options.outDir);
  try {
    const clock = new RunClock();
    const loaded = await clock.step('load', () => loadRegister(payload));
    const thesaurus = await clock.step('thesaurus', async () => currentThesaurus(payload));
    return await publishLoaded(loaded, thesaurus, options, projectionsOf(payload), clock);
  } finally {
    release();
  }
}

/** The thesaurus the resident index is built with (the team's, or the repository's default) and its hash. */
export async function currentThesaurus(payload: Payload): Promise<ThesaurusInUse> {
  return thesaurusInUse((await loadThesaurus(payload)).thesaurus);
}

/** The run after the register is read (the caller holds the lock). */
async function publishLoaded(
  loaded: Loaded,
  thesaurus: ThesaurusInUse,
  options: PublishOptions,
  cache: ProjectionCache,
  clock: RunClock,
): Promise<PublishSummary> {
  const projection = await clock.step('project', () => selectAndProject(loaded.entries, options.at, warsawDay(options.at), cache));
  // --full reads nothing of the live release, so it also gets past a damaged manifest.
  const previous = options.full ? undefined : readPreviousRelease(options.outDir);
  const planOptions = {
    releaseId: newReleaseId(options.at),
    at: options.at,
    siteUrl: options.siteUrl,
    apiUrl: apiUrlOf(options),
    full: options.full ?? false,
    sources: renderingSourcesHash(),
    cardTemplate: cardTemplateHash(options.siteUrl),
    thesaurus: thesaurus.hash,
  };
  // Named `hash` in the timings (and the benchmark): hashing the pages is most of planning.
  const plan = await clock.step('hash', () => planRelease(loaded, projection, previous, planOptions));
  const liveAt = await writeRelease(plan, {
    ...options,
    hashOf: projection.hashOf,
    thesaurus,
    clock,
  });
  const summary = summarise(plan, clock, liveAt);
  options.log?.(summaryLine(summary, plan));
  return summary;
}
