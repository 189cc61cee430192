import type { PayloadRequest } from 'payload';
import type { ValidationIssue } from '../../schemas';
import { idOf } from '../../schemas/rules/ids';
import type { ProcedureRecord } from '../../schemas/types.generated';

/**
 * Template rules that need the database. "Exactly one owner" is the schema's (one string);
 * "one coordinator per department": the procedure names its department's coordinator.
 */
export async function databaseRules(
  record: Partial<ProcedureRecord>,
  departmentId: unknown,
  req: PayloadRequest,
): Promise<ValidationIssue[]> {
  const id = idOf(departmentId);
  if (!record.coordinator || id == null) return [];
  const department = await req.payload.findByID({
    collection: 'departments',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  });
  const expected = department?.coordinator;
  if (!expected || expected === record.coordinator) return [];
  return [
    {
      path: 'coordinator',
      code: 'coordinator_mismatch',
      message: `Koordynatorem procedur komórki „${department.name}” jest ${expected} — w komórce może być tylko jeden koordynator (wpisano: ${record.coordinator}).`,
    },
  ];
}
