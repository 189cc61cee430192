import path from 'node:path';
import cron from 'node-cron';
import type { Payload } from 'payload';
import { onDecision } from '../schemas/rules/events';
import { PublishBusyError } from './lock';
import { publish } from './publish';
import { refreshSearch } from './refreshSearch';

export type Trigger = 'midnight' | 'interval' | 'decision' | 'start';

export interface ScheduleOptions {
  dataDir: string;
  siteUrl: string;
  /** Extra runs (default every 10 minutes); the midnight run is always there. */
  interval?: string;
  /** Work to do before each publish run (the server refreshes the CMS's live flags). */
  beforeRun?: (at: Date) => Promise<unknown>;
  log: (message: string) => void;
}

/** A publish run, or the search index of a single-change release catching up. */
type Job = Trigger | 'search';

/** After a single-change release, the search index is rebuilt this much later (more decisions may come first). */
const SEARCH_DELAY_MS = 5000;

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

/**
 * Inside `npm start`: the publisher runs at 00:00:30 Europe/Warsaw (validity windows open and
 * close at local midnight, DST included), every `PUBLISH_CRON`, and a few seconds after any
 * decision. Each run is recorded in `publish-runs`; a failed run leaves the previous release.
 */
export function startPublisherSchedule(
  payload: Payload,
  options: ScheduleOptions,
): { stop(): void; runNow(trigger: Trigger): Promise<void> } {
  let running: Promise<void> | undefined;
  // What waits for the running job: a publish (the latest trigger) and/or the search index. A
  // waiting publish goes first, and queues the search again itself when it leaves one pending.
  let againPublish: Trigger | undefined;
  let againSearch = false;
  let timer: NodeJS.Timeout | undefined;
  let searchTimer: NodeJS.Timeout | undefined;

  const run = async (trigger: Job): Promise<void> => {
    if (running) {
      if (trigger === 'search') againSearch = true;
      else againPublish = trigger;
      return running;
    }
    const startedAt = new Date();
    running = (async () => {
      if (trigger === 'search') {
        // Not a publish run: a failure is logged, and the next run (its release still marked) tries again.
        await refreshSearch(path.join(options.dataDir, 'public'), options.log, { keepWarm: true }).catch((error: unknown) =>
          payload.logger.error({ err: error, msg: 'Search index refresh failed; the release is live with the previous index' }),
        );
        return;
      }
      try {
        await options.beforeRun?.(startedAt);
        const summary = await publish(payload, {
          at: startedAt,
          outDir: path.join(options.dataDir, 'public'),
          filesDir: path.join(options.dataDir, 'uploads', 'approved'),
          siteUrl: options.siteUrl,
          keepWarm: true,
          log: options.log,
        });
        const { releaseId, live, changed, rendered, removed, durationMs, mode, pages } = summary;
        await recordRun(payload, startedAt, trigger, {
          outcome: 'success',
          releaseId,
          live,
          changed,
          rendered,
          removed,
          durationMs,
          summary: `${trigger}: ${live} opublikowanych, ${mode === 'unchanged' ? 'bez zmian' : `${pages} stron`}${summary.searchPending ? ', indeks wyszukiwarki w kolejce' : ''}`,
        });
        // Search follows a single-change release, unless more decisions are already waiting.
        if (summary.searchPending && !againPublish) {
          clearTimeout(searchTimer);
          searchTimer = setTimeout(() => void run('search'), SEARCH_DELAY_MS);
        }
      } catch (error) {
        if (error instanceof PublishBusyError) {
          options.log(error.message);
          return;
        }
        payload.logger.error({ err: error, msg: 'Publish run failed; the previous release stays live', trigger });
        await recordRun(payload, startedAt, trigger, {
          outcome: 'failure',
          error: String((error as Error).stack ?? error),
          summary: `${trigger}: błąd`,
        });
      }
    })();
    try {
      await running;
    } finally {
      running = undefined;
      const next: Job | undefined = againPublish ?? (againSearch ? 'search' : undefined);
      if (next === 'search') againSearch = false;
      else againPublish = undefined;
      if (next) void run(next);
    }
  };

  const unsubscribe = onDecision(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void run('decision'), 2000);
  });
  const midnight = cron.schedule('30 0 0 * * *', () => void run('midnight'), { timezone: 'Europe/Warsaw', name: 'publish-midnight' });
  const interval = cron.schedule(options.interval ?? '*/10 * * * *', () => void run('interval'), {
    timezone: 'Europe/Warsaw',
    name: 'publish-interval',
  });
  return {
    stop: () => {
      midnight.stop();
      interval.stop();
      clearTimeout(timer);
      clearTimeout(searchTimer);
      unsubscribe();
    },
    runNow: run,
  };
}
