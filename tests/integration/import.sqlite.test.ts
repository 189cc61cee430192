import { describe } from 'vitest';
import { importSuite } from './importSuite';

describe('import and export on SQLite', () => importSuite('sqlite'));
