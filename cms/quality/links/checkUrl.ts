/**
 * One address checked the way a browser would reach it: HEAD first (no body to download), GET when
 * HEAD fails (many servers answer HEAD with 403, 404 or 405 but serve the page), redirects followed
 * by hand up to a limit so a loop is recognised, each request bounded by a timeout. Broken: a final
 * 4xx/5xx, a name that does not resolve, a refused or reset connection, a timeout, a redirect loop
 * or too many redirects.
 */
import { classifyFetchError } from '../fetchErrors';
import { linkMessages as m } from '../messages.pl';

export type LinkErrorCode =
  | 'http'
  | 'timeout'
  | 'dns'
  | 'connection'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'bad-redirect'
  | 'invalid-url';

export interface UrlCheck {
  url: string;
  /** The final HTTP status; null when no response came. */
  status: number | null;
  ok: boolean;
  error?: { code: LinkErrorCode; message: string };
  /** Where the redirects led, when they led anywhere. */
  finalUrl?: string;
  redirects: number;
}

export interface CheckUrlOptions {
  /** Per request (each redirect hop and the GET fallback wait at most this long). */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  fetch?: typeof fetch;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Hop = { kind: 'response'; status: number; location: string | null } | { kind: 'error'; error: NonNullable<UrlCheck['error']> };

async function hop(url: string, method: 'HEAD' | 'GET', options: CheckUrlOptions): Promise<Hop> {
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method,
      redirect: 'manual',
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    // The page itself is not needed: cancelling frees the connection instead of downloading it.
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'response', status: response.status, location: response.headers.get('location') };
  } catch (error) {
    const failed = classifyFetchError(error);
    if (failed.kind === 'timeout') return { kind: 'error', error: { code: 'timeout', message: m.timeout(options.timeoutMs) } };
    if (failed.kind === 'dns') return { kind: 'error', error: { code: 'dns', message: m.dns(new URL(url).hostname) } };
    return { kind: 'error', error: { code: 'connection', message: m.connection(failed.reason) } };
  }
}

function result(url: string, current: string, redirects: number, status: number | null, error?: UrlCheck['error']): UrlCheck {
  return {
    url,
    status,
    ok: error === undefined && status !== null && status < 400,
    ...(error ? { error } : {}),
    ...(current !== url ? { finalUrl: current } : {}),
    redirects,
  };
}

export async function checkUrl(url: string, options: CheckUrlOptions): Promise<UrlCheck> {
  let current: string;
  try {
    current = new URL(url).href;
    if (!/^https?:$/.test(new URL(current).protocol)) throw new Error('not http');
  } catch {
    return result(url, url, 0, null, { code: 'invalid-url', message: m.invalidUrl() });
  }
  const visited = new Set([current]);
  let redirects = 0;
  let method: 'HEAD' | 'GET' = 'HEAD';
  for (;;) {
    const answer = await hop(current, method, options);
    // No GET retry after a timeout or a refused connection: it would double the wait on every dead host.
    if (answer.kind === 'error') return result(url, current, redirects, null, answer.error);
    if (REDIRECTS.has(answer.status)) {
      const next = answer.location ? safeUrl(answer.location, current) : undefined;
      if (!next) return result(url, current, redirects, answer.status, { code: 'bad-redirect', message: m.badRedirect() });
      if (visited.has(next)) return result(url, current, redirects, answer.status, { code: 'redirect-loop', message: m.redirectLoop() });
      redirects += 1;
      if (redirects > options.maxRedirects) {
        return result(url, current, redirects - 1, answer.status, {
          code: 'too-many-redirects',
          message: m.tooManyRedirects(options.maxRedirects),
        });
      }
      visited.add(next);
      current = next;
      // A 303 means "see this with GET"; the others keep the method.
      if (answer.status === 303) method = 'GET';
      continue;
    }
    if (answer.status >= 400 && method === 'HEAD') {
      method = 'GET';
      continue;
    }
    const error = answer.status >= 400 ? { code: 'http' as const, message: m.http(answer.status) } : undefined;
    return result(url, current, redirects, answer.status, error);
  }
}

function safeUrl(location: string, base: string): string | undefined {
  try {
    const next = new URL(location, base);
    return /^https?:$/.test(next.protocol) ? next.href : undefined;
  } catch {
    return undefined;
  }
}
