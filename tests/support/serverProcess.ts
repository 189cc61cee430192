import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureAdminBuild } from '../../cms/server/adminBuild';

const root = path.resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerProcess {
  baseUrl: string;
  output: () => string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Starts `npm start`'s entry point (main.ts start) as its own process, exactly as a person
 * does, with the given environment (NODE_ENV is not inherited from the test runner).
 */
export function startServerProcess(env: Record<string, string | undefined>, port: number): ServerProcess {
  const { NODE_ENV: _ignored, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'main.ts', 'start'], {
    cwd: root,
    env: { ...inherited, PORT: String(port), ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => log,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls /health until the server answers, or the process exits, or the time runs out. */
export async function waitForHealth(server: ServerProcess, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void server.exited.then(() => {
    exited = true;
  });
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`${server.baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Server did not become healthy:\n${server.output()}`);
}

/** A server of `npm start` on its own fresh data directory; stopping it removes the directory. */
export interface DemoServer extends ServerProcess {
  dataDir: string;
}

/**
 * `npm start` as a person runs it on a fresh machine, as the admin's end-to-end suites start it:
 * the admin built when its sources changed, an empty data directory (so the demo data is seeded and
 * published), a free port; resolves once /health answers.
 */
export async function startDemoServer(name: string, healthTimeoutMs?: number): Promise<DemoServer> {
  ensureAdminBuild(root, () => undefined);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `lckm-${name}-`));
  const server = startServerProcess({ DATA_DIR: dataDir, DATABASE_URI: undefined, PAYLOAD_SECRET: undefined }, await freePort());
  const demo: DemoServer = {
    ...server,
    dataDir,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitForHealth(server, healthTimeoutMs);
  } catch (error) {
    await demo.stop();
    throw error;
  }
  return demo;
}
