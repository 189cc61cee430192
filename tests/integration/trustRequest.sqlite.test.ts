import { describe } from 'vitest';
import { trustRequestSuite } from './trustRequestSuite';

describe('trust boundary (requests) on SQLite', () => trustRequestSuite('sqlite'));
