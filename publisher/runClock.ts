/** How many runs of this process are in each step now (the benchmark samples memory by step). */
const inStep = new Map<string, number>();

/** The steps some run of this process is in now. */
export const runningSteps = (): string[] => [...inStep].filter(([, count]) => count > 0).map(([name]) => name);

/** The time a publish run takes, in total and per named step (for the summary, the log and the benchmark). */
export class RunClock {
  readonly started = performance.now();
  private readonly spent: Record<string, number> = {};

  /** Runs one step and adds its time under `name` (a step may run more than once). */
  async step<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
    const t = performance.now();
    inStep.set(name, (inStep.get(name) ?? 0) + 1);
    try {
      return await fn();
    } finally {
      inStep.set(name, (inStep.get(name) ?? 1) - 1);
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
