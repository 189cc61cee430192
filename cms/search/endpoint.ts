import type { Endpoint } from 'payload';
import { codePointLabel, findDisallowedCharacter } from '../../schemas/controlCharacters';
import { staffOf } from '../access/roles';
import { searchMessages as m } from './messages';
import { staffSearch } from './service';

/** Longest query (code points): a consultant types words, not documents. */
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

const problem = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/** A parameter given once, as text: `q=a&q=b`, `q[]=a` and `q[0]=a` are lists and refused. */
function single(params: URLSearchParams, name: string): { value?: string; error?: string } {
  const listed = [...params.keys()].some((key) => key !== name && key.startsWith(`${name}[`));
  const values = params.getAll(name);
  if (listed || values.length > 1) return { error: m.queryNotText(name) };
  return values[0] === undefined ? {} : { value: values[0] };
}

/** `q` and `limit` of a search, checked: a Polish 400 for anything else. */
export function parseSearchParams(params: URLSearchParams): { q: string; limit: number } | { error: string } {
  const q = single(params, 'q');
  if (q.error) return { error: q.error };
  const text = (q.value ?? '').trim();
  if (text === '') return { error: m.queryMissing };
  const length = [...text].length;
  if (length > MAX_QUERY_LENGTH) return { error: m.queryTooLong(MAX_QUERY_LENGTH, length) };
  const bad = findDisallowedCharacter(text, 'line');
  if (bad) return { error: m.controlCharacter(codePointLabel(bad.codePoint), bad.position) };
  const limit = single(params, 'limit');
  if (limit.error) return { error: limit.error };
  if (limit.value === undefined) return { q: text, limit: DEFAULT_LIMIT };
  const n = /^\d{1,4}$/.test(limit.value.trim()) ? Number(limit.value) : Number.NaN;
  if (!(n >= 1 && n <= MAX_LIMIT)) return { error: m.badLimit(1, MAX_LIMIT) };
  return { q: text, limit: n };
}

/**
 * `GET /api/search?q=<text>&limit=<n>` — the staff search (issue 12) for any signed-in member of
 * staff: every procedure's latest saved version, drafts and internal fields included, best first.
 * Answers `{"results": [{slug, title, department, workflowState, score, snippet}]}`; 503 with
 * `Retry-After` while the index is still being built after a start.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, m.signIn);
    if (!staffOf(req)) return problem(403, m.staffOnly);
    const parsed = parseSearchParams(req.searchParams);
    if ('error' in parsed) return problem(400, parsed.error);
    staffSearch.start(req.payload);
    const found = await staffSearch.search(parsed.q, parsed.limit);
    if (!found) {
      const status = staffSearch.status();
      const [indexed, total] = status.state === 'building' ? [status.indexed, status.total] : [0, 0];
      return problem(503, m.building(indexed, total), { 'Retry-After': '5' });
    }
    const results = found.map(({ slug, title, department, workflowState, score, snippet }) => ({
      slug,
      title,
      department,
      workflowState,
      score,
      snippet,
    }));
    return Response.json({ results }, { headers: { 'Cache-Control': 'no-store' } });
  },
};
