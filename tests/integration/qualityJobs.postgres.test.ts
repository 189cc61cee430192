import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { qualityJobsSuite } from './qualityJobsSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(
  `weekly quality jobs (link check, legal-basis watch, review digest) on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`,
  () => qualityJobsSuite('postgres'),
);
