import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { createScratchDatabase } from './postgres';
import { freePort } from './serverProcess';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestServer {
  baseUrl: string;
  payload: Payload;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Boots the real Payload config against a real, empty database (a SQLite file in a temporary
 * directory, or a scratch PostgreSQL database), applies the migrations and serves the real
 * Express app (API and /health; no admin build) on a free port.
 */
export async function startTestServer(kind: DatabaseKind, options: { publicDir?: string } = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `lckm-${kind}-`));
  const scratch = kind === 'postgres' ? await createScratchDatabase() : undefined;
  process.env.DATA_DIR = dataDir;
  process.env.PAYLOAD_SECRET = 'test-secret-not-for-production';
  process.env.DATABASE_URI = scratch ? scratch.uri : `file:${path.join(dataDir, 'cms.db')}`;
  // The port is known before the config is read: the admin's origin (Payload's csrf list) names it.
  const port = await freePort();
  process.env.PORT = String(port);

  const { boot } = await import('../../cms/boot');
  const { createApp } = await import('../../cms/server/createApp');
  const payload = await boot();
  const app = await createApp({ payload, ...(options.publicDir ? { publicDir: options.publicDir } : {}) });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    payload,
    dataDir,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      // Payload's destroy() leaves the connection pool open. A client Payload still holds would
      // make pool.end() wait forever, so it gets two seconds; the scratch database is dropped by
      // a later run once this process is gone (see createScratchDatabase).
      const db = payload.db as unknown as { pool?: { end(): Promise<void> }; client?: { close(): void } };
      await Promise.race([db.pool?.end(), new Promise((resolve) => setTimeout(resolve, 2000))]);
      db.client?.close();
      await payload.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
