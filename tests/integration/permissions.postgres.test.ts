import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { permissionSuite } from './permissionSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(`permission matrix on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`, () =>
  permissionSuite('postgres'),
);
