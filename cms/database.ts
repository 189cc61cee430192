import fs from 'node:fs';
import path from 'node:path';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import { dataDir } from './env';

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb';

/** `DATABASE_URI`; unset means the embedded SQLite file `data/cms.db`. */
export function databaseUri(): string {
  return process.env.DATABASE_URI || `file:${path.join(dataDir(), 'cms.db')}`;
}

export function databaseKind(uri = databaseUri()): DatabaseKind {
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres';
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb';
  if (/^(file:|libsql:|sqlite:)/.test(uri)) return 'sqlite';
  throw new Error(`DATABASE_URI must start with file:, postgres://, postgresql:// or mongodb:// (got "${uri.split(':')[0]}:…")`);
}

const migrationsRoot = path.resolve(/* turbopackIgnore: true */ process.cwd(), 'migrations');

/**
 * Schema changes always go through the migrations in `migrations/<kind>` (applied at start by
 * `cms/boot.ts`), never through the development "push", so every environment has the same schema.
 */
export function databaseAdapter(uri = databaseUri()): DatabaseAdapterObj {
  switch (databaseKind(uri)) {
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: uri },
        push: false,
        migrationDir: path.join(migrationsRoot, 'postgres'),
      });
    case 'mongodb':
      return mongooseAdapter({ url: uri });
    case 'sqlite': {
      const url = uri.replace(/^sqlite:/, 'file:');
      // libSQL does not create the folder of a database file.
      if (url.startsWith('file:')) fs.mkdirSync(path.dirname(url.slice('file:'.length)), { recursive: true });
      return sqliteAdapter({
        client: { url },
        push: false,
        migrationDir: path.join(migrationsRoot, 'sqlite'),
      });
    }
  }
}
