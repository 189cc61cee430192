import type { ReleasePlan } from './planRelease';
import type { RunClock } from './runClock';

export interface PublishSummary {
  releaseId: string;
  day: string;
  live: number;
  changed: number;
  /** PDF cards made in this run. */
  rendered: number;
  /** PDF cards taken over from the previous release. */
  reused: number;
  removed: number;
  /** Portal pages rendered in this run (all of them in a full build). */
  pages: number;
  /** `full`: every page; `changes`: only the changed pages; `unchanged`: the live release kept. */
  mode: 'full' | 'changes' | 'unchanged';
  /** True when the release's search has a delta to fold into a new main index (see `refreshSearch`); it finds what it publishes either way. */
  searchPending: boolean;
  /** From the start of the run until its release is live (`current` swapped). */
  liveMs: number;
  durationMs: number;
  /** Milliseconds per step, for the benchmark and the run log. */
  timings: Record<string, number>;
}

/** What a run did, from its plan and its clock (`liveAt`: when `current` was swapped; the end of the run when it was kept). */
export function summarise(plan: ReleasePlan, clock: RunClock, liveAt?: number): PublishSummary {
  const now = performance.now();
  const kept = plan.mode === 'unchanged';
  return {
    releaseId: plan.releaseId,
    day: plan.day,
    live: kept ? plan.live : plan.published.length,
    ...(kept ? { changed: 0, rendered: 0, reused: plan.live, removed: 0 } : plan.counts),
    pages: kept ? 0 : plan.pages.length,
    mode: plan.mode,
    searchPending: kept ? plan.searchPending : (plan.manifest.search?.delta.length ?? 0) > 0,
    liveMs: Math.round(clock.elapsed(liveAt ?? now)),
    durationMs: Math.round(clock.elapsed(now)),
    timings: clock.timings(),
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** The run's line in the log (Polish: operators read it). */
export function summaryLine(summary: PublishSummary, plan: ReleasePlan): string {
  const { releaseId, day, live, changed, rendered, reused, removed, pages } = summary;
  if (plan.mode === 'unchanged') {
    return `Bez zmian od wydania ${releaseId} (dzień ${day}): opublikowane ${live}, czas ${seconds(summary.durationMs)} s.`;
  }
  const pagesText = plan.mode === 'changes' ? `przebudowane ${pages} z ${plan.totalPages}` : `wszystkie ${plan.totalPages}`;
  return `Publikacja ${releaseId} (dzień ${day}): opublikowane ${live}, zmienione ${changed}, strony ${pagesText}, karty PDF wygenerowane ${rendered}, ponownie użyte ${reused}, usunięte ${removed}, na żywo po ${seconds(summary.liveMs)} s, czas ${seconds(summary.durationMs)} s${summary.searchPending ? '; zmiany w wyszukiwarce zostaną włączone do głównego indeksu' : ''}.`;
}
