/**
 * What went wrong with a `fetch` that threw, in the terms the checks report: Node's fetch (undici)
 * throws a TypeError("fetch failed") whose `cause` carries the system error code, and a
 * `TimeoutError` when `AbortSignal.timeout` fires.
 */
export type FetchFailure = { kind: 'timeout' } | { kind: 'dns'; code: string } | { kind: 'connection'; code: string; reason: string };

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'ENODATA']);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function causeOf(error: unknown): { code?: string; message?: string } {
  let cause: unknown = error instanceof Error ? error.cause : undefined;
  // Happy-eyeballs connects to several addresses and may report an AggregateError of them.
  if (cause instanceof AggregateError && cause.errors.length > 0) cause = cause.errors[0];
  if (typeof cause !== 'object' || cause === null) return {};
  const { code, message } = cause as { code?: unknown; message?: unknown };
  return { ...(typeof code === 'string' ? { code } : {}), ...(typeof message === 'string' ? { message } : {}) };
}

export function classifyFetchError(error: unknown): FetchFailure {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return { kind: 'timeout' };
  const { code, message } = causeOf(error);
  if (code && TIMEOUT_CODES.has(code)) return { kind: 'timeout' };
  if (code && DNS_CODES.has(code)) return { kind: 'dns', code };
  const reason = code ?? message ?? (error instanceof Error ? error.message : String(error));
  return { kind: 'connection', code: code ?? 'UNKNOWN', reason };
}
