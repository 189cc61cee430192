import { getPayload, type Migration, type Payload } from 'payload';
import { databaseKind } from './database';
import config from './payload.config';
import { backfillApprovedFiles } from './workflow/backfillApprovedFiles';

/** Brings the database schema up to date with the migrations in `migrations/<kind>`. */
export async function migrate(payload: Payload): Promise<void> {
  const kind = databaseKind();
  if (kind === 'mongodb') return; // schemaless: nothing to migrate
  const { migrations } = kind === 'postgres' ? await import('../migrations/postgres/index') : await import('../migrations/sqlite/index');
  // The generated migrations are typed against the adapter's own copy of drizzle-orm (npm installs two).
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] });
}

/**
 * One Payload instance for the process (the admin panel's Next.js routes share it), its schema
 * migrated (which brings the default search thesaurus into a new database), and the files of
 * versions approved before approval fixed them, fixed once.
 */
export async function boot(): Promise<Payload> {
  const payload = await getPayload({ config });
  await migrate(payload);
  await backfillApprovedFiles(payload, (message) => payload.logger.info(message));
  return payload;
}
