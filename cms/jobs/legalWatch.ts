import type { Payload } from 'payload';
import { idOf } from '../../schemas/rules/ids';
import { selectLive } from '../../schemas/rules/live';
import { warsawDay } from '../../schemas/rules/time';
import type { ProcedureRecord } from '../../schemas/types.generated';
import type { SystemRequestContext } from '../collections/ChangeRequests/sources';
import { memoisedEliClient } from '../quality/eli/client';
import type { EliClient } from '../quality/eli/types';
import { type LegalBasisCheck, watchLegalBasis } from '../quality/eli/watch';
import type { JobOutcome } from './jobRuns';

/** Entries whose content is read per query (the query guard allows lists of up to 200 ids). */
const BATCH = 100;

interface InForce {
  entryId: number;
  procedure: number;
  decidedAt: string;
}

/** For every procedure, the approved version in force today (internal ones too: their law changes as well). */
async function versionsInForce(payload: Payload, day: string): Promise<InForce[]> {
  const { docs } = await payload.find({
    collection: 'register-entries',
    where: { kind: { in: ['approval', 'withdrawal'] } },
    select: { procedure: true, kind: true, version: true, decidedAt: true, validFrom: true, validTo: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  const byProcedure = new Map<number, typeof docs>();
  for (const doc of docs) {
    const procedure = Number(idOf(doc.procedure));
    const list = byProcedure.get(procedure);
    if (list) list.push(doc);
    else byProcedure.set(procedure, [doc]);
  }
  return [...byProcedure].flatMap(([procedure, entries]) => {
    const live = selectLive(entries, day);
    return live ? [{ entryId: live.id, procedure, decidedAt: live.decidedAt }] : [];
  });
}

/** Files one change request per (procedure, change key) to the procedure's department; returns how many were new. */
export async function fileRequests(payload: Payload, procedure: number, checks: LegalBasisCheck[]): Promise<number> {
  let filed = 0;
  for (const check of checks) {
    for (const change of check.changes) {
      const { totalDocs } = await payload.count({
        collection: 'change-requests',
        where: { and: [{ procedure: { equals: procedure } }, { changeKey: { equals: change.key } }] },
        overrideAccess: true,
      });
      if (totalDocs > 0) continue;
      const context: SystemRequestContext = { changeRequestSource: 'legal-watch', changeKey: change.key };
      await payload.create({
        collection: 'change-requests',
        data: { procedure, message: `${change.message}\n\nPozycja podstawy prawnej: „${check.entry}”.` } as never,
        overrideAccess: true,
        context: { ...context },
      });
      filed++;
    }
  }
  return filed;
}

/**
 * The weekly legal-basis watch (issue 14): for each procedure's version in force, every cited act
 * (its ELI from the editor or recognised in the citation) is looked up in the Sejm's ELI API; a
 * change published after that version's approval becomes one change request to the department,
 * once per change however often the watch runs. An act the API cannot answer for is counted and
 * tried again next week; the others are still checked.
 */
export async function runLegalWatch(payload: Payload, client: EliClient, now: Date): Promise<JobOutcome> {
  const eli = memoisedEliClient(client);
  const inForce = await versionsInForce(payload, warsawDay(now));
  let filed = 0;
  const errors: string[] = [];
  for (let i = 0; i < inForce.length; i += BATCH) {
    const batch = inForce.slice(i, i + BATCH);
    const { docs } = await payload.find({
      collection: 'register-entries',
      where: { id: { in: batch.map((b) => b.entryId) } },
      select: { content: true },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    });
    const content = new Map(docs.map((doc) => [doc.id, doc.content as ProcedureRecord | null]));
    for (const version of batch) {
      const record = content.get(version.entryId);
      if (!record) continue;
      const checks = await watchLegalBasis(record, warsawDay(new Date(version.decidedAt)), eli);
      for (const check of checks) if (check.error) errors.push(`${record.slug}: ${check.error.message}`);
      filed += await fileRequests(payload, version.procedure, checks);
    }
  }
  const summary = `Sprawdzono podstawę prawną ${inForce.length} procedur; nowe wnioski o aktualizację: ${filed}; akty, których API nie podało: ${errors.length}.`;
  return { outcome: 'success', summary, result: { procedures: inForce.length, filed, errors: errors.slice(0, 50) } };
}
