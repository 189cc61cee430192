import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { payloadLookups } from '../../cms/exchange/payloadLookups';
import { toExchange } from '../../cms/exchange/toExchange';
import { validateProcedure } from '../../schemas';
import { findDisallowedCharacter } from '../../schemas/controlCharacters';
import { buildProcedure, giveDepartmentSentinelCoordinator, SENTINEL, withInternalSentinels } from '../support/factories';
import { type FuzzRequest, fuzzRequest } from '../support/fuzzRequests';
import { createStaff, type Staff, toApiBody } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { createDraft, publishThroughWorkflow } from '../support/workflow';

/** How many requests one run sends: `FUZZ_RUNS` (bench/fuzz.ts runs 10,000 per database). */
export const fuzzRuns = () => Number(process.env.FUZZ_RUNS ?? 300);

interface Tally {
  sent: number;
  byClass: Record<string, number>;
  serverErrors: string[];
  leaks: string[];
}

/** A request as one readable line, to reproduce it by hand. */
function describeRequest(r: FuzzRequest): string {
  const body = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : new TextDecoder().decode(r.body);
  return `${r.actor} ${r.method} ${r.path} [${r.contentType ?? '-'}] ${JSON.stringify(body.slice(0, 240))}`;
}

const COLLECTIONS = ['procedures', 'documents', 'users', 'change-requests', 'register-entries', 'workflow-events', 'departments'] as const;

function stringsWithBadCharacters(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return findDisallowedCharacter(value, 'multiline') ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsWithBadCharacters(v, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsWithBadCharacters(v, `${path}.${k}`));
  return [];
}

/**
 * Property-based fuzzing over real HTTP (issue 9): generated requests of every shape against the
 * REST and GraphQL endpoints of procedures, documents, users and change requests, as an anonymous
 * visitor, an editor and the procedures team. No answer may be a 5xx, no anonymous answer may
 * carry an internal value, and afterwards no stored record may break a rule of the schema.
 */
export function fuzzSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  const tally: Tally = { sent: 0, byClass: {}, serverErrors: [], leaks: [] };

  beforeAll(async () => {
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
    await giveDepartmentSentinelCoordinator(server.payload, staff.departments['Wydział Spraw Obywatelskich'] as number);
    const record = withInternalSentinels(buildProcedure({ slug: `fuzz-live-${kind}`, department: 'Wydział Spraw Obywatelskich' }));
    await publishThroughWorkflow(server.baseUrl, staff, record);
    const draft = withInternalSentinels(buildProcedure({ slug: `fuzz-draft-${kind}`, department: 'Wydział Spraw Obywatelskich' }));
    await createDraft(server.baseUrl, staff.tokens.editor, toApiBody(draft, staff, 'draft'));
  });
  afterAll(async () => {
    await server?.close();
  });

  const send = async (request: FuzzRequest) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.contentType) headers['content-type'] = request.contentType;
    if (request.actor !== 'anonymous')
      headers.authorization = `JWT ${staff.tokens[request.actor === 'team' ? 'procedures-team' : 'editor']}`;
    // Each request from its own address, so the sign-in limit does not turn the run into 429s.
    headers['x-forwarded-for'] = `10.0.${Math.floor(tally.sent / 250)}.${tally.sent % 250}`;
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== undefined;
    const response = await fetch(`${server.baseUrl}${request.path}`, {
      method: request.method,
      headers,
      ...(hasBody ? { body: request.body as BodyInit } : {}),
      redirect: 'manual',
    });
    return { status: response.status, text: await response.text() };
  };

  it(
    `answers ${fuzzRuns()} generated requests without a 5xx or a leak, and stores no invalid record`,
    async () => {
      const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
      for (const request of fc.sample(fuzzRequest, { numRuns: fuzzRuns(), seed })) {
        const { status, text } = await send(request);
        tally.sent++;
        const cls = `${Math.floor(status / 100)}xx`;
        tally.byClass[cls] = (tally.byClass[cls] ?? 0) + 1;
        if (status >= 500) tally.serverErrors.push(`${describeRequest(request)} → ${status} ${text.slice(0, 200)}`);
        if (request.actor === 'anonymous' && text.includes(SENTINEL))
          tally.leaks.push(`${describeRequest(request)} → ${text.slice(0, 200)}`);
      }

      const invalid: string[] = [];
      const lookups = payloadLookups(server.payload);
      const procedures = await server.payload.find({ collection: 'procedures', draft: true, limit: 0, pagination: false, depth: 0 });
      for (const doc of procedures.docs) {
        const issues = validateProcedure(await toExchange(doc as unknown as Record<string, unknown>, lookups), { partial: true });
        if (issues.length > 0) invalid.push(`procedures/${doc.id}: ${issues.map((i) => i.message).join(' ')}`);
      }
      for (const collection of COLLECTIONS) {
        const { docs } = await server.payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true });
        for (const doc of docs) for (const path of stringsWithBadCharacters(doc)) invalid.push(`${collection}/${String(doc.id)}${path}`);
      }
      console.log(
        `[fuzz ${kind}] seed ${seed}: ${tally.sent} requests, ${JSON.stringify(tally.byClass)}, ` +
          `5xx ${tally.serverErrors.length}, anonymous leaks ${tally.leaks.length}, ` +
          `records checked ${procedures.docs.length} procedures + other collections, invalid ${invalid.length}`,
      );
      expect(tally.serverErrors.slice(0, 12), 'no request may end in a 5xx').toEqual([]);
      expect(tally.leaks.slice(0, 5), 'no anonymous answer may carry an internal value').toEqual([]);
      expect(invalid.slice(0, 10), 'no stored record may break the schema or carry control characters').toEqual([]);
    },
    Math.max(120_000, fuzzRuns() * 400),
  );
}
