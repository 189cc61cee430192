import { describe } from 'vitest';
import { postgresAvailability } from '../support/postgres';
import { apiSuite } from './apiSuite';

const postgres = await postgresAvailability();

describe.skipIf(!postgres.run)(`API on PostgreSQL${postgres.run ? '' : ` — skipped: ${postgres.reason}`}`, () => apiSuite('postgres'));
