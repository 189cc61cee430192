/**
 * The link check: every e-form address and every link in the Markdown fields of the given
 * procedures, each distinct address fetched once, with limited concurrency and per-host
 * politeness. Returns a plain result per address with the procedures that carry it; the scheduler
 * (weekly, off in development unless enabled) stores it and the team's dashboard lists the broken
 * ones. Never throws for a bad link: every failure is a result.
 */
import { type CheckUrlOptions, checkUrl, type UrlCheck } from './links/checkUrl';
import { collectLinks, type LinkOccurrence, type LinkSource } from './links/collectLinks';
import { createLimiter } from './links/limiter';

export interface LinkCheckOptions extends CheckUrlOptions {
  concurrency: number;
  perHostConcurrency: number;
  perHostDelayMs: number;
}

export const DEFAULT_LINK_CHECK_OPTIONS: LinkCheckOptions = {
  timeoutMs: 10_000,
  maxRedirects: 5,
  concurrency: 4,
  perHostConcurrency: 1,
  perHostDelayMs: 1_000,
  userAgent: 'lckm-procedury (kontrola linków)',
};

export interface LinkResult extends UrlCheck {
  procedures: string[];
  occurrences: LinkOccurrence[];
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** Every link of the procedures, checked; in address order. */
export async function checkLinks(records: readonly LinkSource[], options: Partial<LinkCheckOptions> = {}): Promise<LinkResult[]> {
  const settings = { ...DEFAULT_LINK_CHECK_OPTIONS, ...options };
  const limit = createLimiter(settings);
  const targets = collectLinks(records);
  return Promise.all(
    targets.map(async ({ url, procedures, occurrences }) => {
      const check = await limit(hostOf(url), () => checkUrl(url, settings));
      return { ...check, procedures, occurrences };
    }),
  );
}

/** Only the broken links, for the dashboard. */
export function brokenLinks(results: readonly LinkResult[]): LinkResult[] {
  return results.filter((result) => !result.ok);
}

function wholeNumber(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * Settings from the environment. `LINK_CHECK_ENABLED` (1/true/0/false) defaults to on only in
 * production, so a developer's machine never fetches the internet on its own.
 */
export function linkCheckSettingsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): {
  enabled: boolean;
  options: LinkCheckOptions;
} {
  const flag = env.LINK_CHECK_ENABLED?.trim().toLowerCase();
  const enabled = flag === undefined || flag === '' ? env.NODE_ENV === 'production' : flag === '1' || flag === 'true';
  const pick = (key: string, fallback: number) => wholeNumber(env[key]) ?? fallback;
  const d = DEFAULT_LINK_CHECK_OPTIONS;
  return {
    enabled,
    options: {
      ...d,
      timeoutMs: pick('LINK_CHECK_TIMEOUT_MS', d.timeoutMs),
      maxRedirects: pick('LINK_CHECK_MAX_REDIRECTS', d.maxRedirects),
      concurrency: Math.max(1, pick('LINK_CHECK_CONCURRENCY', d.concurrency)),
      perHostConcurrency: Math.max(1, pick('LINK_CHECK_PER_HOST_CONCURRENCY', d.perHostConcurrency)),
      perHostDelayMs: pick('LINK_CHECK_PER_HOST_DELAY_MS', d.perHostDelayMs),
    },
  };
}
