import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { consultantSuite } from './consultantSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(`Karta konsultanta on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`, () =>
  consultantSuite('postgres'),
);
