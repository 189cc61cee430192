import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { trustRequestSuite } from './trustRequestSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(`trust boundary (requests) on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`, () =>
  trustRequestSuite('postgres'),
);
