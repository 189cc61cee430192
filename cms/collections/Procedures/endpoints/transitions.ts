import { addDataAndFileToRequest, type Endpoint } from 'payload';
import { TRANSITION_NAMES, type TransitionInput } from '../../../workflow';
import { actorOf } from '../../../workflow/actor';
import { WorkflowError } from '../../../workflow/errors';
import { runTransition } from '../../../workflow/transitions';

/**
 * `POST /api/procedures/:id/{submit,approve,return,withdraw}` — the workflow's named transitions.
 * Bodies: approve `{changeNote}`, return `{comment}`, withdraw `{explanation}`.
 */
export const transitionEndpoints: Endpoint[] = TRANSITION_NAMES.map((name) => ({
  path: `/:id/${name}`,
  method: 'post',
  handler: async (req) => {
    const actor = actorOf(req);
    if (!actor) return Response.json({ errors: [{ message: 'Zaloguj się, aby zmienić stan procedury.' }] }, { status: 401 });
    await addDataAndFileToRequest(req);
    const id = req.routeParams?.id as string | undefined;
    if (!id) throw new WorkflowError('Brak identyfikatora procedury.', 400);
    const result = await runTransition(req, id, name, (req.data ?? {}) as TransitionInput, actor);
    return Response.json(result, { status: 200 });
  },
}));
