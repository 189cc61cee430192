/**
 * The API's address for a run: given by the caller (main.ts, from cms/env's `adminUrl()`), else
 * `ADMIN_URL` as the environment sets it (README, "Configuration": by default the portal's own),
 * else the portal's address. Without a trailing slash.
 */
export function apiUrlOf(options: { siteUrl: string; apiUrl?: string }): string {
  return (options.apiUrl || process.env.ADMIN_URL || options.siteUrl).replace(/\/+$/, '');
}
