import cron from 'node-cron';
import type { Payload } from 'payload';
import type { JobName } from '../collections/JobRuns';
import { eliClientFromEnv } from '../quality/eli/client';
import { linkCheckSettingsFromEnv } from '../quality/linkCheck';
import { type JobOutcome, recordRun } from './jobRuns';
import { runLegalWatch } from './legalWatch';
import { runLinkCheck } from './linkCheck';
import { runReviewDigest } from './reviewDigest';

type Env = Readonly<Record<string, string | undefined>>;

/** When each weekly job runs (cron, Europe/Warsaw), unless the environment says otherwise. */
export const JOB_SCHEDULES: Record<JobName, { variable: string; default: string }> = {
  'legal-watch': { variable: 'LEGAL_WATCH_CRON', default: '0 3 * * 1' },
  'link-check': { variable: 'LINK_CHECK_CRON', default: '0 4 * * 1' },
  'review-digest': { variable: 'REVIEW_DIGEST_CRON', default: '0 7 * * 1' },
};

export interface QualityJobs {
  /** Runs a job now (tests, an operator); resolves when it is recorded. Undefined: the job is disabled. */
  runNow(job: JobName): Promise<JobOutcome | undefined>;
  stop(): void;
}

/** The work of each job with today's settings; undefined when the job is disabled here. */
function jobsFromEnv(payload: Payload, env: Env, log: (message: string) => void): Record<JobName, (() => Promise<JobOutcome>) | undefined> {
  const eli = eliClientFromEnv(env);
  const links = linkCheckSettingsFromEnv(env);
  if (!eli) log('Kontrola podstawy prawnej wyłączona: brak ELI_API_URL.');
  if (!links.enabled) log('Kontrola linków wyłączona (LINK_CHECK_ENABLED=true, aby włączyć).');
  return {
    'review-digest': () => runReviewDigest(payload, new Date()),
    'legal-watch': eli ? () => runLegalWatch(payload, eli, new Date()) : undefined,
    'link-check': links.enabled ? () => runLinkCheck(payload, links.options) : undefined,
  };
}

/**
 * The weekly quality jobs (issue 14), started by `npm start` (main.ts): the review digest to each
 * department, the legal-basis watch (ELI API; off without `ELI_API_URL`) and the link check (off
 * in development unless `LINK_CHECK_ENABLED=true`). Every run is recorded in `job-runs`; a job that
 * fails is logged and recorded and never stops the server; a job still running is not started again.
 */
export function startQualityJobs(payload: Payload, options: { log: (message: string) => void; env?: Env }): QualityJobs {
  const env = options.env ?? process.env;
  const work = jobsFromEnv(payload, env, options.log);
  const running = new Map<JobName, Promise<JobOutcome | undefined>>();
  const runNow = (job: JobName): Promise<JobOutcome | undefined> => {
    const task = work[job];
    if (!task) return Promise.resolve(undefined);
    const current = running.get(job);
    if (current) return current;
    const run = recordRun(payload, job, task, options.log).finally(() => running.delete(job));
    running.set(job, run);
    return run;
  };
  const tasks = (Object.keys(JOB_SCHEDULES) as JobName[]).flatMap((job) => {
    const { variable, default: fallback } = JOB_SCHEDULES[job];
    const expression = env[variable]?.trim() || fallback;
    if (!cron.validate(expression)) throw new Error(`${variable} nie jest poprawnym wyrażeniem cron: „${expression}”.`);
    if (!work[job]) return [];
    return [cron.schedule(expression, () => void runNow(job), { timezone: 'Europe/Warsaw', name: `quality-${job}` })];
  });
  return {
    runNow,
    stop: () => {
      for (const task of tasks) void task.stop();
    },
  };
}
