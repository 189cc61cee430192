import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { feedbackSuite } from './feedbackSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(
  `residents' reports (POST /api/feedback) on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`,
  () => feedbackSuite('postgres'),
);
