import { describe } from 'vitest';
import { trustContentSuite } from './trustContentSuite';

describe('trust boundary (content) on SQLite', () => trustContentSuite('sqlite'));
