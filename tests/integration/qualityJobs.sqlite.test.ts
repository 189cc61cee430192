import { describe } from 'vitest';
import { qualityJobsSuite } from './qualityJobsSuite';

describe('weekly quality jobs (link check, legal-basis watch, review digest) on SQLite', () => qualityJobsSuite('sqlite'));
