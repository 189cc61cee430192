import { describe } from 'vitest';
import { permissionSuite } from './permissionSuite';

describe('permission matrix on SQLite', () => permissionSuite('sqlite'));
