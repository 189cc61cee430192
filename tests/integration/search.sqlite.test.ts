import { describe } from 'vitest';
import { searchSuite } from './searchSuite';

describe('staff search and thesaurus on SQLite', () => searchSuite('sqlite'));
