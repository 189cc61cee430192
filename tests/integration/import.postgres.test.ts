import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { importSuite } from './importSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(`import and export on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`, () =>
  importSuite('postgres'),
);
