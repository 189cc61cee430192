import fc from 'fast-check';
import { fromExchange } from '../../cms/exchange/fromExchange';
import { buildProcedure } from './factories';

/** One generated HTTP request: method, path with query, headers and body. */
export interface FuzzRequest {
  method: string;
  path: string;
  contentType?: string;
  body?: string | Uint8Array;
  actor: 'anonymous' | 'editor' | 'team';
  headers?: Record<string, string>;
}

/** Strings residents and attackers type: Polish letters, emoji, markup, control characters, lone surrogates. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    'Łódź',
    '</script><script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '\u0000',
    '\u0001\u000b',
    '\ud800',
    '\uffff',
    '\u2028\u2029',
    '😀'.repeat(161),
    'a'.repeat(161),
    'ż'.repeat(651),
    '../../etc/passwd',
    "'; drop table procedures; --",
    '{{7*7}}',
    'javascript:alert(1)',
    '%00',
    'null',
  ),
);

const fieldNames = [
  'slug',
  'title',
  'internal',
  'related',
  'validFrom',
  'validTo',
  'informationCreatedAt',
  'summary',
  'steps',
  'onlineActions',
  'usefulInfo',
  'howTo',
  'additionalInfo',
  'deadline',
  'place',
  'appointments',
  'appointmentRequired',
  'fees',
  'submissionChannels',
  'submissionDeadline',
  'requiredDocuments',
  'otherDocuments',
  'callCenter',
  'legalBasis',
  'appeal',
  'reuseConditions',
  'owner',
  'responsiblePersons',
  'coordinator',
  'unit',
  'department',
  'inEzd',
  '_status',
  'workflowState',
  'currentVersion',
  'revision',
  'contributors',
  'name',
  'email',
  'password',
  'role',
  'message',
  'procedure',
  'status',
  'isLive',
  'content',
  'publicContent',
  'files',
  'sha256',
  'approvedAt',
  'changeNote',
  'comment',
  'explanation',
  'id',
  '__proto__',
  'constructor',
];

const scalar = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(0, -1, 1, 2, 999999999, Number.MAX_SAFE_INTEGER, '1', '2', 'abc', '2027-02-30', '2026-11-29', '9999-99-99'),
);

/** Values of any shape, some deeper than any procedure (the server's depth limit is 32). */
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...fieldNames, 'name', 'value', 'online', 'group', 'file', 'url', 'platform'), tie('value'), {
      maxKeys: 5,
    }),
  ),
}));

const deep = fc.integer({ min: 20, max: 3000 }).map((n) => `${'['.repeat(n)}1${']'.repeat(n)}`);
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...fieldNames), value, { maxKeys: 8 }).map((v) => JSON.stringify(v)),
  value.map((v) => JSON.stringify(v) ?? 'null'),
  deep,
  fc.constantFrom('', '{', '{"a":', 'null', '[]', '"x"', '{"title": "\\u0000"}', '{"callCenter": null}', '{"steps": null}'),
  hostileString,
);

/** Percent-encoding that does not throw on a lone surrogate (sent as U+FFFD, as a browser would). */
const encode = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udfff]/gu, '\ufffd'));

const id = fc.oneof(
  fc.constantFrom('1', '2', '3', '0', '-1', 'abc', '999999', '1e3', '%20', '..', 'null', '1;drop'),
  fc.nat({ max: 40 }).map(String),
);
const collection = fc.constantFrom(
  'procedures',
  'documents',
  'users',
  'change-requests',
  'register-entries',
  'workflow-events',
  'departments',
);

const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?draft=true',
    '?depth=5',
    '?depth=abc',
    '?limit=-1',
    '?limit=100000',
    '?page=0',
    '?sort=owner',
    '?sort=-callCenter.notes',
    '?where[title][equals]=%E0%A4%A',
    '?where[or][0][owner][like]=a',
    '?where[id][equals]=abc',
    '?where[id][in]=1,abc',
    '?where[department][equals]=x',
    '?select[owner]=true',
    '?populate[users][sessions]=true',
    '?locale=xx&fallback-locale=null',
  ),
  fc
    .tuple(
      fc.constantFrom(...fieldNames, 'callCenter.notes', 'content.owner', 'id'),
      fc.constantFrom('equals', 'like', 'in', 'exists', 'greater_than', 'near', 'all'),
      hostileString,
    )
    .map(([field, op, v]) => `?where[${encode(field)}][${op}]=${encode(v)}`),
);

const restRequest = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT'),
  path: fc.oneof(
    fc.tuple(collection, query).map(([c, q]) => `/api/${c}${q}`),
    fc.tuple(collection, id, query).map(([c, i, q]) => `/api/${c}/${encode(i)}${q}`),
    fc
      .tuple(id, fc.constantFrom('submit', 'approve', 'return', 'withdraw', 'duplicate', 'transitions'))
      .map(([i, t]) => `/api/procedures/${encode(i)}/${t}`),
    fc.tuple(id).map(([i]) => `/api/procedures/versions/${encode(i)}`),
    fc.constantFrom(
      '/api/users/login',
      '/api/users/logout',
      '/api/users/me',
      '/api/users/forgot-password',
      '/api/users/unlock',
      '/api/users/refresh-token',
      '/api/users/reset-password',
      '/api/access',
    ),
  ),
  contentType: fc.constantFrom(
    'application/json',
    'application/json; charset=latin1',
    'text/plain',
    'application/x-www-form-urlencoded',
    undefined,
  ),
  body,
  actor: fc.constantFrom('anonymous', 'editor', 'team'),
});

const graphqlTemplates = [
  (v: string) => `mutation { createProcedure(data: ${v}, draft: true) { id title } }`,
  (v: string) => `mutation { updateProcedure(id: 1, data: ${v}, draft: false) { id } }`,
  (_v: string) => `mutation { updateProcedure(id: 2, data: { _status: draft }) { id } }`,
  (v: string) => `mutation { loginUser(email: ${v}, password: ${v}) { token } }`,
  (v: string) => `query { Procedures(where: { title: { like: ${v} } }) { docs { title owner callCenter { notes } } } }`,
  (_v: string) => `query { RegisterEntries(limit: 5) { docs { title content publicContent files } } }`,
  (v: string) => `mutation { createDocument(data: { title: ${v} }) { id } }`,
  (v: string) => `mutation { updateUser(id: 1, data: { name: ${v}, role: admin }) { id name role } }`,
  (_v: string) => `query { Users { docs { email sessions { id } } } }`,
  (v: string) => `mutation { createChangeRequest(data: { procedure: 1, message: ${v} }) { id } }`,
  (v: string) => v,
];

const graphqlRequest = fc.record({
  method: fc.constant('POST'),
  path: fc.constant('/api/graphql'),
  contentType: fc.constantFrom('application/json', 'application/graphql', 'text/plain'),
  body: fc
    .tuple(
      fc.nat({ max: graphqlTemplates.length - 1 }),
      fc.oneof(
        hostileString.map((s) => JSON.stringify(s)),
        value.map((v) => JSON.stringify(v) ?? 'null'),
      ),
    )
    .map(([i, v]) => JSON.stringify({ query: (graphqlTemplates[i] as (v: string) => string)(v) })),
  actor: fc.constantFrom('anonymous', 'editor', 'team'),
});

const uploadRequest = fc
  .record({
    actor: fc.constantFrom('anonymous', 'editor', 'team'),
    name: fc.oneof(fc.constantFrom('a.pdf', 'a.docx', 'a.exe', 'a.pdf.html', '../x.pdf', 'Łódź.pdf', ''), hostileString),
    bytes: fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.constant(new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj trailer <<>>\n%%EOF')),
    ),
    payload: fc.oneof(
      fc.constant('{"title":"Plik"}'),
      value.map((v) => JSON.stringify(v) ?? 'null'),
      hostileString,
    ),
    target: fc.constantFrom('/api/documents', '/api/documents/1', '/api/procedures/1?draft=true'),
    method: fc.constantFrom('POST', 'PATCH'),
  })
  .map(({ actor, name, bytes, payload, target, method }) => {
    const boundary = '----fuzz';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${payload}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    const body = new Uint8Array([...new TextEncoder().encode(head), ...bytes, ...new TextEncoder().encode(tail)]);
    return { method, path: target, contentType: `multipart/form-data; boundary=${boundary}`, body, actor } as FuzzRequest;
  });

/** A valid draft (department 1 is the editor's) with a few values replaced by hostile ones. */
const validBody = fromExchange(buildProcedure({ slug: 'fuzz' }), {
  procedureId: () => undefined,
  departmentId: () => 1,
  documentId: () => undefined,
});
const mutatedProcedure = fc
  .record({
    actor: fc.constantFrom('anonymous', 'editor', 'team'),
    method: fc.constantFrom('POST', 'PATCH'),
    slug: fc.stringMatching(/^[a-z0-9]{1,12}$/),
    changes: fc.dictionary(fc.constantFrom(...Object.keys(validBody)), value, { minKeys: 1, maxKeys: 3 }),
  })
  .map(({ actor, method, slug, changes }) => ({
    actor,
    method,
    path: method === 'POST' ? '/api/procedures?draft=true' : '/api/procedures/2?draft=true',
    contentType: 'application/json',
    body: JSON.stringify({ ...validBody, slug: `fuzz-${slug}`, ...changes }),
  })) as fc.Arbitrary<FuzzRequest>;

/** The admin's long queries: a form body with the method overridden to GET. */
const overriddenQuery = fc
  .record({ actor: fc.constantFrom('anonymous', 'editor', 'team'), collection, query })
  .map(({ actor, collection: c, query: q }) => ({
    actor,
    method: 'POST',
    path: `/api/${c}`,
    contentType: 'application/x-www-form-urlencoded',
    body: q.replace(/^\?/, ''),
    headers: { 'x-payload-http-method-override': 'GET' },
  })) as fc.Arbitrary<FuzzRequest>;

/** Every request the fuzz suite may send. */
export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { weight: 6, arbitrary: restRequest as fc.Arbitrary<FuzzRequest> },
  { weight: 2, arbitrary: graphqlRequest as fc.Arbitrary<FuzzRequest> },
  { weight: 1, arbitrary: uploadRequest },
  { weight: 3, arbitrary: mutatedProcedure },
  { weight: 1, arbitrary: overriddenQuery },
);
