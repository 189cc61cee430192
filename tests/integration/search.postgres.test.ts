import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { searchSuite } from './searchSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(`staff search and thesaurus on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`, () =>
  searchSuite('postgres'),
);
