import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../cms/server/adminBuild';
import { api } from '../support/http';
import { freePort, startServerProcess, waitForHealth } from '../support/serverProcess';

const root = path.resolve(import.meta.dirname, '../..');

/** `npm start` with NODE_ENV=production: a secret required, no demo data, demo accounts refused (own file, so it runs beside start.test.ts). */
describe('NODE_ENV=production', () => {
  let dataDir: string;
  beforeAll(() => {
    ensureAdminBuild(root, () => undefined);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-prod-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to start without PAYLOAD_SECRET', async () => {
    const server = startServerProcess(
      { NODE_ENV: 'production', DATA_DIR: dataDir, PAYLOAD_SECRET: undefined, DATABASE_URI: undefined },
      await freePort(),
    );
    const code = await server.exited;
    expect(code).not.toBe(0);
    expect(server.output()).toContain('PAYLOAD_SECRET is required when NODE_ENV=production');
  });

  it('creates no demo data and refuses the demo accounts', async () => {
    // A database seeded in development, then started in production: the demo passwords are public.
    const seeded = startServerProcess(
      { DATA_DIR: dataDir, PAYLOAD_SECRET: 'a-production-secret', DATABASE_URI: undefined },
      await freePort(),
    );
    await waitForHealth(seeded);
    await seeded.stop();
    const server = startServerProcess(
      { NODE_ENV: 'production', DATA_DIR: dataDir, PAYLOAD_SECRET: 'a-production-secret', DATABASE_URI: undefined },
      await freePort(),
    );
    try {
      await waitForHealth(server);
      expect(server.output()).toContain('dane demonstracyjne i konta demo nie są tworzone');
      const response = await api(server.baseUrl, '/api/users/login', { json: { email: 'admin@example.pl', password: 'demo1234' } });
      expect(response.status).toBe(403);
      expect(response.text).toContain('Konta demonstracyjne są wyłączone w trybie produkcyjnym');
    } finally {
      await server.stop();
    }
    // Two starts, the first of them seeding the demo and publishing it.
  }, 400_000);
});
