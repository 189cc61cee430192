import { describe } from 'vitest';
import { consultantSuite } from './consultantSuite';

describe('Karta konsultanta on SQLite', () => consultantSuite('sqlite'));
