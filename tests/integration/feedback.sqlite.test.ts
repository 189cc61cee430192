import { describe } from 'vitest';
import { feedbackSuite } from './feedbackSuite';

describe("residents' reports (POST /api/feedback) on SQLite", () => feedbackSuite('sqlite'));
