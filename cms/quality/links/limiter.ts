/**
 * Limited concurrency with per-host politeness: at most `concurrency` requests at once overall,
 * at most `perHostConcurrency` at once to one host, and `perHostDelayMs` between the end of one
 * request to a host and the start of the next — a weekly check must not look like an attack on
 * epuap.gov.pl, which most procedures link to.
 */
export interface LimiterOptions {
  concurrency: number;
  perHostConcurrency: number;
  perHostDelayMs: number;
}

class Semaphore {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = Math.max(1, Math.floor(size));
  }

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

interface HostState {
  slots: Semaphore;
  nextStartAt: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type Limiter = <T>(host: string, task: () => Promise<T>) => Promise<T>;

export function createLimiter(options: LimiterOptions): Limiter {
  const overall = new Semaphore(options.concurrency);
  const hosts = new Map<string, HostState>();
  return async (host, task) => {
    const state = hosts.get(host) ?? { slots: new Semaphore(options.perHostConcurrency), nextStartAt: 0 };
    hosts.set(host, state);
    // The host's turn first, then an overall slot: a request waiting out a host's delay holds no overall slot.
    await state.slots.acquire();
    try {
      const wait = state.nextStartAt - Date.now();
      if (wait > 0) await sleep(wait);
      await overall.acquire();
      try {
        return await task();
      } finally {
        overall.release();
        state.nextStartAt = Date.now() + options.perHostDelayMs;
      }
    } finally {
      state.slots.release();
    }
  };
}
