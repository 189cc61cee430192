import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { workflowSuite } from './workflowSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(`workflow on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`, () =>
  workflowSuite('postgres'),
);
