import type { Payload } from 'payload';
import { databaseKind } from '../database';

export interface Health {
  status: 'ok' | 'error';
  database: { kind: string; reachable: boolean; error?: string };
}

/** A real round trip to the database through the adapter, whichever kind it is. */
export async function checkHealth(payload: Payload): Promise<Health> {
  const kind = databaseKind();
  try {
    await payload.count({ collection: 'departments', overrideAccess: true });
    return { status: 'ok', database: { kind, reachable: true } };
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Health check: database unreachable' });
    return { status: 'error', database: { kind, reachable: false, error: (error as Error).message } };
  }
}
