import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { previewSuite } from './previewSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(`preview of a draft on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`, () =>
  previewSuite('postgres'),
);
