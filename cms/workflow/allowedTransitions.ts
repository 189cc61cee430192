import { idOf } from '../../schemas/rules/ids';
import { workflowMessages } from './messages';
import {
  isWorkflowState,
  STATE_LABELS,
  TRANSITION_LABELS,
  TRANSITION_NAMES,
  TRANSITIONS,
  type TransitionName,
  type WorkflowState,
} from './states';

type Id = number | string;

/** Who asks: a signed-in member of staff, or the system (imports, demo data). */
export interface ActorLike {
  id: Id | null;
  role: string | null;
  department: Id | null;
}

/** What the rule needs to know about a procedure. */
export interface TransitionSubject {
  workflowState?: unknown;
  department?: unknown;
  lastSubmittedBy?: unknown;
  /** Everyone who wrote a part of the change since the last approval (draft saves, submissions). */
  contributors?: unknown;
  /** The last change-register entry is an approval (there is a published version to withdraw). */
  isPublished: boolean;
  /** The approved version in force today (Europe/Warsaw), if any: the one "Potwierdź aktualność" confirms. */
  versionInForce?: number | undefined;
}

export type Verdict =
  | { name: TransitionName; label: string; allowed: true }
  | { name: TransitionName; label: string; allowed: false; status: 403 | 409; reason: string };

const DECIDERS = new Set(['procedures-team', 'system']);

/** Why someone outside the deciders may not run a transition; the decisions share one message. */
const NOT_ALLOWED: Partial<Record<TransitionName, string>> = {
  submit: workflowMessages.submitNotAllowed,
  verify: workflowMessages.verifyNotAllowed,
};

function idsOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [])
    .map(idOf)
    .filter((id): id is Id => id != null)
    .map(String);
}

/** Everyone who may not approve this change (four eyes): its submitters and the authors of its draft saves. */
export function authorsOf(subject: TransitionSubject): Set<string> {
  const authors = new Set(idsOf(subject.contributors));
  const submitter = idOf(subject.lastSubmittedBy);
  if (submitter != null) authors.add(String(submitter));
  return authors;
}

/**
 * Whether `actor` may run transition `name` on the procedure now, and if not, why — the one
 * statement of the workflow's rules (DESIGN.md, "Workflow"), used by the server before every
 * transition, by the edit view's buttons and by the dashboard.
 */
export function judgeTransition(name: TransitionName, actor: ActorLike, subject: TransitionSubject): Verdict {
  const label = TRANSITION_LABELS[name];
  const refuse = (status: 403 | 409, reason: string): Verdict => ({ name, label, allowed: false, status, reason });
  const state: WorkflowState = isWorkflowState(subject.workflowState) ? subject.workflowState : 'draft';
  const isDecider = DECIDERS.has(actor.role ?? '');
  const ownDepartment =
    actor.role === 'editor' && actor.department != null && String(actor.department) === String(idOf(subject.department));
  if (name === 'submit' ? !(isDecider || ownDepartment) : !isDecider) {
    return refuse(403, NOT_ALLOWED[name] ?? workflowMessages.decisionNotAllowed);
  }
  if (!TRANSITIONS[name].from.includes(state)) return refuse(409, workflowMessages.notFromState(label, STATE_LABELS[state].pl));
  if (name === 'withdraw' && !subject.isPublished) return refuse(409, workflowMessages.nothingToWithdraw);
  // Four eyes do not apply: a confirmation changes nothing that was written.
  if (name === 'verify' && subject.versionInForce === undefined) return refuse(409, workflowMessages.nothingInForce);
  if (name === 'approve' && actor.id != null && authorsOf(subject).has(String(actor.id))) return refuse(403, workflowMessages.fourEyes);
  return { name, label, allowed: true };
}

/** Every transition with its verdict for this actor, in the workflow's order. */
export function allowedTransitions(actor: ActorLike, subject: TransitionSubject): Verdict[] {
  return TRANSITION_NAMES.map((name) => judgeTransition(name, actor, subject));
}
