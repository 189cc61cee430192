import cron from 'node-cron';
import type { Payload } from 'payload';
import { onDecision } from '../schemas/rules/events';
import { JobQueue } from './jobQueue';
import { scheduledPublish, scheduledSearchRefresh } from './scheduledRuns';

export type Trigger = 'midnight' | 'interval' | 'decision' | 'start';

export interface ScheduleOptions {
  dataDir: string;
  siteUrl: string;
  /** The API's address (ADMIN_URL; default: the environment's, else the portal's): where the "Zgłoś błąd" form posts. */
  apiUrl?: string;
  /** Extra runs (default every 10 minutes); the midnight run is always there. */
  interval?: string;
  /** Work to do before each publish run (the server refreshes the CMS's live flags). */
  beforeRun?: (at: Date) => Promise<unknown>;
  log: (message: string) => void;
}

/**
 * After a single-change release (searchable at once through its delta), the whole index is built
 * again this much later, in a quiet moment: more decisions may come first, and a publish run
 * that comes while it builds stops it.
 */
const SEARCH_DELAY_MS = 30_000;
/** A decision is published this much later (a burst of decisions makes one run). */
const DECISION_DELAY_MS = 2000;

/**
 * Inside `npm start`: the publisher runs at 00:00:30 Europe/Warsaw (validity windows open and
 * close at local midnight, DST included), every `PUBLISH_CRON`, and a few seconds after any
 * decision. Each run is recorded in `publish-runs`; a failed run leaves the previous release.
 */
export function startPublisherSchedule(
  payload: Payload,
  options: ScheduleOptions,
): { stop(): void; runNow(trigger: Trigger): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let searchTimer: NodeJS.Timeout | undefined;
  const jobs: JobQueue<Trigger> = new JobQueue<Trigger>(async (job, startedAt) => {
    if (job === 'search') return scheduledSearchRefresh(payload, options, () => jobs.isPublishWaiting);
    const searchPending = await scheduledPublish(payload, options, job, startedAt);
    // Search follows a single-change release, unless more decisions are already waiting.
    if (searchPending && !jobs.isPublishWaiting) {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => void jobs.run('search'), SEARCH_DELAY_MS);
    }
  });

  const unsubscribe = onDecision(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void jobs.run('decision'), DECISION_DELAY_MS);
  });
  const midnight = cron.schedule('30 0 0 * * *', () => void jobs.run('midnight'), { timezone: 'Europe/Warsaw', name: 'publish-midnight' });
  const interval = cron.schedule(options.interval ?? '*/10 * * * *', () => void jobs.run('interval'), {
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
    runNow: jobs.run,
  };
}
