import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildProcedure } from '../support/factories';
import { api } from '../support/http';
import { procedureIn } from '../support/procedures';
import { createStaff, PASSWORD, type Staff } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { type Id, publishThroughWorkflow } from '../support/workflow';

/** Reports allowed per address and hour in this suite (the rate-limit test sends one more). */
const LIMIT = 4;
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** The links of an HTML page and its visible text (tags out, entities as characters). */
function readPage(html: string): { links: string[]; text: string } {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
  const text = decode(html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
  return { links, text };
}

/**
 * Issue 14, residents' reports over real HTTP: `POST /api/feedback` from the portal's plain form and
 * as JSON — a change request in the department's queue marked as the resident's, a Polish
 * thank-you page escaped by construction, hostile input refused in Polish, the session never used
 * (so the endpoint cannot serve a cross-site forgery), and the per-address rate limit.
 */
export function feedbackSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  let live: Id;
  let address = 0;
  const liveSlug = `karta-mieszkanca-${kind}`;
  /** Every request from its own address (X-Forwarded-For from the loopback proxy), so the limit counts only where meant. */
  const post = (body: string, headers: Record<string, string> = FORM, from = `198.51.100.${++address}`) =>
    api(server.baseUrl, '/api/feedback', { method: 'POST', body, headers: { ...headers, 'x-forwarded-for': from } });
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const requests = async () =>
    (await server.payload.find({ collection: 'change-requests', where: { procedure: { equals: live } }, sort: '-createdAt', limit: 0 }))
      .docs;

  beforeAll(async () => {
    process.env.FEEDBACK_RATE_LIMIT = String(LIMIT);
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
    live = await publishThroughWorkflow(server.baseUrl, staff, buildProcedure({ slug: liveSlug, title: 'Karta mieszkańca <Łódź>' }));
  });
  afterAll(async () => {
    delete process.env.FEEDBACK_RATE_LIMIT;
    await server?.close();
  });

  it('turns a form post into a resident’s change request and thanks in Polish, linking back to the procedure', async () => {
    const message = 'Numer telefonu w „Miejscu załatwienia” jest nieaktualny: <b>42 638 00 00</b> nie odpowiada.';
    const response = await post(form({ procedure: liveSlug, message }));
    expect(response.status).toBe(200);
    const page = readPage(response.text);
    expect(response.text).toMatch(/^<!doctype html>\n<html lang="pl">/);
    expect(page.text).toContain('Dziękujemy za zgłoszenie');
    expect(page.text).toContain('„Karta mieszkańca <Łódź>”');
    expect(response.text).not.toContain('<Łódź>');
    expect(page.links).toEqual([`http://localhost:${process.env.PORT}/procedury/${liveSlug}/`]);
    const [request] = await requests();
    expect(request).toMatchObject({ source: 'resident', status: 'open', requestedBy: null, requestedByName: 'Mieszkaniec (portal)' });
    expect(request?.message).toContain(message);
    expect(String(typeof request?.department === 'object' ? request?.department?.id : request?.department)).toBe(
      String(staff.departments['Wydział Spraw Obywatelskich']),
    );
  });

  it('answers the page with its own strict policy and no caching', async () => {
    const response = await fetch(`${server.baseUrl}/api/feedback`, {
      method: 'POST',
      headers: { ...FORM, 'x-forwarded-for': '198.51.100.200' },
      body: form({ procedure: liveSlug, message: 'Brak informacji o opłacie.' }),
    });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('links back to a path on the portal given by the form, and to nothing else', async () => {
    const ok = await post(form({ procedure: liveSlug, message: 'Błąd w opłatach.', return: `/procedury/${liveSlug}/#oplaty` }));
    expect(readPage(ok.text).links).toEqual([`http://localhost:${process.env.PORT}/procedury/${liveSlug}/#oplaty`]);
    for (const hostile of ['//evil.example/x', 'https://evil.example/', 'javascript:alert(1)', '/\\evil.example', '/a"><script>']) {
      const response = await post(form({ procedure: liveSlug, message: 'Błąd.', return: hostile }));
      expect(readPage(response.text).links).toEqual([`http://localhost:${process.env.PORT}/procedury/${liveSlug}/`]);
    }
  });

  it('takes JSON as well, answering 201 with a message', async () => {
    const response = await post(JSON.stringify({ procedure: liveSlug, message: 'Link do formularza nie działa.' }), {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ message: 'Dziękujemy za zgłoszenie. Trafiło do komórki urzędu, która odpowiada za opis procedury.' });
  });

  it.each([
    ['no procedure', { message: 'Błąd.' }, 'Brak procedury'],
    ['no message', { procedure: 'SLUG' }, 'Napisz, co w opisie'],
    ['a blank message', { procedure: 'SLUG', message: ' \n ' }, 'Napisz, co w opisie'],
    ['1001 characters', { procedure: 'SLUG', message: 'ż'.repeat(1001) }, 'najwyżej 1000 znaków (ma 1001)'],
    ['a control character', { procedure: 'SLUG', message: 'Błąd\u0000w opisie' }, 'znak sterujący'],
    ['an unknown procedure', { procedure: 'nie-ma-takiej', message: 'Błąd.' }, 'Nie ma takiej procedury w portalu'],
    ['a slug that is not one', { procedure: '../../etc/passwd', message: 'Błąd.' }, 'Nie ma takiej procedury w portalu'],
    ['markup for a slug', { procedure: '<script>alert(1)</script>', message: 'Błąd.' }, 'Nie ma takiej procedury w portalu'],
  ])('refuses %s with a Polish 400 page that echoes nothing', async (_, fields, message) => {
    const body = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.replace('SLUG', liveSlug)]));
    const response = await post(form(body));
    expect(response.status).toBe(400);
    expect(readPage(response.text).text).toContain(message);
    expect(response.text).not.toContain('<script>');
    expect(readPage(response.text).links).toEqual([`http://localhost:${process.env.PORT}/`]);
  });

  it('takes exactly 1000 characters, and refuses lists, non-text and other content types', async () => {
    expect((await post(form({ procedure: liveSlug, message: 'ł'.repeat(1000) }))).status).toBe(200);
    const json = { 'content-type': 'application/json' };
    expect((await post(`procedure=${liveSlug}&message=a&message=b`)).status).toBe(400);
    expect((await post(JSON.stringify({ procedure: liveSlug, message: ['a'] }), json)).status).toBe(400);
    expect((await post(JSON.stringify({ procedure: liveSlug, message: { a: 1 } }), json)).status).toBe(400);
    expect((await post(JSON.stringify([liveSlug]), json)).status).toBe(400);
    expect((await post('{"procedure":', json)).status).toBe(400);
    expect((await post('procedure=x', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post(`message=${'a'.repeat(1024 * 1024 + 10)}`)).status).toBe(413);
  });

  it('treats a procedure that is not public — a draft, an internal one, a withdrawn one — as unknown', async () => {
    const draft = await procedureIn(server.payload, staff, 'draft');
    const withdrawn = await procedureIn(server.payload, staff, 'withdrawn');
    const internal = await procedureIn(server.payload, staff, 'approved', { record: { internal: true } });
    for (const id of [draft, withdrawn, internal]) {
      const { slug } = await server.payload.findByID({ collection: 'procedures', id, draft: true, depth: 0 });
      const response = await post(form({ procedure: String(slug), message: 'Błąd.' }));
      expect(response.status).toBe(400);
      expect(readPage(response.text).text).toContain('Nie ma takiej procedury w portalu');
    }
  });

  it('files nothing when the trap field a person never sees is filled in, and thanks all the same', async () => {
    const before = (await requests()).length;
    const response = await post(form({ procedure: liveSlug, message: 'Tanie kredyty!', website: 'https://spam.example' }));
    expect(response.status).toBe(200);
    expect((await requests()).length).toBe(before);
  });

  it('never uses a session: a cross-site post with a staff cookie files what an anonymous one would', async () => {
    const login = await fetch(`${server.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'procedures-team@test.example.pl', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^payload-token=/);
    const response = await post(form({ procedure: liveSlug, message: 'Zgłoszenie z ciasteczkiem.' }), {
      ...FORM,
      cookie,
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(response.status).toBe(200);
    const [request] = await requests();
    expect(request).toMatchObject({ source: 'resident', requestedBy: null, requestedByName: 'Mieszkaniec (portal)' });
    // The same cookie still cannot change anything else from that site.
    const other = await api(server.baseUrl, '/api/change-requests', {
      method: 'POST',
      json: { procedure: live, message: 'x' },
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(other.status).toBe(403);
  });

  it('shows residents nothing of the queue', async () => {
    expect((await api(server.baseUrl, '/api/change-requests')).status).toBe(403);
  });

  it(`refuses the ${LIMIT + 1}th report from one address within an hour (429, a Polish page), and not others`, async () => {
    const from = '203.0.113.7';
    for (let i = 0; i < LIMIT; i++)
      expect((await post(form({ procedure: liveSlug, message: `Zgłoszenie ${i}.` }), FORM, from)).status).toBe(200);
    const refused = await post(form({ procedure: liveSlug, message: 'Jeszcze jedno.' }), FORM, from);
    expect(refused.status).toBe(429);
    expect(readPage(refused.text).text).toContain('zbyt wiele zgłoszeń');
    const json = await post(JSON.stringify({ procedure: liveSlug, message: 'x' }), { 'content-type': 'application/json' }, from);
    expect(json.status).toBe(429);
    expect(json.text).toContain('zbyt wiele zgłoszeń');
    expect((await post(form({ procedure: liveSlug, message: 'Inny adres.' }))).status).toBe(200);
  });
}
