import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../cms/seed/documentFiles';
import { buildProcedure } from '../support/factories';
import { api, fieldErrors } from '../support/http';
import { createStaff, PASSWORD, type Staff, toApiBody } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { createDraft, publishThroughWorkflow } from '../support/workflow';

const SEARCH_SCRIPT = "document.title = 'szukaj';";
const STYLE = 'body { color: #0b0c0c; }';

/** A release folder as the publisher leaves it, enough for the portal's headers and what it hides. */
function fakeRelease(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-release-'));
  const current = path.join(root, 'current');
  fs.mkdirSync(path.join(current, 'szukaj'), { recursive: true });
  fs.writeFileSync(path.join(current, 'index.html'), `<!doctype html><html lang="pl"><style>${STYLE}</style><h1>Portal</h1></html>`);
  fs.writeFileSync(
    path.join(current, 'szukaj', 'index.html'),
    `<!doctype html><html lang="pl"><style>${STYLE}</style><script type="module">${SEARCH_SCRIPT}</script></html>`,
  );
  fs.writeFileSync(path.join(current, '.manifest.json'), '{"hashes":{}}');
  return current;
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Sends headers announcing a body and waits for the answer without sending the body. */
function announceBody(baseUrl: string, pathname: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}${pathname}`, { method: 'POST', headers }, (response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      request.destroy();
    });
    request.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    request.write('{"email":"');
  });
}

/**
 * Issue 9, how requests are received (items 7, 8, 10, 11, 12), over real HTTP: cross-site
 * requests, body limits, accounts, errors, headers.
 */
export function trustRequestSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  let portal: string;
  let n = 0;
  const slug = (prefix: string) => `${prefix}-${kind}-${++n}`;
  const team = () => staff.tokens['procedures-team'];

  beforeAll(async () => {
    portal = fakeRelease();
    server = await startTestServer(kind, { publicDir: portal });
    staff = await createStaff(server.payload, server.baseUrl);
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(path.dirname(portal), { recursive: true, force: true });
  });

  describe('7. cross-site requests', () => {
    const cookieOf = async () => {
      const response = await fetch(`${server.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'procedures-team@test.example.pl', password: PASSWORD }),
      });
      return response.headers.getSetCookie().find((c) => c.startsWith('payload-token=')) ?? '';
    };

    it('sets the session cookie HttpOnly and SameSite=Lax', async () => {
      const cookie = await cookieOf();
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
    });

    it('refuses a cookie-authenticated transition from another origin, in JSON and in a form post', async () => {
      const id = (await createDraft(server.baseUrl, team(), toApiBody(buildProcedure({ slug: slug('csrf') }), staff, 'draft'))).body.doc.id;
      const cookie = (await cookieOf()).split(';')[0] as string;
      const attempts: Record<string, string>[] = [
        { origin: 'https://evil.example', 'content-type': 'application/json' },
        { origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' },
        { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      ];
      for (const headers of attempts) {
        const body = headers['content-type']?.startsWith('multipart')
          ? '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--x--\r\n'
          : '{}';
        const response = await fetch(`${server.baseUrl}/api/procedures/${id}/submit`, {
          method: 'POST',
          headers: { ...headers, cookie },
          body,
        });
        expect(response.status).toBe(403);
        expect(await response.text()).toContain('ochrona przed CSRF');
      }
      const same = await fetch(`${server.baseUrl}/api/procedures/${id}/submit`, {
        method: 'POST',
        headers: { origin: server.baseUrl, 'content-type': 'application/json', cookie },
        body: '{}',
      });
      expect(same.status, await same.text()).toBe(200);
    });
  });

  describe('8. limits', () => {
    it('answers 413 to a 150 MB body from its Content-Length, before reading it', async () => {
      const started = Date.now();
      const status = await announceBody(server.baseUrl, '/api/users/login', {
        'content-type': 'application/json',
        'content-length': String(150 * 1024 * 1024),
      });
      expect(status).toBe(413);
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it('stops reading a body without a length at 1 MB (413)', async () => {
      const chunks = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode(`{"x":"${'a'.repeat(1024 * 1024)}"}`));
          controller.close();
        },
      });
      const response = await fetch(`${server.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: chunks,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
    });

    it('refuses an upload over MAX_UPLOAD_MB by its length, and deep JSON with a Polish 400', async () => {
      const status = await announceBody(server.baseUrl, '/api/documents', {
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(200 * 1024 * 1024),
        authorization: `JWT ${staff.tokens.editor}`,
      });
      expect(status).toBe(413);
      const deep = await api(server.baseUrl, '/api/users/login', {
        body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
      expect(deep.status).toBe(400);
      expect(deep.text).toContain('zagnieżdżone zbyt głęboko');
    });
  });

  describe('10. accounts', () => {
    const createUser = (password: string, email: string) =>
      api(server.baseUrl, '/api/users', { token: staff.tokens.admin, json: { email, password, name: 'Nowy Pracownik', role: 'editor' } });

    it('refuses short and guessable passwords with Polish reasons, for new accounts and changed ones', async () => {
      const short = await createUser('krótkie1', `krotkie-${kind}@test.example.pl`);
      expect(short.status).toBe(400);
      expect(fieldErrors(short.body)[0]?.message).toBe('Hasło musi mieć co najmniej 12 znaków (ma 8).');
      const weak = await createUser('haslo1234567', `slabe-${kind}@test.example.pl`);
      expect(weak.status).toBe(400);
      expect(fieldErrors(weak.body)[0]?.message).toContain('zbyt łatwe do odgadnięcia');
      expect((await createUser('Kalarepa-Zielona-Wtorek-47', `dobre-${kind}@test.example.pl`)).status).toBe(201);
      const changed = await api(server.baseUrl, `/api/users/${staff.ids.editor}`, {
        method: 'PATCH',
        token: staff.tokens.editor,
        json: { password: 'qwertyuiop12' },
      });
      expect(changed.status).toBe(400);
    });

    it('refuses a guessable password at reset too', async () => {
      await api(server.baseUrl, '/api/users/forgot-password', { json: { email: 'editor@test.example.pl' } });
      const outbox = path.join(server.dataDir, 'outbox');
      const mail = fs
        .readdirSync(outbox)
        .filter((f) => f.endsWith('.eml'))
        .map((f) => fs.readFileSync(path.join(outbox, f), 'utf8'))
        .join('\n');
      const token = /reset\/([0-9a-f]{20,})/.exec(mail.replace(/=\r?\n/g, ''))?.[1];
      expect(token).toBeDefined();
      const reset = await api(server.baseUrl, '/api/users/reset-password', { json: { token, password: 'aaaaaaaaaaaa' } });
      expect(reset.status).toBe(400);
      expect(reset.text).toContain('zbyt łatwe do odgadnięcia');
    });

    it('limits failed sign-ins per address (429) beside the account lockout', async () => {
      const attempt = (address: string) =>
        api(server.baseUrl, '/api/users/login', {
          json: { email: 'nikt@test.example.pl', password: 'zle-haslo-123' },
          headers: { 'x-forwarded-for': address },
        });
      for (let i = 0; i < 10; i++) expect((await attempt('203.0.113.7')).status).toBe(401);
      const limited = await attempt('203.0.113.7');
      expect(limited.status).toBe(429);
      expect(limited.text).toContain('Zbyt wiele nieudanych prób logowania');
      expect((await attempt('203.0.113.8')).status).toBe(401);
    });

    it('answers a locked account exactly as an unknown one', async () => {
      const email = `blokada-${kind}@test.example.pl`;
      expect((await createUser('Kalarepa-Zielona-Wtorek-48', email)).status).toBe(201);
      for (let i = 0; i < 10; i++) {
        await api(server.baseUrl, '/api/users/login', {
          json: { email, password: 'zle-haslo-123' },
          headers: { 'x-forwarded-for': `198.51.100.${i}` },
        });
      }
      const locked = await api(server.baseUrl, '/api/users/login', {
        json: { email, password: 'zle-haslo-123' },
        headers: { 'x-forwarded-for': '198.51.100.50' },
      });
      const unknown = await api(server.baseUrl, '/api/users/login', {
        json: { email: `nieznany-${kind}@test.example.pl`, password: 'zle-haslo-123' },
        headers: { 'x-forwarded-for': '198.51.100.51' },
      });
      expect(locked.status).toBe(unknown.status);
      expect(locked.text).toBe(unknown.text);
    });

    it('does not let anyone but an administrator rename, re-role or unlock an account', async () => {
      const renamed = await api<{ doc: { name: string; role: string } }>(server.baseUrl, `/api/users/${staff.ids.editor}`, {
        method: 'PATCH',
        token: staff.tokens.editor,
        json: { name: 'Nowak Anna', role: 'procedures-team' },
      });
      const user = await server.payload.findByID({ collection: 'users', id: staff.ids.editor });
      expect(renamed.status).toBe(200);
      expect(user.name).toBe('Test editor');
      expect(user.role).toBe('editor');
      const unlock = await api(server.baseUrl, '/api/users/unlock', { token: team(), json: { email: 'editor@test.example.pl' } });
      expect(unlock.status).toBe(403);
    });

    it('keeps the deciding account in the register beside the name at the decision', async () => {
      const id = await publishThroughWorkflow(server.baseUrl, staff, buildProcedure({ slug: slug('decyzja') }));
      const entry = (await server.payload.find({ collection: 'register-entries', where: { procedure: { equals: id } }, depth: 0 })).docs[0];
      expect(String(entry?.decidedBy)).toBe(String(staff.ids['procedures-team']));
      expect(entry?.decidedByName).toBe('Test procedures-team');
    });

    it("hides other people's sessions from staff", async () => {
      const other = await api<Record<string, unknown>>(server.baseUrl, `/api/users/${staff.ids['procedures-team']}`, {
        token: staff.tokens.editor,
      });
      expect(other.status).toBe(200);
      expect(other.body).not.toHaveProperty('sessions');
      const own = await api<Record<string, unknown>>(server.baseUrl, `/api/users/${staff.ids.editor}`, { token: staff.tokens.editor });
      expect(own.body).toHaveProperty('sessions');
    });
  });

  describe('11. bad input is a 4xx, health tells nothing to strangers', () => {
    it.each([
      ['a null group', { callCenter: null }],
      ['a null list', { steps: null }],
      ['text where a relation goes', { department: 'abc' }],
      ['a number where text goes', { title: 5 }],
    ])('answers %s with a Polish 400', async (_name, patch) => {
      const id = (await createDraft(server.baseUrl, team(), toApiBody(buildProcedure({ slug: slug('zle') }), staff, 'draft'))).body.doc.id;
      const response = await api(server.baseUrl, `/api/procedures/${id}?draft=true`, { method: 'PATCH', token: team(), json: patch });
      expect(response.status).toBe(400);
      expect(fieldErrors(response.body)[0]?.message).toMatch(/ma nieprawidłowy typ/);
    });

    it('answers a text/plain body with 415 and an id that cannot exist with 404', async () => {
      const plain = await api(server.baseUrl, '/api/procedures/1?draft=true', {
        method: 'PATCH',
        token: team(),
        body: 'tytuł',
        headers: { 'content-type': 'text/plain' },
      });
      expect(plain.status).toBe(415);
      expect((await api(server.baseUrl, '/api/procedures/abc', { token: team() })).status).toBe(404);
    });

    it('compares a yes/no field only as yes or no: other operators and values are a 400, not a 500', async () => {
      for (const query of ['where[appointmentRequired][like]=%3Cimg%20src%3Dx%3E', 'where[appointmentRequired][equals]=tak']) {
        const response = await api(server.baseUrl, `/api/procedures?draft=true&${query}`, { token: team() });
        expect(response.status, `${query}: ${response.text}`).toBe(400);
      }
      expect(
        (await api(server.baseUrl, '/api/procedures?draft=true&where[appointmentRequired][equals]=true', { token: team() })).status,
      ).toBe(200);
    });

    it('shows anonymous callers of /health only the status', async () => {
      const health = await api(server.baseUrl, '/health');
      expect(health.body).toEqual({ status: 'ok', database: { kind, reachable: true } });
      expect(health.text).not.toMatch(/error|stack|query|SQLITE_/i);
    });
  });

  describe('12. headers, file types and what the portal never serves', () => {
    it('sends nosniff, a referrer policy and no framing on the API', async () => {
      const response = await fetch(`${server.baseUrl}/api/departments`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    });

    it("gives portal pages a strict CSP: scripts from 'self' and the page's inline script by hash", async () => {
      const search = await fetch(`${server.baseUrl}/szukaj/`);
      const policy = search.headers.get('content-security-policy') ?? '';
      expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha(SEARCH_SCRIPT)}`);
      expect(policy).toContain(`style-src 'self' ${sha(STYLE)}`);
      expect(policy).toContain("frame-ancestors 'none'");
      const home = (await fetch(`${server.baseUrl}/`)).headers.get('content-security-policy') ?? '';
      expect(home).toContain("script-src 'self';");
      expect(search.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it("never serves the publisher's manifest", async () => {
      expect((await fetch(`${server.baseUrl}/.manifest.json`)).status).toBe(404);
    });

    it('refuses a file whose name does not say what its bytes are', async () => {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from(await makePdf('x', ['y']))], { type: 'application/pdf' }), 'wniosek.docx');
      form.append('_payload', JSON.stringify({ title: 'Wniosek' }));
      const response = await api(server.baseUrl, '/api/documents', { token: staff.tokens.editor, body: form, method: 'POST' });
      expect(response.status).toBe(400);
      expect(fieldErrors(response.body)[0]?.message).toContain('nie zgadza się z jego zawartością');
    });

    it('limits GraphQL sign-ins per address too', async () => {
      const query = { query: 'mutation { loginUser(email: "nikt@test.example.pl", password: "zle-haslo-123") { token } }' };
      let last = 0;
      for (let i = 0; i < 11; i++)
        last = (await api(server.baseUrl, '/api/graphql', { json: query, headers: { 'x-forwarded-for': '192.0.2.44' } })).status;
      expect(last).toBe(429);
    });
  });
}
