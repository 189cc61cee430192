import type { Payload } from 'payload';
import type { JobName } from '../collections/JobRuns';

/** What a job reports when it ends: a line for the list, and details kept for the dashboards. */
export interface JobOutcome {
  outcome: 'success' | 'skipped';
  summary: string;
  result?: unknown;
}

/**
 * Runs one job and records the run in `job-runs` (success, skipped, or failure with its error).
 * A failure is logged with its context and never thrown: a weekly job must not bring the server down.
 */
export async function recordRun(
  payload: Payload,
  job: JobName,
  work: () => Promise<JobOutcome>,
  log: (msg: string) => void,
): Promise<JobOutcome | undefined> {
  const startedAt = new Date();
  let done: JobOutcome | undefined;
  let error: string | undefined;
  try {
    done = await work();
  } catch (failure) {
    error = failure instanceof Error ? (failure.stack ?? failure.message) : String(failure);
    payload.logger.error({ err: failure, msg: `Job ${job} failed` });
  }
  try {
    await payload.create({
      collection: 'job-runs',
      data: {
        job,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        outcome: done?.outcome ?? 'failure',
        summary: done?.summary ?? 'Kontrola nie powiodła się — szczegóły w polu „Błąd” i w dzienniku serwera.',
        error: error ?? null,
        result: (done?.result ?? null) as never,
      },
      overrideAccess: true,
    });
  } catch (failure) {
    payload.logger.error({ err: failure, msg: `Job ${job}: recording the run failed` });
  }
  log(`Kontrola „${job}”: ${done?.summary ?? 'błąd (zob. dziennik)'}`);
  return done;
}

/** The result of the job's last successful run, with when it ran. */
export async function lastResult<T>(payload: Payload, job: JobName): Promise<{ at: string; result: T } | undefined> {
  const { docs } = await payload.find({
    collection: 'job-runs',
    where: { and: [{ job: { equals: job } }, { outcome: { equals: 'success' } }] },
    sort: '-startedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  const run = docs[0];
  return run ? { at: run.startedAt, result: run.result as T } : undefined;
}
