import { addDataAndFileToRequest, type Endpoint } from 'payload';
import { numericId } from '../../../exchange/numericId';
import { TRANSITION_NAMES, type TransitionInput } from '../../../workflow';
import { actorOf } from '../../../workflow/actor';
import { allowedTransitions } from '../../../workflow/allowedTransitions';
import { WorkflowError } from '../../../workflow/errors';
import { workflowMessages } from '../../../workflow/messages';
import { loadSubject, runTransition } from '../../../workflow/runTransition';
import { procedureIdParam } from './idParam';

const unauthenticated = () => Response.json({ errors: [{ message: workflowMessages.signIn }] }, { status: 401 });

/** The body of a transition: a JSON object with string values only (anything else is a 400, never a 500). */
function transitionInput(data: unknown): TransitionInput {
  if (data == null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new WorkflowError('Treść żądania musi być obiektem JSON.', 400);
  const input: TransitionInput = {};
  for (const key of ['changeNote', 'comment', 'explanation', 'justification'] as const) {
    const value = (data as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new WorkflowError(`Pole „${key}” musi być tekstem.`, 400);
    input[key] = value;
  }
  return input;
}

/**
 * `POST /api/procedures/:id/{submit,approve,return,withdraw,verify}` — the workflow's named
 * transitions and "Potwierdź aktualność". Bodies: approve `{changeNote, justification?}` (the
 * justification when SDGR points are missing), return `{comment}`, withdraw `{explanation}`,
 * verify `{comment?}`.
 * `GET /api/procedures/:id/transitions` — what the signed-in person may do now, and why not.
 */
export const transitionEndpoints: Endpoint[] = [
  ...TRANSITION_NAMES.map(
    (name): Endpoint => ({
      path: `/:id/${name}`,
      method: 'post',
      handler: async (req) => {
        const actor = actorOf(req);
        if (!actor) return unauthenticated();
        await addDataAndFileToRequest(req);
        if (numericId(req.routeParams?.id) === null) throw new WorkflowError(workflowMessages.missingId, 400);
        const id = procedureIdParam(req);
        if (id === null) throw new WorkflowError(workflowMessages.noSuchProcedure, 409);
        const result = await runTransition(req, id, name, transitionInput(req.data), actor);
        return Response.json(result, { status: 200 });
      },
    }),
  ),
  {
    path: '/:id/transitions',
    method: 'get',
    handler: async (req) => {
      const actor = actorOf(req);
      if (!actor) return unauthenticated();
      const id = procedureIdParam(req);
      const loaded = id === null ? null : await loadSubject(req, id);
      if (!loaded) return Response.json({ errors: [{ message: workflowMessages.noSuchProcedure }] }, { status: 404 });
      return Response.json({ state: loaded.subject.workflowState, transitions: allowedTransitions(actor, loaded.subject) });
    },
  },
];
