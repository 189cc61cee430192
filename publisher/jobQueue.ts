/**
 * One job at a time. What comes in meanwhile waits: the latest publish trigger, and/or one search
 * refresh. A waiting publish goes first (it queues the search again itself when it leaves one
 * pending).
 */
export class JobQueue<Publish extends string> {
  private running: Promise<void> | undefined;
  private waitingPublish: Publish | undefined;
  private waitingSearch = false;

  /** `perform` must not reject: a job logs and records its own failure. */
  constructor(private readonly perform: (job: Publish | 'search', startedAt: Date) => Promise<void>) {}

  /** Whether a publish run waits for the running job (more decisions came in). */
  get isPublishWaiting(): boolean {
    return this.waitingPublish !== undefined;
  }

  /** Runs the job now, or queues it and waits for the running one. */
  readonly run = async (job: Publish | 'search'): Promise<void> => {
    if (this.running) {
      if (job === 'search') this.waitingSearch = true;
      else this.waitingPublish = job as Publish;
      return this.running;
    }
    this.running = this.perform(job, new Date());
    try {
      await this.running;
    } finally {
      this.running = undefined;
      const next = this.takeNext();
      if (next) void this.run(next);
    }
  };

  private takeNext(): Publish | 'search' | undefined {
    if (this.waitingPublish !== undefined) {
      const next = this.waitingPublish;
      this.waitingPublish = undefined;
      return next;
    }
    if (!this.waitingSearch) return undefined;
    this.waitingSearch = false;
    return 'search';
  }
}
