import { describe } from 'vitest';
import { workflowSuite } from './workflowSuite';

describe('workflow on SQLite', () => workflowSuite('sqlite'));
