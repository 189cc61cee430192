import { describe } from 'vitest';
import { previewSuite } from './previewSuite';

describe('preview of a draft on SQLite', () => previewSuite('sqlite'));
