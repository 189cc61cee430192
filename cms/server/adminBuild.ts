import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SOURCE_PATTERN = /\.(ts|tsx|css|mjs|json)$/;

/** A hash of everything the admin bundle is built from, to tell whether `cms/.next` is stale. */
function sourceHash(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      // next-env.d.ts is written by `next build` itself: hashing it would make every build stale.
      if (['.next', 'node_modules', 'data', 'next-env.d.ts'].includes(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE_PATTERN.test(entry.name)) hash.update(full).update(fs.readFileSync(full));
    }
  };
  // The admin bundles code from the shared modules too (the preview renders with the publisher's code).
  for (const dir of ['cms', 'schemas', 'templates', 'publisher']) walk(path.join(root, dir));
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
  return hash.digest('hex');
}

/**
 * Builds the admin panel (`next build` in cms/) when there is no build or its sources changed
 * since: the first `npm start` on a fresh clone takes about a minute longer, later ones do not.
 */
export function ensureAdminBuild(root: string, log: (msg: string) => void): void {
  const nextDir = path.join(root, 'cms', '.next');
  const stamp = path.join(nextDir, 'lckm-source-hash');
  const wanted = sourceHash(root);
  if (fs.existsSync(path.join(nextDir, 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return;
  log('Budowanie panelu administracyjnego (next build) — przy pierwszym starcie trwa to około minuty…');
  const started = Date.now();
  execFileSync(process.execPath, [nextBin(root), 'build'], {
    cwd: path.join(root, 'cms'),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  fs.writeFileSync(stamp, wanted);
  log(`Panel administracyjny zbudowany w ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

function nextBin(root: string): string {
  return path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
}
