import path from 'node:path';
import type { Payload } from 'payload';
import { PublishBusyError } from './lock';
import { currentThesaurus, publish } from './publish';
import { refreshSearch } from './refreshSearch';
import type { ScheduleOptions, Trigger } from './schedule';
import type { PublishSummary } from './summary';

/**
 * One row of `publish-runs`: when, why, and how the run ended. Recording must not fail the
 * schedule (the database may be the very thing that failed): a failure here is logged with the
 * run it was about, never left as an unhandled rejection.
 */
async function recordRun(payload: Payload, startedAt: Date, trigger: Trigger, result: Record<string, unknown>): Promise<void> {
  try {
    await payload.create({
      collection: 'publish-runs',
      data: { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), trigger, ...result },
      overrideAccess: true,
    });
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: 'Publish run could not be recorded',
      trigger,
      outcome: result.outcome,
      summary: result.summary,
    });
  }
}

/** The `publish-runs` row of a run that published (or kept) a release. */
function successRow(trigger: Trigger, summary: PublishSummary): Record<string, unknown> {
  const { releaseId, live, changed, rendered, removed, durationMs, mode, pages } = summary;
  return {
    outcome: 'success',
    releaseId,
    live,
    changed,
    rendered,
    removed,
    durationMs,
    summary: `${trigger}: ${live} opublikowanych, ${mode === 'unchanged' ? 'bez zmian' : `${pages} stron`}${summary.searchPending ? ', indeks wyszukiwarki w kolejce' : ''}`,
  };
}

/**
 * One scheduled publish run, recorded in `publish-runs`. Never throws: a failed run is logged and
 * recorded and the previous release stays live; a run that finds another one holding the lock is
 * only logged. Returns whether its release still waits for its search index.
 */
export async function scheduledPublish(payload: Payload, options: ScheduleOptions, trigger: Trigger, startedAt: Date): Promise<boolean> {
  try {
    await options.beforeRun?.(startedAt);
    const summary = await publish(payload, {
      at: startedAt,
      outDir: path.join(options.dataDir, 'public'),
      filesDir: path.join(options.dataDir, 'uploads', 'approved'),
      siteUrl: options.siteUrl,
      ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
      keepWarm: true,
      log: options.log,
    });
    await recordRun(payload, startedAt, trigger, successRow(trigger, summary));
    return summary.searchPending;
  } catch (error) {
    if (error instanceof PublishBusyError) {
      options.log(error.message);
      return false;
    }
    payload.logger.error({ err: error, msg: 'Publish run failed; the previous release stays live', trigger });
    await recordRun(payload, startedAt, trigger, {
      outcome: 'failure',
      error: String((error as Error).stack ?? error),
      summary: `${trigger}: błąd`,
    });
    return false;
  }
}

/**
 * The search delta of single-change releases folded into a new main index, in a quiet moment: it
 * stops as soon as a publish run waits (`isCancelled`), and the next single-change release asks
 * for it again. Not a publish run: a failure is logged, and the next run (its release still
 * marked) tries again; the live release finds everything it publishes meanwhile.
 */
export async function scheduledSearchRefresh(payload: Payload, options: ScheduleOptions, isCancelled: () => boolean): Promise<void> {
  try {
    const thesaurus = await currentThesaurus(payload);
    await refreshSearch(path.join(options.dataDir, 'public'), options.log, { keepWarm: true, thesaurus, isCancelled });
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Search index refresh failed; the release is live with its delta' });
  }
}
