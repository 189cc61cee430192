import { describe } from 'vitest';
import { qualitySuite } from './qualitySuite';

describe('quality checks (completeness, review dates, checklist, dashboard) on SQLite', () => qualitySuite('sqlite'));
