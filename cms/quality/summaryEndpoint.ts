import type { Endpoint } from 'payload';
import { departmentIdOf, hasRole, staffOf } from '../access/roles';
import { qualityApiMessages as m } from './messages.pl';
import { qualitySummary } from './summary';

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * `GET /api/quality/summary` — the quality dashboards' data (issue 14): the procedures team and
 * the administrator see every department; an editor sees their own department's procedures;
 * call-center staff have no dashboard. See `QualitySummary` (cms/quality/summary.ts) for the shape.
 */
export const qualitySummaryEndpoint: Endpoint = {
  path: '/quality/summary',
  method: 'get',
  handler: async (req) => {
    const user = staffOf(req);
    if (!user) return problem(req.user ? 403 : 401, req.user ? m.staffOnly : m.signIn);
    if (hasRole(req, 'procedures-team', 'admin')) {
      return Response.json(await qualitySummary(req.payload, null, new Date()), { headers: { 'Cache-Control': 'no-store' } });
    }
    if (!hasRole(req, 'editor')) return problem(403, m.summaryNotAllowed);
    const id = departmentIdOf(user);
    if (id == null) return problem(403, m.editorWithoutDepartment);
    const department = await req.payload.findByID({ collection: 'departments', id, depth: 0, overrideAccess: true, disableErrors: true });
    if (!department) return problem(403, m.editorWithoutDepartment);
    const summary = await qualitySummary(req.payload, { id: department.id, name: department.name }, new Date());
    return Response.json(summary, { headers: { 'Cache-Control': 'no-store' } });
  },
};
