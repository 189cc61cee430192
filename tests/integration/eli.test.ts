/**
 * The ELI client and the legal-basis watch against a local HTTP server that answers in the shape
 * of the Sejm's API (`/eli/acts/{publisher}/{year}/{position}` and `…/references`). No request
 * leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEliClient, eliClientFromEnv, memoisedEliClient } from '../../cms/quality/eli/client';
import { watchLegalBasis } from '../../cms/quality/eli/watch';
import type { ProcedureRecord } from '../../schemas/types.generated';

type Body = Record<string, unknown>;

/** The API's data: Kodeks postępowania administracyjnego (DU/1960/168), cited by its consolidated text DU/2024/572. */
function initialActs(): Map<string, { act: Body; references: Body }> {
  return new Map([
    [
      'DU/2024/572',
      {
        act: {
          ELI: 'DU/2024/572',
          title: 'Obwieszczenie Marszałka Sejmu RP w sprawie ogłoszenia jednolitego tekstu ustawy – Kodeks postępowania administracyjnego',
          type: 'Obwieszczenie',
          promulgation: '2024-04-19',
          references: { 'Tekst jednolity dla aktu': [{ id: 'DU/1960/168' }] },
        },
        references: { 'Tekst jednolity dla aktu': [{ act: { ELI: 'DU/1960/168', title: 'Kodeks postępowania administracyjnego' } }] },
      },
    ],
    [
      'DU/1960/168',
      {
        act: { ELI: 'DU/1960/168', title: 'Kodeks postępowania administracyjnego', type: 'Ustawa', references: {} },
        references: {
          'Akty zmieniające': [
            {
              act: {
                ELI: 'DU/2024/1685',
                title: 'Ustawa o zmianie ustawy – Kodeks postępowania administracyjnego',
                promulgation: '2024-11-22',
              },
              date: '2024-12-07',
            },
          ],
          'Inf. o tekście jednolitym': [{ act: { ELI: 'DU/2024/572', promulgation: '2024-04-19', status: 'obowiązujący' } }],
        },
      },
    ],
  ]);
}

let acts = initialActs();
const requests: string[] = [];
let server: Server;
let baseUrl: string;

function answer(path: string): { status: number; body: string; delayMs?: number } {
  const match = /^\/eli\/acts\/(DU|MP)\/(\d{4})\/(\d+)(\/references)?$/.exec(path);
  if (!match) return { status: 404, body: '{}' };
  const eli = `${match[1]}/${match[2]}/${match[3]}`;
  if (eli === 'DU/2099/1') return { status: 200, body: '{}', delayMs: 2_000 };
  if (eli === 'DU/2099/2') return { status: 503, body: 'Service Unavailable' };
  if (eli === 'DU/2099/3') return { status: 200, body: '<html>nie JSON</html>' };
  if (eli === 'DU/2099/4') return { status: 404, body: '{"message":"not found"}' };
  const known = acts.get(eli);
  // Every other act cited by the demo exists and has had no changes.
  const data = known ?? { act: { ELI: eli, title: `Akt ${eli}`, references: {} }, references: {} };
  return { status: 200, body: JSON.stringify(match[4] ? data.references : data.act) };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const { status, body, delayMs } = answer(request.url ?? '');
    const send = () => response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    if (delayMs) setTimeout(send, delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/eli`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  acts = initialActs();
  requests.length = 0;
});

const bonifikata = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../cms/seed/procedures/przeksztalcenie-uzytkowania-wieczystego-bonifikata.json'), 'utf8'),
) as ProcedureRecord;
const lastApproval = '2025-06-16';

/** A category of the base act's references on the server, to add a change to. */
function kpaReferences(category: string): unknown[] {
  const list = acts.get('DU/1960/168')?.references[category];
  if (!Array.isArray(list)) throw new Error(`no ${category}`);
  return list;
}

function kpaCheck(checks: Awaited<ReturnType<typeof watchLegalBasis>>) {
  const check = checks.find((c) => c.eli === 'DU/2024/572');
  if (!check) throw new Error('KPA not recognised');
  return check;
}

describe('legal-basis watch against a local ELI API', () => {
  it('finds nothing new while the cited act has no change after the approval', async () => {
    const checks = await watchLegalBasis(bonifikata, lastApproval, createEliClient({ baseUrl }));
    expect(checks.map((c) => c.eli)).toEqual(['DU/2024/386', 'DU/2024/1145', 'DU/2024/572', 'DU/2023/2111', null, null]);
    expect(checks.flatMap((c) => c.changes)).toEqual([]);
    expect(checks.every((c) => c.error === undefined)).toBe(true);
  });

  it('reports the amending act once it appears, with a key that stays the same on the next run', async () => {
    kpaReferences('Akty zmieniające').push({
      act: { ELI: 'DU/2025/1201', title: 'Ustawa o zmianie ustawy – Kodeks postępowania administracyjnego', promulgation: '2025-09-10' },
      date: '2025-10-01',
    });
    const first = kpaCheck(await watchLegalBasis(bonifikata, lastApproval, createEliClient({ baseUrl })));
    expect(first.changes).toHaveLength(1);
    expect(first.changes[0]).toMatchObject({
      kind: 'amendment',
      citedEli: 'DU/2024/572',
      baseEli: 'DU/1960/168',
      changeEli: 'DU/2025/1201',
      publishedOn: '2025-09-10',
      effectiveOn: '2025-10-01',
      key: 'eli:DU/1960/168:amendment:DU/2025/1201',
    });
    expect(first.changes[0]?.message).toMatch(/^Akt cytowany w podstawie prawnej \(Dz\. U\. z 2024 r\. poz\. 572\) został zmieniony/);
    const second = kpaCheck(await watchLegalBasis(bonifikata, lastApproval, createEliClient({ baseUrl })));
    expect(second.changes.map((c) => c.key)).toEqual(first.changes.map((c) => c.key));
  });

  it('reports a new consolidated text', async () => {
    kpaReferences('Inf. o tekście jednolitym').push({
      act: { ELI: 'DU/2025/1691', displayAddress: 'Dz.U. 2025 poz. 1691', promulgation: '2025-12-01' },
    });
    const check = kpaCheck(await watchLegalBasis(bonifikata, lastApproval, createEliClient({ baseUrl })));
    expect(check.changes.map((c) => [c.kind, c.changeEli])).toEqual([['consolidated-text', 'DU/2025/1691']]);
  });

  it('asks the API once per act in a run, however many procedures cite it', async () => {
    const client = memoisedEliClient(createEliClient({ baseUrl }));
    await watchLegalBasis(bonifikata, lastApproval, client);
    await watchLegalBasis(bonifikata, lastApproval, client);
    expect(requests.filter((r) => r === '/eli/acts/DU/2024/572')).toHaveLength(1);
  });
});

describe('ELI client failures are results, never crashes', () => {
  it('reports a slow API as a timeout', async () => {
    const result = await createEliClient({ baseUrl, timeoutMs: 200 }).act('DU/2099/1');
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    if (!result.ok)
      expect(result.error.message).toBe(
        'API ELI Sejmu nie odpowiedziało w ciągu 0,2 s. Sprawdzenie zostanie powtórzone przy następnym uruchomieniu.',
      );
  });

  it('reports error statuses, a missing act and a body that is not JSON', async () => {
    const client = createEliClient({ baseUrl });
    expect(await client.act('DU/2099/2')).toMatchObject({ ok: false, error: { code: 'http', status: 503 } });
    expect(await client.act('DU/2099/4')).toMatchObject({ ok: false, error: { code: 'not-found', status: 404 } });
    expect(await client.act('DU/2099/3')).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    expect(await client.act('DU/2023')).toMatchObject({ ok: false, error: { code: 'invalid-eli' } });
  });

  it('reports an unreachable API per entry and goes on', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const checks = await watchLegalBasis(bonifikata, lastApproval, createEliClient({ baseUrl: `http://127.0.0.1:${port}/eli` }));
    const withEli = checks.filter((c) => c.eli !== null);
    expect(withEli.every((c) => c.error?.code === 'unreachable' && c.changes.length === 0)).toBe(true);
    expect(withEli[0]?.error?.message).toContain('Nie udało się połączyć z API ELI Sejmu (ECONNREFUSED)');
  });

  it('is disabled when ELI_API_URL is unset', () => {
    expect(eliClientFromEnv({})).toBeNull();
    expect(eliClientFromEnv({ ELI_API_URL: '  ' })).toBeNull();
    expect(eliClientFromEnv({ ELI_API_URL: baseUrl })).not.toBeNull();
  });
});
