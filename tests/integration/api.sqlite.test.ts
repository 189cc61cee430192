import { describe } from 'vitest';
import { apiSuite } from './apiSuite';

describe('API on SQLite', () => apiSuite('sqlite'));
