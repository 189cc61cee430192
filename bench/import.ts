/**
 * `npm run bench:import -- [--n 1000]`: imports N synthetic procedures with `npm run import` into an
 * empty SQLite database and an empty PostgreSQL database (when reachable), and, in the same run,
 * a baseline that writes the same records with plain Local API creates. Prints a table and, last,
 * one JSON line with every figure.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createScratchDatabase, isPostgresReachable } from '../tests/support/postgres';
import { syntheticProcedures } from './synthetic';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' } } });
const n = Number(values.n);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-bench-import-'));
const recordsDir = path.join(work, 'records');
fs.mkdirSync(recordsDir);
const records = syntheticProcedures(n);
for (const record of records) fs.writeFileSync(path.join(recordsDir, `${record.slug}.json`), JSON.stringify(record, null, 2));
const allInOne = path.join(work, 'all.json');
fs.writeFileSync(allInOne, JSON.stringify(records));

function run(script: string, args: string[], env: Record<string, string>): string {
  const { NODE_ENV: _ignored, ...inherited } = process.env;
  return execFileSync(process.execPath, [tsx, path.join(root, script), ...args], {
    cwd: root,
    env: { ...inherited, PAYLOAD_SECRET: 'bench', ...env } as unknown as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

async function database(kind: 'sqlite' | 'postgres'): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(work, `${kind}-`));
  if (kind === 'sqlite')
    return { env: { DATA_DIR: dataDir, DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}` }, drop: async () => undefined };
  const scratch = await createScratchDatabase();
  return { env: { DATA_DIR: dataDir, DATABASE_URI: scratch.uri }, drop: scratch.drop };
}

interface Row {
  database: string;
  importSeconds: number;
  importMaxRssMb: number;
  baselineSeconds: number;
  ratio: number;
  perSecond: number;
}

const rows: Row[] = [];
const kinds: ('sqlite' | 'postgres')[] = ['sqlite'];
if (await isPostgresReachable()) kinds.push('postgres');
else console.log('PostgreSQL not reachable at 127.0.0.1:5432: measuring SQLite only.');

for (const kind of kinds) {
  const target = await database(kind);
  const out = run('migrations/import.ts', [recordsDir, '--as', 'approved'], target.env);
  const seconds = Number(/czas ([\d.]+) s/.exec(out)?.[1]);
  const rss = Number(/szczyt pamięci (\d+) MB/.exec(out)?.[1]);
  if (!/odrzucono 0/.test(out)) throw new Error(`bench import rejected records:\n${out.slice(-2000)}`);
  await target.drop();
  const base = await database(kind);
  const baselineOut = run('bench/baselineInsert.ts', [allInOne], base.env);
  const baseline = JSON.parse(/^BENCH (.*)$/m.exec(baselineOut)?.[1] ?? 'null') as { seconds: number };
  await base.drop();
  rows.push({
    database: kind,
    importSeconds: seconds,
    importMaxRssMb: rss,
    baselineSeconds: Number(baseline.seconds.toFixed(2)),
    ratio: Number((seconds / baseline.seconds).toFixed(2)),
    perSecond: Math.round(n / seconds),
  });
}

fs.rmSync(work, { recursive: true, force: true });
console.log(`\nImport of ${n} procedures (npm run import, --as approved) vs plain Local API creates:\n`);
console.table(rows);
console.log(JSON.stringify({ n, results: rows }));
