/**
 * What a publish run makes from one procedure or one change (feed entries, CPSV-AP nodes), kept by
 * a key that names everything it was made from (the site and a content hash): the next run of the
 * process takes it over while the key is the same, so after a decision only the changed
 * procedure's are made again. A run keeps only what it used.
 */
export class KeptTexts<T> {
  private kept = new Map<string, T>();
  private used = new Map<string, T>();

  /** The value kept for `key`, or `make()`'s, kept for the next run. */
  get(key: string, make: () => T): T {
    const value = this.used.get(key) ?? this.kept.get(key) ?? make();
    this.used.set(key, value);
    return value;
  }

  /** Forgets what a failed run made: the next run starts from what the last finished run kept. */
  discardRun(): void {
    this.used = new Map();
  }

  /** Ends a run: what it did not use is dropped. */
  endRun(): void {
    this.kept = this.used;
    this.used = new Map();
  }
}
