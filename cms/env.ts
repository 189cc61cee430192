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
