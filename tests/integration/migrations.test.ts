import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { postgresAvailability } from '../support/postgres';

const postgres = await postgresAvailability();

/**
 * The migrations in migrations/sqlite and migrations/postgres must describe exactly the schema
 * of cms/payload.config.ts: Payload's generator, run against the config, must find nothing new.
 */
describe.skipIf(!postgres.run)(
  `migrations${postgres.run ? '' : ` — skipped: ${postgres.reason} (the check generates both dialects)`}`,
  () => {
    it('are up to date with the Payload config for SQLite and PostgreSQL', async () => {
      const result = await runCli('migrations/create.ts', ['--check']);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain('Migrations are up to date.');
    });
  },
);
