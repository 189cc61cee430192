import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPublisherSchedule } from '../../publisher/schedule';
import { api } from '../support/http';
import { startTestServer, type TestServer } from '../support/testServer';

/** When the database itself fails: /health says so without details, and the scheduler never leaves a rejection unhandled. */
describe('a failing database', () => {
  let server: TestServer;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await server?.close().catch(() => undefined);
  });

  it('answers /health with 503 once the database file is gone, telling an anonymous caller no error text', async () => {
    expect((await api(server.baseUrl, '/health')).status).toBe(200);
    fs.renameSync(path.join(server.dataDir, 'cms.db'), path.join(server.dataDir, 'cms.db.moved'));
    const health = await api(server.baseUrl, '/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'error', database: { kind: 'sqlite', reachable: false } });
    fs.renameSync(path.join(server.dataDir, 'cms.db.moved'), path.join(server.dataDir, 'cms.db'));
  });

  it('records nothing and rejects nothing unhandled when a scheduled run cannot even record its failure', async () => {
    const db = server.payload.db as unknown as { client: { close(): void } };
    db.client.close();
    const logs: string[] = [];
    const schedule = startPublisherSchedule(server.payload, {
      dataDir: server.dataDir,
      siteUrl: 'http://localhost',
      log: (m) => logs.push(m),
    });
    await schedule.runNow('start');
    schedule.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(unhandled).toEqual([]);
    const health = await api(server.baseUrl, '/health');
    expect(health.status).toBe(503);
  });
});
