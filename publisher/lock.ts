import fs from 'node:fs';
import path from 'node:path';

export class PublishBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishBusyError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Output folders whose lock this process holds now (a second run in the same process must wait too). */
const heldHere = new Set<string>();

/**
 * One publish run at a time per output folder: `<out>/.publish.lock` holds the pid and start. A
 * lock whose process is gone (a crash, a kill) is stale and taken over.
 */
export function acquireLock(outDir: string): () => void {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, '.publish.lock');
  const key = path.resolve(outDir);
  if (heldHere.has(key)) throw new PublishBusyError('Publikacja już trwa w tym procesie. Poczekaj na jej koniec.');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }), { flag: 'wx' });
      heldHere.add(key);
      return () => {
        heldHere.delete(key);
        fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = JSON.parse(fs.readFileSync(file, 'utf8') || '{}') as { pid?: number; startedAt?: string };
      if (holder.pid && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new PublishBusyError(`Publikacja już trwa (proces ${holder.pid} od ${holder.startedAt}). Poczekaj na jej koniec.`);
      }
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new PublishBusyError('Nie udało się założyć blokady publikacji.');
}
