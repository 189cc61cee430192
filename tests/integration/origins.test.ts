import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, PASSWORD } from '../support/staff';
import { startTestServer, type TestServer } from '../support/testServer';

// Production-like addresses: the portal and the admin on their own HTTPS origins (README, "Separate origins").
process.env.PUBLIC_URL = 'https://lckm.example.test';
process.env.ADMIN_URL = 'https://panel.example.test';

function get(server: TestServer, host: string, pathname: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.baseUrl);
    http
      .get({ host: url.hostname, port: url.port, path: pathname, headers: { host } }, (response) => {
        resolve({ status: response.statusCode ?? 0, ...(response.headers.location ? { location: response.headers.location } : {}) });
        response.resume();
      })
      .on('error', reject);
  });
}

describe('the portal and the admin on separate HTTPS origins', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    await createStaff(server.payload, server.baseUrl);
  });
  afterAll(async () => {
    await server?.close();
    delete process.env.PUBLIC_URL;
    delete process.env.ADMIN_URL;
  });

  it('marks the session cookie Secure (and SameSite=Lax) when the admin is served over HTTPS', async () => {
    const response = await fetch(`${server.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'panel.example.test' },
      body: JSON.stringify({ email: 'editor@test.example.pl', password: PASSWORD }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('payload-token=')) ?? '';
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("serves no API and no admin on the portal's host, and no portal on the admin's", async () => {
    expect((await get(server, 'lckm.example.test', '/api/departments')).status).toBe(404);
    expect(await get(server, 'lckm.example.test', '/admin')).toEqual({ status: 302, location: 'https://panel.example.test/admin' });
    expect(await get(server, 'panel.example.test', '/procedury/x/')).toEqual({
      status: 302,
      location: 'https://lckm.example.test/procedury/x/',
    });
    expect((await get(server, 'panel.example.test', '/api/departments')).status).toBe(200);
    expect((await get(server, 'panel.example.test', '/health')).status).toBe(200);
  });
});
