/**
 * `npm run generate:payload-types [-- --check]`: Payload's TypeScript types of the collections
 * (`cms/payload-types.ts`, committed), from the config. `--check` (run by `npm test`) generates
 * into a temporary file and fails when the committed one differs.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cms = import.meta.dirname;
const target = path.join(cms, 'payload-types.ts');
const check = process.argv.includes('--check');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-types-'));
const out = check ? path.join(scratch, 'payload-types.ts') : target;
try {
  execFileSync(process.execPath, [path.join(cms, '..', 'node_modules', 'payload', 'bin.js'), 'generate:types'], {
    cwd: cms,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATA_DIR: scratch,
      PAYLOAD_SECRET: 'generate-types',
      PAYLOAD_TYPES_OUT: out,
      DATABASE_URI: `file:${path.join(scratch, 'types.db')}`,
    },
  });
  if (check) {
    if (fs.readFileSync(out, 'utf8') !== fs.readFileSync(target, 'utf8')) {
      console.error('cms/payload-types.ts is out of date with the Payload config: run "npm run generate:payload-types".');
      process.exitCode = 1;
    } else console.log('cms/payload-types.ts is up to date.');
  } else console.log(`Wrote ${path.relative(process.cwd(), target)}.`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
