/**
 * The link check against a local HTTP server: a page that works, one that is gone, a redirect
 * chain, a redirect loop, a slow page, a server that refuses HEAD, a refused connection. No
 * request leaves the machine (the DNS case is simulated through an injected fetch).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { brokenLinks, checkLinks, type LinkCheckOptions, linkCheckSettingsFromEnv } from '../../cms/quality/linkCheck';
import { collectLinks, type LinkSource } from '../../cms/quality/links/collectLinks';

let server: Server;
let origin: string;
const log: { method: string; path: string; host: string; at: number }[] = [];
let inFlight = 0;
let maxInFlight = 0;

function route(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  const redirect = (to: string, status = 302) => response.writeHead(status, { location: to }).end();
  const chain = /^\/chain\/(\d+)$/.exec(path);
  if (path === '/ok' || path === '/formularz') response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Wniosek</p>');
  else if (path === '/tylko-get') response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
  else if (path === '/usunieta') response.writeHead(404).end('Nie znaleziono');
  else if (path === '/blad') response.writeHead(500).end();
  else if (path === '/stary-adres') redirect('/posredni', 301);
  else if (path === '/posredni') redirect(`${origin}/ok`, 302);
  else if (path === '/petla-a') redirect('/petla-b');
  else if (path === '/petla-b') redirect('/petla-a');
  else if (chain) redirect(`/chain/${Number(chain[1]) + 1}`);
  else if (path === '/wolna') setTimeout(() => response.writeHead(200).end(), 10_000).unref();
  else if (path.startsWith('/czekaj')) setTimeout(() => response.writeHead(200).end(), 100).unref();
  else response.writeHead(404).end();
}

beforeAll(async () => {
  server = createServer((request, response) => {
    log.push({ method: request.method ?? '', path: request.url ?? '', host: request.headers.host ?? '', at: Date.now() });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => {
      inFlight -= 1;
    });
    route(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  log.length = 0;
  maxInFlight = 0;
});

// Generous per-request timeout: two shared cores under a parallel test run can stall a local answer for a while.
const fast: Partial<LinkCheckOptions> = { timeoutMs: 2_000, maxRedirects: 3, perHostDelayMs: 0, concurrency: 4, perHostConcurrency: 4 };

/** Only the fields under test: a full demo record links to real sites, and no test may reach them. */
function procedure(slug: string, howTo: string, eFormUrl?: string): LinkSource {
  return {
    slug,
    howTo,
    requiredDocuments: [{ group: 'submit', name: 'Wniosek', ...(eFormUrl ? { eForms: [{ platform: 'ePUAP', url: eFormUrl }] } : {}) }],
  };
}

async function checkOne(path: string, options = fast) {
  const [result] = await checkLinks([procedure('zameldowanie-na-pobyt-staly', `Zobacz [stronę](${origin}${path}).`)], options);
  if (!result) throw new Error('no result');
  return result;
}

describe('link check against a local server', () => {
  it('collects e-form addresses and Markdown links with the procedures and fields carrying them', () => {
    const records = [
      procedure('zameldowanie-na-pobyt-staly', `Formularz: ${origin}/formularz, wizyty: [tutaj](${origin}/ok), e-mail: lckm@uml.lodz.pl`),
      procedure('zaswiadczenie-o-zameldowaniu', 'Bez linków.', `${origin}/formularz`),
    ];
    const targets = collectLinks(records);
    expect(targets.map((t) => [t.url, t.procedures])).toEqual([
      [`${origin}/formularz`, ['zameldowanie-na-pobyt-staly', 'zaswiadczenie-o-zameldowaniu']],
      [`${origin}/ok`, ['zameldowanie-na-pobyt-staly']],
    ]);
    expect(targets[0]?.occurrences).toEqual([
      { slug: 'zameldowanie-na-pobyt-staly', path: 'howTo' },
      { slug: 'zaswiadczenie-o-zameldowaniu', path: 'requiredDocuments.0.eForms.0.url' },
    ]);
  });

  it('finds a working page ok, with HEAD only', async () => {
    expect(await checkOne('/ok')).toMatchObject({ status: 200, ok: true, redirects: 0, procedures: ['zameldowanie-na-pobyt-staly'] });
    expect(log.map((l) => l.method)).toEqual(['HEAD']);
  });

  it('falls back to GET when the server refuses HEAD', async () => {
    expect(await checkOne('/tylko-get')).toMatchObject({ status: 200, ok: true });
    expect(log.map((l) => l.method)).toEqual(['HEAD', 'GET']);
  });

  it('reports a dead link (404) and a server error as broken, in Polish', async () => {
    const gone = await checkOne('/usunieta');
    expect(gone).toMatchObject({ status: 404, ok: false, error: { code: 'http', message: 'Strona odpowiada błędem HTTP 404.' } });
    expect(await checkOne('/blad')).toMatchObject({ status: 500, ok: false });
  });
});

describe('link check: redirects, timeouts, unreachable hosts', () => {
  it('follows a redirect chain to the page it ends at', async () => {
    expect(await checkOne('/stary-adres')).toMatchObject({ status: 200, ok: true, redirects: 2, finalUrl: `${origin}/ok` });
  });

  it('recognises a redirect loop and a chain longer than the limit', async () => {
    expect(await checkOne('/petla-a')).toMatchObject({ ok: false, error: { code: 'redirect-loop' } });
    const long = await checkOne('/chain/1');
    expect(long).toMatchObject({
      ok: false,
      redirects: 3,
      error: { code: 'too-many-redirects', message: 'Za dużo przekierowań (więcej niż 3).' },
    });
  });

  it('gives up on a slow page after the timeout', async () => {
    const started = Date.now();
    const slow = await checkOne('/wolna', { ...fast, timeoutMs: 300 });
    expect(slow).toMatchObject({ status: null, ok: false, error: { code: 'timeout', message: 'Strona nie odpowiedziała w ciągu 0,3 s.' } });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports a refused connection and an unknown host as broken', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const [refused] = await checkLinks([procedure('a', `[x](http://127.0.0.1:${port}/)`)], fast);
    expect(refused).toMatchObject({ ok: false, error: { code: 'connection' } });
    const noSuchHost: typeof fetch = async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo ENOTFOUND epuap.example'), { code: 'ENOTFOUND' }),
      });
    };
    const [dns] = await checkLinks([procedure('a', '[x](https://epuap.example/formularz)')], { ...fast, fetch: noSuchHost });
    expect(dns).toMatchObject({
      ok: false,
      error: { code: 'dns', message: 'Nie ma takiego adresu: serwer „epuap.example” nie istnieje.' },
    });
  });
});

describe('link check: politeness and settings', () => {
  it('keeps one request at a time per host with a pause between them, while hosts run in parallel', async () => {
    const localhost = origin.replace('127.0.0.1', 'localhost');
    const howTo = [1, 2, 3].map((i) => `[a${i}](${origin}/czekaj/${i}) [b${i}](${localhost}/czekaj/${i})`).join(' ');
    const results = await checkLinks([procedure('a', howTo)], { ...fast, perHostConcurrency: 1, perHostDelayMs: 150 });
    expect(results.every((r) => r.ok)).toBe(true);
    // Two hosts (127.0.0.1 and localhost), each served one at a time: never more than two requests at once.
    expect(maxInFlight).toBe(2);
    for (const host of new Set(log.map((l) => l.host))) {
      const starts = log.filter((l) => l.host === host).map((l) => l.at);
      expect(starts).toHaveLength(3);
      // Each request takes 100 ms, then the host rests 150 ms before the next one starts.
      for (let i = 1; i < starts.length; i++) expect((starts[i] ?? 0) - (starts[i - 1] ?? 0)).toBeGreaterThanOrEqual(240);
    }
  });

  it('lists only the broken links for the dashboard', async () => {
    const results = await checkLinks([procedure('a', `[ok](${origin}/ok) [zła](${origin}/usunieta)`)], fast);
    expect(brokenLinks(results).map((r) => r.url)).toEqual([`${origin}/usunieta`]);
  });

  it('is off in development unless enabled, and reads its limits from the environment', () => {
    expect(linkCheckSettingsFromEnv({ NODE_ENV: 'development' }).enabled).toBe(false);
    expect(linkCheckSettingsFromEnv({ NODE_ENV: 'production' }).enabled).toBe(true);
    const { enabled, options } = linkCheckSettingsFromEnv({
      LINK_CHECK_ENABLED: 'true',
      LINK_CHECK_TIMEOUT_MS: '5000',
      LINK_CHECK_CONCURRENCY: '2',
    });
    expect(enabled).toBe(true);
    expect(options).toMatchObject({ timeoutMs: 5_000, concurrency: 2, maxRedirects: 5, perHostDelayMs: 1_000 });
  });
});
