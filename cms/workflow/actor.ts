import type { PayloadRequest } from 'payload';
import { staffOf } from '../access/roles';
import { numericId } from '../exchange/numericId';

/** Who performs a transition: a signed-in user, or the system (imports, demo data). */
export interface Actor {
  id: number | null;
  name: string;
  role: string | null;
  department: number | null;
  email: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'Migracja danych', role: 'system', department: null, email: null };

export function actorOf(req: PayloadRequest): Actor | null {
  const user = staffOf(req) as (ReturnType<typeof staffOf> & { name?: string; email?: string }) | null;
  if (!user) return null;
  const department = user.department;
  return {
    id: numericId(user.id),
    name: user.name ?? String(user.email ?? user.id),
    role: user.role ?? null,
    department: numericId(department),
    email: user.email ?? null,
  };
}
