import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { qualityDashboardSuite } from './qualityDashboardSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(
  `the quality dashboard data (missing points, amended acts, scope) on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`,
  () => qualityDashboardSuite('postgres'),
);
