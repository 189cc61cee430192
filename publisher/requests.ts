/**
 * How a decision asks for a publish run without loading the publisher: the schedule (started by
 * `npm start`) registers the handler; elsewhere (tests, CLI imports) a request is a no-op.
 */
export type Trigger = 'midnight' | 'interval' | 'decision' | 'start';

let handler: ((trigger: Trigger) => void) | undefined;

export function onPublishRequest(next: ((trigger: Trigger) => void) | undefined): void {
  handler = next;
}

/** Asks for a publish run soon (debounced by the schedule): called after every approval and withdrawal. */
export function requestPublish(trigger: Trigger = 'decision'): void {
  handler?.(trigger);
}
