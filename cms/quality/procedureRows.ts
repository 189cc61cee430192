import type { Payload, Where } from 'payload';
import { idOf } from '../../schemas/rules/ids';
import { storedToDay } from '../../schemas/rules/time';
import type { ProcedureRecord } from '../../schemas/types.generated';
import { toExchange } from '../exchange/toExchange';
import { DepartmentNames, latestProcedurePages } from '../search/staffEntry';

/** One procedure as the quality checks read it: its latest version in the exchange format and its review state. */
export interface ProcedureRow {
  id: number;
  slug: string;
  title: string;
  departmentId: number | null;
  department: string;
  workflowState: string;
  currentVersion: number;
  record: ProcedureRecord;
  /** Warsaw day, or null before the first approval. */
  reviewDue: string | null;
  lastVerifiedAt: string | null;
}

export async function toRow(doc: Record<string, unknown>, departments: DepartmentNames): Promise<ProcedureRow> {
  const record = await toExchange(doc, departments.lookups());
  const departmentId = idOf(doc.department);
  return {
    id: Number(doc.id),
    slug: String(doc.slug ?? ''),
    title: String(doc.title ?? doc.slug ?? ''),
    departmentId: departmentId == null ? null : Number(departmentId),
    department: record.department ?? '',
    workflowState: typeof doc.workflowState === 'string' ? doc.workflowState : 'draft',
    currentVersion: Number(doc.currentVersion ?? 0),
    record,
    reviewDue: storedToDay(doc.reviewDue as string | null | undefined) ?? null,
    lastVerifiedAt: typeof doc.lastVerifiedAt === 'string' ? doc.lastVerifiedAt : null,
  };
}

/** Every procedure (latest version, drafts included) matching `where`, a page at a time. */
export async function loadRows(payload: Payload, where?: Where): Promise<ProcedureRow[]> {
  const departments = new DepartmentNames(payload);
  await departments.preload();
  const rows: ProcedureRow[] = [];
  for await (const { docs } of latestProcedurePages(payload, where)) for (const doc of docs) rows.push(await toRow(doc, departments));
  return rows;
}
