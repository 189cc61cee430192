import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where the PostgreSQL test server is (trust auth, database `test`), overridable by POSTGRES_TEST_URI. */
export const POSTGRES_ADMIN_URI = process.env.POSTGRES_TEST_URI ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function isPostgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URI, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Whether the PostgreSQL suites run. In CI PostgreSQL is required: an unreachable server fails
 * the run instead of skipping it. Elsewhere the suites are reported as skipped, with the reason.
 */
export async function postgresAvailability(): Promise<{ run: boolean; reason: string }> {
  if (await isPostgresReachable()) return { run: true, reason: '' };
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but PostgreSQL is not reachable at ${POSTGRES_ADMIN_URI}: .ci/run must start it.`);
  }
  return { run: false, reason: `PostgreSQL not reachable at ${POSTGRES_ADMIN_URI}` };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Scratch databases whose test process has ended are dropped before a new one is made. */
async function dropOrphans(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'lckm_test_%'");
  for (const { datname } of rows) {
    const pid = Number(datname.split('_')[2]);
    if (Number.isInteger(pid) && !isAlive(pid)) await admin.query(`drop database if exists "${datname}" with (force)`);
  }
}

/** A fresh database for one test file (its name carries the test process id). */
export async function createScratchDatabase(): Promise<{ uri: string; drop: () => Promise<void> }> {
  const name = `lckm_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URI });
  await admin.connect();
  await dropOrphans(admin);
  await admin.query(`create database "${name}"`);
  await admin.end();
  const uri = new URL(POSTGRES_ADMIN_URI);
  uri.pathname = `/${name}`;
  return {
    uri: uri.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URI });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}
