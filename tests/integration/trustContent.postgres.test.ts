import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { trustContentSuite } from './trustContentSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(`trust boundary (content) on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`, () =>
  trustContentSuite('postgres'),
);
