/** The time a publish run takes, in total and per named step (for the summary, the log and the benchmark). */
export class RunClock {
  readonly started = performance.now();
  private readonly spent: Record<string, number> = {};

  /** Runs one step and adds its time under `name` (a step may run more than once). */
  async step<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      this.spent[name] = (this.spent[name] ?? 0) + performance.now() - t;
    }
  }

  /** Milliseconds since the run started. */
  elapsed(at = performance.now()): number {
    return at - this.started;
  }

  /** Milliseconds per step, rounded. */
  timings(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.spent).map(([k, v]) => [k, Math.round(v)]));
  }
}
