import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Configuration from the environment, in one place. The server records the NODE_ENV it was
 * launched with in LCKM_LAUNCH_ENV before it switches NODE_ENV to "production" for the built
 * admin panel, so "production mode" always means what the operator asked for.
 */
export function isProduction(): boolean {
  return (process.env.LCKM_LAUNCH_ENV ?? process.env.NODE_ENV) === 'production';
}

/** Where the database file, uploads, the generated secret and outputs live (`DATA_DIR`, default ./data). */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR ?? path.join(process.cwd(), 'data'));
}

export function port(): number {
  const value = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  return value;
}

/** Upload size limit in bytes (`MAX_UPLOAD_MB`, default 20). */
export function maxUploadBytes(): number {
  const mb = Number(process.env.MAX_UPLOAD_MB ?? 20);
  if (!(mb > 0)) throw new Error(`MAX_UPLOAD_MB must be a positive number, got "${process.env.MAX_UPLOAD_MB}"`);
  return Math.round(mb * 1024 * 1024);
}

/**
 * `PAYLOAD_SECRET` signs sessions. Production refuses to start without it; development generates
 * one on first start and keeps it in `data/payload-secret`, so sessions survive restarts.
 */
export function payloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET;
  if (fromEnv) return fromEnv;
  // `next build` evaluates the config to collect page data; nothing is signed then.
  if (process.env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder-never-used-to-sign';
  if (isProduction()) {
    throw new Error('PAYLOAD_SECRET is required when NODE_ENV=production (a long random string, kept secret).');
  }
  const file = path.join(dataDir(), 'payload-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}

const withoutSlash = (url: string) => url.replace(/\/+$/, '');

/** The portal's public address (`PUBLIC_URL`): absolute links in feeds, PDF cards and e-mails. */
export function publicUrl(): string {
  return withoutSlash(process.env.PUBLIC_URL || `http://localhost:${port()}`);
}

/**
 * The admin's and the API's address (`ADMIN_URL`, by default the portal's). When it is another
 * origin than `PUBLIC_URL`, `npm start` serves the admin and the API only there and the portal
 * only at `PUBLIC_URL`, so a page of the portal never runs in the origin of staff sessions.
 */
export function adminUrl(): string {
  return withoutSlash(process.env.ADMIN_URL || publicUrl());
}

export function originOf(url: string): string {
  return new URL(url).origin;
}

/** Whether the portal and the admin are served on different origins. */
export function hasSeparateAdminOrigin(): boolean {
  return originOf(adminUrl()) !== originOf(publicUrl());
}

/**
 * Origins whose pages may send cookie-authenticated requests that change something (Payload's
 * `csrf` list and cms/server/guards/crossSite.ts): the admin's, and in development the loopback
 * names of the port, so http://127.0.0.1:3000 works as well as http://localhost:3000.
 */
export function trustedOrigins(): string[] {
  const origins = new Set([originOf(adminUrl())]);
  if (!process.env.ADMIN_URL && !process.env.PUBLIC_URL) {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) origins.add(`http://${host}:${port()}`);
  }
  return [...origins];
}

/** Whether session cookies must carry `Secure` (the admin is served over HTTPS). */
export function isSecureAdmin(): boolean {
  return adminUrl().startsWith('https://');
}

/** Largest JSON (or form) body of an API request, in bytes. */
export const JSON_BODY_LIMIT = 1024 * 1024;

/** Failed sign-in attempts allowed per address in 15 minutes (`LOGIN_RATE_LIMIT`, default 10). */
export function loginRateLimit(): number {
  const value = Number(process.env.LOGIN_RATE_LIMIT ?? 10);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`LOGIN_RATE_LIMIT must be a positive integer, got "${process.env.LOGIN_RATE_LIMIT}"`);
  return value;
}

/** Residents' reports ("Zgłoś błąd") allowed per address per hour (`FEEDBACK_RATE_LIMIT`, default 10). */
export function feedbackRateLimit(): number {
  const value = Number(process.env.FEEDBACK_RATE_LIMIT ?? 10);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`FEEDBACK_RATE_LIMIT must be a positive integer, got "${process.env.FEEDBACK_RATE_LIMIT}"`);
  return value;
}
