import type { CollectionBeforeChangeHook } from 'payload';
import { hasRole } from '../../../access/roles';
import { WorkflowError } from '../../../workflow/errors';
import { isWorkflowState } from '../../../workflow/states';

/**
 * Outside the named transitions: nothing is published directly; a decided procedure that is
 * edited becomes a new draft (the approved version stays in the register as it was); a change
 * waiting for a decision is not edited by its department under the reviewer's hands; and a save
 * based on an outdated revision is refused (two people editing never overwrite each other).
 */
export const guardWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (context.workflowTransition || context.import) return data;
  if (data._status === 'published') {
    throw new WorkflowError(
      'Procedurę publikuje się tylko przez zatwierdzenie zmiany („Zatwierdź”, POST /api/procedures/:id/approve).',
      403,
    );
  }
  if (operation === 'create') return { ...data, workflowState: 'draft', revision: 1, currentVersion: 0 };

  const state = isWorkflowState(originalDoc?.workflowState) ? originalDoc.workflowState : 'draft';
  // Call-center staff fill in only their own internal note ("Inne*"): no new version to approve.
  const keepsState = hasRole(req, 'call-center');
  if (!keepsState && state === 'submitted' && !hasRole(req, 'procedures-team')) {
    throw new WorkflowError('Ta zmiana czeka na decyzję Oddziału ds. Procedur — edycja będzie możliwa po zwrocie albo zatwierdzeniu.', 409);
  }
  const stored = Number(originalDoc?.revision ?? 0);
  if (data.revision != null && Number(data.revision) !== stored) {
    throw new WorkflowError(
      `Ktoś zapisał tę procedurę po tym, jak ją otwarto (jest rewizja ${stored}, zapis dotyczy rewizji ${Number(data.revision)}). Odśwież stronę i wprowadź zmiany ponownie.`,
      409,
    );
  }
  return {
    ...data,
    revision: stored + 1,
    workflowState: keepsState || state === 'submitted' ? state : 'draft',
  };
};
