import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { qualitySuite } from './qualitySuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(
  `quality checks (completeness, review dates, checklist, dashboard) on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`,
  () => qualitySuite('postgres'),
);
