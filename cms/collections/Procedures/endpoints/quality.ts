import type { Endpoint } from 'payload';
import { staffOf } from '../../../access/roles';
import { procedureChecklist } from '../../../quality/checklist';
import { qualityApiMessages as m } from '../../../quality/messages.pl';
import { procedureIdParam } from './idParam';

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * `GET /api/procedures/:id/quality` — the quality checklist of one procedure for any signed-in
 * member of staff (issue 14): SDGR points with the fields to fill in, readability of the summary
 * and "Sposób załatwienia sprawy" (FOG-PL, Pisarek, meaning, hints), the review date, the broken
 * links of the last link check, the open requests of the legal-basis watch. See
 * `QualityChecklist` (cms/quality/checklist.ts) for the shape.
 */
export const qualityEndpoint: Endpoint = {
  path: '/:id/quality',
  method: 'get',
  handler: async (req) => {
    if (!staffOf(req)) return problem(req.user ? 403 : 401, req.user ? m.staffOnly : m.signIn);
    const id = procedureIdParam(req);
    const checklist = id === null ? undefined : await procedureChecklist(req.payload, id, new Date());
    if (!checklist) return problem(404, m.noSuchProcedure);
    return Response.json(checklist, { headers: { 'Cache-Control': 'no-store' } });
  },
};
