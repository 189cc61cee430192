import type { Payload } from 'payload';
import type { Role } from '../../cms/access/roles';
import { fromExchange } from '../../cms/exchange/fromExchange';
import type { Id } from '../../cms/exchange/types';
import type { ProcedureRecord } from '../../schemas/types.generated';
import { login } from './http';

export const PASSWORD = 'test-password-1';

export interface Staff {
  departments: Record<string, Id>;
  tokens: Record<Role, string>;
  ids: Record<Role, Id>;
  /** A second member of the procedures team (four eyes: the one who submits cannot approve). */
  secondTeam: { id: Id; token: string };
  /** An editor of the other department (Wydział Finansowy). */
  otherEditor: { id: Id; token: string };
}

/** Two departments and one signed-in user per role (the editor in the first department). */
export async function createStaff(payload: Payload, baseUrl: string): Promise<Staff> {
  const departments: Record<string, Id> = {};
  for (const name of ['Wydział Spraw Obywatelskich', 'Wydział Finansowy']) {
    const doc = await payload.create({
      collection: 'departments',
      data: { name, unit: 'Urząd Miasta Łodzi', coordinator: 'Kwiatkowska Ewa' },
    });
    departments[name] = doc.id;
  }
  const roles: Role[] = ['admin', 'procedures-team', 'editor', 'call-center'];
  const tokens = {} as Record<Role, string>;
  const ids = {} as Record<Role, Id>;
  for (const role of roles) {
    const email = `${role}@test.example.pl`;
    const user = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: `Test ${role}`, role, department: departments['Wydział Spraw Obywatelskich'] ?? null },
    });
    ids[role] = user.id;
    tokens[role] = await login(baseUrl, email, PASSWORD);
  }
  const extra = async (email: string, role: Role, department: string) => {
    const user = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: email.split('@')[0] ?? email, role, department: departments[department] ?? null },
    });
    return { id: user.id, token: await login(baseUrl, email, PASSWORD) };
  };
  const secondTeam = await extra('zespol2@test.example.pl', 'procedures-team', 'Wydział Spraw Obywatelskich');
  const otherEditor = await extra('redaktor-wf@test.example.pl', 'editor', 'Wydział Finansowy');
  return { departments, tokens, ids, secondTeam, otherEditor };
}

/** An exchange record as the REST API's body (ids for the department, and for attachments when their ids are given). */
export function toApiBody(
  record: ProcedureRecord,
  staff: Staff,
  status: 'draft' | 'published' = 'published',
  documents: Record<string, Id> = {},
): Record<string, unknown> {
  const data = fromExchange(record, {
    procedureId: () => undefined,
    departmentId: (name) => staff.departments[name],
    documentId: (fileName) => documents[fileName],
  });
  return { ...data, _status: status };
}
