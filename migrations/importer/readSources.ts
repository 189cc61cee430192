import fs from 'node:fs';
import path from 'node:path';
import { messages } from '../../schemas';

/** One record to import, as read from a file (a file may hold one record or an array). */
export interface ImportInput {
  /** `file.json` or `file.json#3` for the fourth record of an array. */
  source: string;
  /** Directory of the source file: attachments are looked up beside it. */
  dir: string;
  record?: unknown;
  /** Why the file could not be read as records. */
  unreadable?: string;
}

function listJsonFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(target, entry.name))
    .sort();
}

/** Expands files and directories (their `*.json`, not recursive) into records, in a stable order. */
export function readSources(targets: readonly string[]): ImportInput[] {
  const inputs: ImportInput[] = [];
  for (const target of targets) {
    if (!fs.existsSync(target)) {
      inputs.push({ source: target, dir: path.dirname(target), unreadable: `Nie ma takiego pliku ani katalogu: ${target}` });
      continue;
    }
    for (const file of listJsonFiles(target)) {
      const dir = path.dirname(path.resolve(file));
      let parsed: unknown;
      try {
        parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (error) {
        inputs.push({ source: file, dir, unreadable: messages.unreadableJson((error as Error).message) });
        continue;
      }
      if (!Array.isArray(parsed)) {
        inputs.push({ source: file, dir, record: parsed });
        continue;
      }
      for (const [index, record] of parsed.entries()) inputs.push({ source: `${file}#${index}`, dir, record });
    }
  }
  return inputs;
}
