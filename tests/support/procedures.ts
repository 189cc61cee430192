import { createLocalReq, type Payload } from 'payload';
import type { Actor } from '../../cms/workflow/actor';
import { runTransition } from '../../cms/workflow/runTransition';
import type { WorkflowState } from '../../cms/workflow/states';
import type { ProcedureRecord } from '../../schemas/types.generated';
import { buildProcedure } from './factories';
import type { Staff } from './staff';
import { toApiBody } from './staff';
import type { Id } from './workflow';

let sequence = 0;

export function actorFor(staff: Staff, role: 'editor' | 'procedures-team'): Actor {
  return {
    id: staff.ids[role],
    name: `Test ${role}`,
    role,
    department: role === 'editor' ? (staff.departments['Wydział Spraw Obywatelskich'] as Id) : null,
    email: `${role}@test.example.pl`,
  };
}

/**
 * A procedure brought to a workflow state through the real transitions (Local API): the editor
 * submits (own department) or the team does (other department), the team decides.
 */
export async function procedureIn(
  payload: Payload,
  staff: Staff,
  state: WorkflowState,
  options: { department?: 'own' | 'other'; record?: Partial<ProcedureRecord> } = {},
): Promise<Id> {
  const department = options.department === 'other' ? 'Wydział Finansowy' : 'Wydział Spraw Obywatelskich';
  const record = buildProcedure({ slug: `stan-${state}-${process.pid}-${++sequence}`, department, ...options.record });
  const body = toApiBody(record, staff, 'draft');
  const doc = await payload.create({ collection: 'procedures', data: body as never, draft: true, overrideAccess: true });
  if (state === 'draft') return doc.id;
  const req = await createLocalReq({}, payload);
  const submitter = options.department === 'other' ? actorFor(staff, 'procedures-team') : actorFor(staff, 'editor');
  const team = actorFor(staff, 'procedures-team');
  const decider = submitter.role === 'procedures-team' ? { ...team, id: staff.secondTeam.id, name: 'Drugi członek zespołu' } : team;
  await runTransition(req, doc.id, 'submit', {}, submitter);
  if (state === 'submitted') return doc.id;
  if (state === 'returned') {
    await runTransition(req, doc.id, 'return', { comment: 'Uzupełnij opłaty.' }, decider);
    return doc.id;
  }
  await runTransition(req, doc.id, 'approve', { changeNote: 'Pierwsza publikacja.' }, decider);
  if (state === 'approved') return doc.id;
  await runTransition(req, doc.id, 'withdraw', { explanation: 'Zmiana przepisów.' }, decider);
  return doc.id;
}
