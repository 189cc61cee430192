import { describe } from 'vitest';
import { qualityDashboardSuite } from './qualityDashboardSuite';

describe('the quality dashboard data (missing points, amended acts, scope) on SQLite', () => qualityDashboardSuite('sqlite'));
