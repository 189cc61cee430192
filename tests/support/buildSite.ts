import { execFile } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * `astro build` of site/ into `outDir` from a site data file (publisher/siteData.ts): the
 * reference the publisher's own rendering is compared with, page by page (site/ is a plain Astro
 * project whose routes take their pages from the same plan). Its own process, as Astro runs.
 */
export function buildSite(outDir: string, dataFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(root, 'node_modules/astro/astro.js'), 'build', '--root', path.join(root, 'site'), '--outDir', outDir, '--silent'],
      {
        cwd: path.join(root, 'site'),
        env: { ...process.env, LCKM_SITE_DATA: dataFile, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 15 * 60 * 1000,
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`astro build failed: ${error.message}\n${stderr || stdout}`));
        else resolve();
      },
    );
  });
}
