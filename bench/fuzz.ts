/**
 * `npm run bench:fuzz -- [--n 10000] [--seed S]`: the fuzz suite of issue 9 at full size — N generated
 * requests against the REST and GraphQL API on SQLite and on PostgreSQL (tests/integration/fuzzSuite.ts,
 * which `npm test` runs with a few hundred). Prints each database's counts and, last, one JSON line.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const started = performance.now();
const run = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    'tests/integration/fuzz.sqlite.test.ts',
    'tests/integration/fuzz.postgres.test.ts',
  ],
  {
    cwd: root,
    env: { ...process.env, FUZZ_RUNS: values.n, ...(values.seed ? { FUZZ_SEED: values.seed } : {}) },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  },
);
const output = `${run.stdout}\n${run.stderr}`;
const lines = output
  .split('\n')
  .map((line) => line.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), ''))
  .filter((line) => line.startsWith('[fuzz '));
for (const line of lines) console.log(line);
const summary = lines.map((line) => {
  const [, kind, seed, sent, classes, errors, leaks, invalid] =
    /\[fuzz (\w+)\] seed (\d+): (\d+) requests, (\{[^}]*\}), 5xx (\d+), anonymous leaks (\d+), .* invalid (\d+)/.exec(line) ?? [];
  return {
    kind,
    seed: Number(seed),
    requests: Number(sent),
    classes: JSON.parse(classes ?? '{}'),
    serverErrors: Number(errors),
    leaks: Number(leaks),
    invalidRecords: Number(invalid),
  };
});
console.log(`vitest exit code ${run.status}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(JSON.stringify({ fuzz: summary, passed: run.status === 0 }));
if (run.status !== 0) {
  console.error(
    output
      .split('\n')
      .filter((line) => /×|AssertionError|\+ {3}"/.test(line))
      .slice(0, 40)
      .join('\n'),
  );
  process.exit(1);
}
