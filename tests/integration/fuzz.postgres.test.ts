import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { fuzzSuite } from './fuzzSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(`fuzzing on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`, () => fuzzSuite('postgres'));
