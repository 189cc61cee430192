import type { CollectionBeforeChangeHook } from 'payload';
import { idOf } from '../../../../schemas/rules/ids';
import { staffOf } from '../../../access/roles';

/** On filing: who asked, for which department (the procedure's), and a title for lists. */
export const fillRequest: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const user = staffOf(req) as { id: number | string; name?: string } | null;
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
    department: procedure.department ?? null,
    requestedBy: user?.id ?? null,
    requestedByName: user?.name ?? 'system',
    summary: `${procedure.title ?? procedure.slug}: ${String(data.message ?? '').slice(0, 80)}`,
  };
};
