/**
 * A client of the Sejm's ELI API. It never throws: an unreachable or slow API, an error status or
 * an unexpected body come back as `{ ok: false, error }` with a Polish message, so one failing act
 * cannot stop the weekly run over every procedure. Base URL from `ELI_API_URL`; without it the
 * watch is disabled (`eliClientFromEnv` returns null) — no machine of this project reaches the API
 * in development or CI.
 */
import { ELI_PATTERN } from '../../../schemas/quality/additions';
import { compact } from '../../../schemas/rules/compact';
import { classifyFetchError } from '../fetchErrors';
import { eliMessages as m } from '../messages.pl';
import type { EliAct, EliClient, EliError, EliReferences, EliReferencesResponse, EliResult } from './types';

export const DEFAULT_ELI_TIMEOUT_MS = 15_000;

export interface EliClientOptions {
  /** e.g. `https://api.sejm.gov.pl/eli` */
  baseUrl: string;
  timeoutMs?: number;
  userAgent?: string;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

type Json = Record<string, unknown>;

function failure(code: EliError['code'], message: string, url: string, status?: number): { ok: false; error: EliError } {
  return { ok: false, error: { code, message, url, ...(status !== undefined ? { status } : {}) } };
}

function day(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Both shapes of a related act — `{ act: {...}, date }` from `/references`, `{ id, date }` embedded — as one. */
export function normaliseReferences(body: EliReferencesResponse): EliReferences {
  const out: EliReferences = {};
  for (const [category, entries] of Object.entries(body)) {
    if (!Array.isArray(entries)) continue;
    out[category] = entries.flatMap((entry) => {
      const act = (entry.act ?? {}) as Json;
      const eli = text(act.ELI) ?? text(entry.id);
      if (!eli) return [];
      return [
        compact({
          eli,
          title: text(act.title),
          displayAddress: text(act.displayAddress),
          status: text(act.status),
          promulgation: day(act.promulgation),
          announcementDate: day(act.announcementDate),
          date: day(entry.date),
        }),
      ];
    });
  }
  return out;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function createEliClient(options: EliClientOptions): EliClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_ELI_TIMEOUT_MS;
  const doFetch = options.fetch ?? fetch;

  async function getJson(eli: string, suffix: string): Promise<EliResult<Json>> {
    const url = `${base}/acts/${eli}${suffix}`;
    if (!ELI_PATTERN.test(eli)) return failure('invalid-eli', m.error.invalidEli(eli), url);
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { accept: 'application/json', 'user-agent': options.userAgent ?? 'lckm-procedury (kontrola podstawy prawnej)' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const failed = classifyFetchError(error);
      if (failed.kind === 'timeout') return failure('timeout', m.error.timeout(timeoutMs), url);
      return failure('unreachable', m.error.unreachable(failed.kind === 'dns' ? failed.code : failed.reason), url);
    }
    if (response.status === 404) {
      await response.body?.cancel();
      return failure('not-found', m.error.notFound(eli), url, 404);
    }
    if (!response.ok) {
      await response.body?.cancel();
      return failure('http', m.error.http(response.status), url, response.status);
    }
    try {
      const body: unknown = await response.json();
      if (!isObject(body)) return failure('invalid-response', m.error.invalidResponse(), url, response.status);
      return { ok: true, value: body };
    } catch (error) {
      const failed = classifyFetchError(error);
      if (failed.kind === 'timeout') return failure('timeout', m.error.timeout(timeoutMs), url);
      return failure('invalid-response', m.error.invalidResponse(), url, response.status);
    }
  }

  return {
    async act(eli) {
      const result = await getJson(eli, '');
      if (!result.ok) return result;
      const references = isObject(result.value.references) ? result.value.references : undefined;
      if (references && !Object.values(references).every(Array.isArray)) {
        return failure('invalid-response', m.error.invalidResponse(), `${base}/acts/${eli}`);
      }
      return { ok: true, value: { ...result.value, ELI: text(result.value.ELI) ?? eli } as EliAct };
    },
    async references(eli) {
      const result = await getJson(eli, '/references');
      if (!result.ok) return result;
      return { ok: true, value: normaliseReferences(result.value as EliReferencesResponse) };
    },
  };
}

/** The client for the configured API, or null when `ELI_API_URL` is unset: the watch is then disabled. */
export function eliClientFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): EliClient | null {
  const baseUrl = env.ELI_API_URL?.trim();
  if (!baseUrl) return null;
  const timeout = Number(env.ELI_API_TIMEOUT_MS);
  return createEliClient({ baseUrl, ...(Number.isInteger(timeout) && timeout > 0 ? { timeoutMs: timeout } : {}) });
}

/**
 * One run asks for each act once, however many procedures cite it (the Code of Administrative
 * Procedure is cited by most of them). Make a new one per run, so the next run sees fresh data.
 */
export function memoisedEliClient(client: EliClient): EliClient {
  const acts = new Map<string, Promise<EliResult<EliAct>>>();
  const references = new Map<string, Promise<EliResult<EliReferences>>>();
  const once = <T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> => {
    const cached = cache.get(key);
    if (cached) return cached;
    const loading = load();
    cache.set(key, loading);
    return loading;
  };
  return {
    act: (eli) => once(acts, eli, () => client.act(eli)),
    references: (eli) => once(references, eli, () => client.references(eli)),
  };
}
