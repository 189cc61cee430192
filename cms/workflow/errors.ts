import { APIError } from 'payload';

/** A transition refused: 403 (not this user), 409 (not from this state), 400 (missing input). */
export class WorkflowError extends APIError {
  constructor(message: string, status: 400 | 403 | 409) {
    super(message, status, undefined, true);
    this.name = 'WorkflowError';
  }
}
