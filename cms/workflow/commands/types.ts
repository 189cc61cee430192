import type { PayloadRequest } from 'payload';
import type { CompletenessPointId } from '../../../schemas/quality/completeness';
import type { ProcedureRecord } from '../../../schemas/types.generated';
import type { Actor } from '../actor';
import type { FixedFiles } from '../approvedFiles';
import type { TransitionName, WorkflowState } from '../states';

export type Id = number;
export type StoredProcedure = Record<string, unknown> & { id: Id };

/**
 * What a transition's body may carry: approve `{changeNote, justification?}`, return `{comment}`,
 * withdraw `{explanation}`, verify `{comment?}`.
 */
export interface TransitionInput {
  changeNote?: string;
  comment?: string;
  explanation?: string;
  /** Why the team approves a description that misses points of the EU Single Digital Gateway's list. */
  justification?: string;
}

export interface TransitionResult {
  state: WorkflowState;
  version?: number;
  message: string;
}

/** Everything one run of a transition knows, filled in step by step by the skeleton and the command. */
export interface TransitionContext {
  req: PayloadRequest;
  name: TransitionName;
  actor: Actor;
  /** The stored procedure (its latest draft). */
  doc: StoredProcedure;
  id: Id;
  from: WorkflowState;
  to: WorkflowState;
  now: Date;
  input: TransitionInput;
  /** The change note, comment or explanation (trimmed); empty where none is asked for. */
  note: string;
  /** The procedure in the exchange format, as it will be decided. */
  record: ProcedureRecord;
  /** The version number after the transition. */
  version: number;
  /** Files fixed by an approval: what the register records and the documents to mark approved. */
  fixed?: FixedFiles;
  /** Change requests a submission closed. */
  closedRequests: number;
  /** An approval of an incomplete description (SDGR): the points missing and the team's justification, for the event. */
  completeness?: { missingPoints: CompletenessPointId[]; justification: string };
  /** The next review date a confirmation sets (Warsaw day and stored value). */
  reviewDue?: { day: string; stored: string };
  eventId?: Id;
}

/**
 * One named transition on the common skeleton (workflow/runTransition.ts): load → authorise →
 * check state → validate → transaction → after commit. The skeleton does what every transition
 * does (the rule, the event, the transaction, notifications); a command only its own part.
 */
export interface TransitionCommand {
  name: TransitionName;
  /** The required text from the body (400 when missing), or '' when the transition takes none. */
  note(input: TransitionInput): string;
  /** Checks and work before the transaction (completeness, files); may throw WorkflowError or ValidationError. */
  prepare?(ctx: TransitionContext): Promise<void>;
  /** Writes inside the transaction, after the event is recorded. */
  apply(ctx: TransitionContext): Promise<void>;
  /** After commit (live flags, the publish request). */
  after?(ctx: TransitionContext): Promise<void>;
  message(ctx: TransitionContext): string;
}
