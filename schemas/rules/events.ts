import { EventEmitter } from 'node:events';

/**
 * Domain events of one process. The workflow emits a decision (an approval, a withdrawal, or a
 * confirmation of validity, which the portal shows as "Ostatnia weryfikacja")
 * without knowing who listens; the publisher's schedule, started by `npm start`, subscribes and
 * publishes a few seconds later. In tests and the CLI nobody listens and nothing happens.
 */
export interface DecisionEvent {
  procedureId: number | string;
  transition: 'approve' | 'withdraw' | 'verify';
  at: Date;
}

const bus = new EventEmitter();

export function emitDecision(event: DecisionEvent): void {
  bus.emit('decision', event);
}

/** Subscribes to decisions; returns the unsubscribe function. */
export function onDecision(listener: (event: DecisionEvent) => void): () => void {
  bus.on('decision', listener);
  return () => bus.off('decision', listener);
}
