import { APIError } from 'payload';

/**
 * A transition refused: 403 (not this user), 409 (not from this state), 400 (missing input).
 * `data` travels in the answer (`errors[0].data`), e.g. the missing points of an incomplete description.
 */
export class WorkflowError extends APIError {
  constructor(message: string, status: 400 | 403 | 409, data?: Record<string, unknown>) {
    super(message, status, data, true);
    this.name = 'WorkflowError';
  }
}
