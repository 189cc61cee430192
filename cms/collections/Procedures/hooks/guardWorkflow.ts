import type { CollectionBeforeChangeHook } from 'payload';
import { idOf } from '../../../../schemas/rules/ids';
import { departmentIdOf, hasRole, staffOf } from '../../../access/roles';
import { WorkflowError } from '../../../workflow/errors';
import { workflowMessages } from '../../../workflow/messages';
import { isWorkflowState } from '../../../workflow/states';

/** The ids of everyone who wrote a part of the change since the last approval, with `author` added. */
function withAuthor(contributors: unknown, author: number | string | undefined): (number | string)[] {
  const ids = (Array.isArray(contributors) ? contributors : []).map(idOf).filter((id): id is number | string => id != null);
  if (author != null && !ids.some((id) => String(id) === String(author))) ids.push(author);
  return ids;
}

/**
 * An editor's new procedure (or copy) always belongs to their own department: missing, it is
 * filled in; another department is refused (a copy of another department's procedure included).
 */
function ownDepartmentOnCreate(data: Record<string, unknown>, req: Parameters<CollectionBeforeChangeHook>[0]['req']) {
  if (!hasRole(req, 'editor')) return data;
  const own = departmentIdOf(staffOf(req));
  if (own == null) throw new WorkflowError(workflowMessages.editorWithoutDepartment, 403);
  if (data.department != null && String(idOf(data.department)) !== String(own))
    throw new WorkflowError(workflowMessages.otherDepartment, 403);
  return { ...data, department: own };
}

/**
 * Outside the named transitions: nothing is published directly; a decided procedure that is
 * edited becomes a new draft (the approved version stays in the register as it was); a change
 * waiting for a decision is not edited by its department under the reviewer's hands; a save
 * based on an outdated revision is refused (two people editing never overwrite each other); and
 * whoever saves becomes an author of the change (four eyes: authors do not approve it).
 */
export const guardWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (context.workflowTransition || context.import) return data;
  if (data._status === 'published') throw new WorkflowError(workflowMessages.publishOnlyByApproval, 403);
  const author = staffOf(req)?.id;
  if (operation === 'create') {
    const created = ownDepartmentOnCreate(data, req);
    // A copy starts its own life: nothing of the original's workflow comes with it.
    const fresh = { workflowState: 'draft', revision: 1, currentVersion: 0, lastSubmittedBy: null, lastSubmittedAt: null };
    return { ...created, ...fresh, contributors: withAuthor([], author) };
  }

  const state = isWorkflowState(originalDoc?.workflowState) ? originalDoc.workflowState : 'draft';
  // Call-center staff fill in only their own internal note ("Inne*"): no new version to approve.
  const keepsState = hasRole(req, 'call-center');
  if (!keepsState && state === 'submitted' && !hasRole(req, 'procedures-team')) {
    throw new WorkflowError(workflowMessages.waitingForDecision, 409);
  }
  const stored = Number(originalDoc?.revision ?? 0);
  if (data.revision != null && Number(data.revision) !== stored) {
    throw new WorkflowError(workflowMessages.staleRevision(stored, Number(data.revision)), 409);
  }
  return {
    ...data,
    revision: stored + 1,
    workflowState: keepsState || state === 'submitted' ? state : 'draft',
    contributors: withAuthor(originalDoc?.contributors, author),
  };
};
