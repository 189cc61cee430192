import { describe } from 'vitest';
import { fuzzSuite } from './fuzzSuite';

describe('fuzzing on SQLite', () => fuzzSuite('sqlite'));
