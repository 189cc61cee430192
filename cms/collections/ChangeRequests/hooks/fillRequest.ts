import type { CollectionBeforeChangeHook } from 'payload';
import { idOf } from '../../../../schemas/rules/ids';
import { hasRole, staffOf } from '../../../access/roles';
import { type RequestSource, SYSTEM_REQUESTERS, type SystemRequestContext } from '../sources';

/** The source of a request: the system's filing says it in `context`; a person's follows from their role. */
function sourceOf(context: Partial<SystemRequestContext>, req: Parameters<CollectionBeforeChangeHook>[0]['req']): RequestSource {
  if (context.changeRequestSource) return context.changeRequestSource;
  return hasRole(req, 'call-center') ? 'call-center' : 'team';
}

/** On filing: who asked and from where, for which department (the procedure's), and a title for lists. */
export const fillRequest: CollectionBeforeChangeHook = async ({ data, operation, req, context }) => {
  if (operation !== 'create') return data;
  const system = context as Partial<SystemRequestContext>;
  const source = sourceOf(system, req);
  // A resident's report or the watch's request is the system's, whoever's session came along with it.
  const user = system.changeRequestSource ? null : (staffOf(req) as { id: number | string; name?: string } | null);
  const procedure = await req.payload.findByID({
    collection: 'procedures',
    id: idOf(data.procedure) as number | string,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  });
  return {
    ...data,
    status: 'open',
    source,
    changeKey: system.changeKey ?? null,
    department: procedure.department ?? null,
    requestedBy: user?.id ?? null,
    requestedByName: user?.name ?? SYSTEM_REQUESTERS[source] ?? 'system',
    summary: `${procedure.title ?? procedure.slug}: ${String(data.message ?? '').slice(0, 80)}`,
  };
};
