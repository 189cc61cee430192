/**
 * The consultant's search in the browser: the staff search (`GET /api/search`, cms/search/endpoint.ts:
 * every field, internal ones included, words in any form), and the admin's list search standing in
 * when the staff search cannot answer — not there (404), still building its index after a start
 * (503), failing (5xx) or unreachable. A refusal of the query itself (400) or of the session
 * (401, 403) is no outage: the server's Polish message is shown instead of other results.
 */
import { searchBoxMessages as m } from './messages';

export interface Hit {
  slug: string;
  title: string;
  department: string;
  workflowState: string;
  snippet?: string;
}

export interface Found {
  hits: Hit[];
  /** Set when the stand-in answered: why, in Polish. */
  notice?: string;
}

export const RESULT_LIMIT = 10;

/** Answers that say something about the request, not about the search being down. */
const REFUSALS = new Set([400, 401, 403]);

interface ErrorBody {
  errors?: { message?: string }[];
}

const messageOf = async (response: Response): Promise<string | undefined> =>
  ((await response.json().catch(() => ({}))) as ErrorBody).errors?.[0]?.message;

const isAbort = (failure: unknown) => failure instanceof DOMException && failure.name === 'AbortError';

/** The stand-in's query of Payload's REST list of procedures: latest saved versions (as the staff search), by `like`. */
export function listSearchParams(query: string): URLSearchParams {
  const fields = ['title', 'slug', 'summary', 'keywords.value'];
  const params = new URLSearchParams({
    limit: String(RESULT_LIMIT),
    depth: '1',
    draft: 'true',
    sort: 'title',
    'select[title]': 'true',
    'select[slug]': 'true',
    'select[department]': 'true',
    'select[workflowState]': 'true',
    'populate[departments][name]': 'true',
  });
  fields.forEach((field, i) => {
    params.set(`where[or][${i}][${field}][like]`, query);
  });
  return params;
}

/** The stand-in: the admin's list search. */
async function listSearch(query: string, signal: AbortSignal): Promise<Hit[]> {
  let response: Response;
  try {
    response = await fetch(`/api/procedures?${listSearchParams(query)}`, { credentials: 'include', signal });
  } catch (failure) {
    if (isAbort(failure)) throw failure;
    throw new Error(m.failed(m.noAnswer));
  }
  if (!response.ok) throw new Error(m.failed((await messageOf(response)) ?? m.status(response.status)));
  const { docs } = (await response.json()) as {
    docs: { slug: string; title: string; workflowState?: string | null; department?: { name?: string } | number | null }[];
  };
  return docs.map((doc) => ({
    slug: doc.slug,
    title: doc.title,
    workflowState: doc.workflowState ?? '',
    department: typeof doc.department === 'object' && doc.department ? (doc.department.name ?? '') : '',
  }));
}

/** Procedures for the words typed, best first; rejects with a Polish message a consultant can act on. */
export async function searchProcedures(query: string, signal: AbortSignal): Promise<Found> {
  let response: Response;
  try {
    response = await fetch(`/api/search?${new URLSearchParams({ q: query, limit: String(RESULT_LIMIT) })}`, {
      credentials: 'include',
      signal,
    });
  } catch (failure) {
    if (isAbort(failure)) throw failure;
    return { hits: await listSearch(query, signal), notice: m.fallback(m.unavailable(null)) };
  }
  if (REFUSALS.has(response.status)) throw new Error(m.failed((await messageOf(response)) ?? m.status(response.status)));
  if (response.ok) {
    const body = (await response.json().catch(() => null)) as { results?: Hit[] } | null;
    if (Array.isArray(body?.results)) return { hits: body.results };
    return { hits: await listSearch(query, signal), notice: m.fallback(m.malformed) };
  }
  // Only the staff search's own 503 carries a Polish reason ("still being prepared, n of m"); a 404 or
  // a 500 may come from elsewhere (Payload's router, a proxy), in whatever language.
  const reason = response.status === 503 ? ((await messageOf(response)) ?? m.unavailable(503)) : m.unavailable(response.status);
  return { hits: await listSearch(query, signal), notice: m.fallback(reason) };
}
