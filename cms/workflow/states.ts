/** The life of a change to a procedure description (DESIGN.md, "Workflow"). */
export const WORKFLOW_STATES = ['draft', 'submitted', 'returned', 'approved', 'withdrawn'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const STATE_LABELS: Record<WorkflowState, { pl: string; en: string }> = {
  draft: { pl: 'Szkic', en: 'Draft' },
  submitted: { pl: 'Wniosek o aktualizację — czeka na decyzję', en: 'Submitted for approval' },
  returned: { pl: 'Zwrócona do poprawy', en: 'Returned' },
  approved: { pl: 'Zatwierdzona', en: 'Approved' },
  withdrawn: { pl: 'Wycofana z publikacji', en: 'Withdrawn' },
};

/**
 * The named transitions, and "Potwierdź aktualność" (`verify`): the team confirms the version in
 * force as still valid without a new version; it is recorded like a transition but leaves the
 * state as it is.
 */
export const TRANSITION_NAMES = ['submit', 'approve', 'return', 'withdraw', 'verify'] as const;
export type TransitionName = (typeof TRANSITION_NAMES)[number];

export const TRANSITION_LABELS: Record<TransitionName, string> = {
  submit: 'Złóż wniosek o aktualizację',
  approve: 'Zatwierdź',
  return: 'Zwróć do poprawy',
  withdraw: 'Wycofaj z publikacji',
  verify: 'Potwierdź aktualność',
};

/** A transition as an event in the log ("złożenie wniosku"), beside its button label above. */
export const TRANSITION_EVENT_LABELS: Record<TransitionName, { pl: string; en: string }> = {
  submit: { pl: 'złożenie wniosku', en: 'submit' },
  approve: { pl: 'zatwierdzenie', en: 'approve' },
  return: { pl: 'zwrot do poprawy', en: 'return' },
  withdraw: { pl: 'wycofanie', en: 'withdraw' },
  verify: { pl: 'potwierdzenie aktualności', en: 'confirmed as still valid' },
};

/**
 * Which states each transition leaves from, and where it leads (`null`: the state stays). Withdrawal
 * also needs a published version, confirmation a version in force.
 */
export const TRANSITIONS: Record<TransitionName, { from: readonly WorkflowState[]; to: WorkflowState | null }> = {
  submit: { from: ['draft', 'returned', 'withdrawn'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
  withdraw: { from: ['draft', 'submitted', 'returned', 'approved'], to: 'withdrawn' },
  // A new draft may be in progress while the version in force is confirmed.
  verify: { from: ['draft', 'submitted', 'returned', 'approved'], to: null },
};

export function isWorkflowState(value: unknown): value is WorkflowState {
  return typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value);
}
