import type { Payload } from 'payload';
import { COMPLETENESS_POINT_IDS, type CompletenessPointId, checkCompleteness, missingPoints } from '../../../schemas/quality/completeness';
import { completenessMessages } from '../../../schemas/quality/messages.pl';
import { idOf } from '../../../schemas/rules/ids';
import { departmentIdOf, type StaffUser } from '../../access/roles';
import { loadRows } from '../../quality/procedureRows';
import { type QualitySummary, qualitySummary } from '../../quality/summary';

export type ProcedureRef = { id: number; title: string };

export interface QualityDashboardData {
  summary: QualitySummary;
  /** Which procedures miss each point (the summary counts them; the dashboard lists them). */
  missing: { id: CompletenessPointId; label: string; procedures: ProcedureRef[] }[];
  /** Open requests of the legal-basis watch: a cited act was amended or got a new consolidated text. */
  legalChanges: { id: number; procedure: ProcedureRef | null; message: string; createdAt: string }[];
}

/** Whose dashboard: the team and the administrator see every department, an editor their own; nobody else has one. */
async function scopeOf(payload: Payload, user: StaffUser): Promise<{ id: number; name: string } | null | undefined> {
  if (user.role === 'procedures-team' || user.role === 'admin') return null;
  if (user.role !== 'editor') return undefined;
  const id = departmentIdOf(user);
  if (id == null) return undefined;
  const department = await payload.findByID({ collection: 'departments', id, depth: 0, overrideAccess: true, disableErrors: true });
  return department ? { id: department.id, name: department.name } : undefined;
}

/**
 * The quality dashboard's data, read with the Local API on the server: the summary of
 * `GET /api/quality/summary` (cms/quality/summary.ts), plus what it does not carry — the
 * procedures behind each missing point and the amended acts' requests. Undefined for whom
 * there is no dashboard (call-center staff, an editor without a department).
 */
export async function qualityDashboardData(payload: Payload, user: StaffUser, today: Date): Promise<QualityDashboardData | undefined> {
  const department = await scopeOf(payload, user);
  if (department === undefined) return undefined;
  const where = department ? { department: { equals: department.id } } : undefined;
  // One read of the procedures serves the summary and the lists behind its counts.
  const rows = await loadRows(payload, where);
  const [summary, requests] = await Promise.all([
    qualitySummary(payload, department, today, rows),
    payload.find({
      collection: 'change-requests',
      where: { and: [{ status: { equals: 'open' } }, { source: { equals: 'legal-watch' } }, ...(where ? [where] : [])] },
      sort: '-createdAt',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ]);
  const counted = rows.filter((row) => row.workflowState !== 'withdrawn');
  const missing = COMPLETENESS_POINT_IDS.map((id) => ({ id, label: completenessMessages.label[id], procedures: [] as ProcedureRef[] }));
  for (const row of counted) {
    for (const id of missingPoints(checkCompleteness(row.record))) {
      missing.find((point) => point.id === id)?.procedures.push({ id: row.id, title: row.title });
    }
  }
  const titles = new Map(rows.map((row) => [String(row.id), row.title]));
  const legalChanges = requests.docs.map((doc) => {
    const procedureId = idOf(doc.procedure);
    const title = procedureId == null ? undefined : titles.get(String(procedureId));
    return {
      id: doc.id,
      procedure: title === undefined ? null : { id: Number(procedureId), title },
      message: doc.message,
      createdAt: doc.createdAt,
    };
  });
  return { summary, missing, legalChanges };
}
