import fs from 'node:fs';
import type { Payload } from 'payload';
import { databaseKind, databaseUri } from '../database';

export interface Health {
  status: 'ok' | 'error';
  database: { kind: string; reachable: boolean };
}

const PROBE_KEY = 'health-probe';

/** The SQLite file still where the configuration says (an open handle keeps writing to a deleted file). */
function sqliteFileIsThere(): boolean {
  const uri = databaseUri().replace(/^sqlite:/, 'file:');
  if (!uri.startsWith('file:')) return true;
  return fs.existsSync(uri.slice('file:'.length).split('?')[0] ?? '');
}

/**
 * A real write and read back through the adapter (Payload's key-value store), whichever kind of
 * database it is: a database that answers reads but refuses writes is not healthy. The error
 * goes to the log, never to the caller.
 */
export async function checkHealth(payload: Payload): Promise<Health> {
  const kind = databaseKind();
  try {
    if (kind === 'sqlite' && !sqliteFileIsThere()) throw new Error('SQLite database file is missing');
    const stamp = `${Date.now()}-${Math.random()}`;
    await payload.kv.set(PROBE_KEY, { stamp });
    const read = (await payload.kv.get(PROBE_KEY)) as { stamp?: string } | null;
    if (read?.stamp !== stamp) throw new Error('Health probe read back a different value');
    return { status: 'ok', database: { kind, reachable: true } };
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Health check failed: the database cannot be written' });
    return { status: 'error', database: { kind, reachable: false } };
  }
}
