import fs from 'node:fs';
import path from 'node:path';
import { type Manifest, readManifest } from './manifest';

/** The live release a run starts from: what it was made of, and where its files are. */
export interface PreviousRelease {
  /** Its folder (`releases/<id>`, the target of `current`). */
  dir: string;
  manifest: Manifest;
  /** Whether it holds a file (a PDF card is taken over only then). */
  hasFile(file: string): boolean;
}

/** The live release of `outDir` with its manifest; none before the first run, or when it has no manifest. */
export function readPreviousRelease(outDir: string): PreviousRelease | undefined {
  const current = path.join(outDir, 'current');
  if (!fs.existsSync(current)) return undefined;
  const dir = fs.realpathSync(current);
  const manifest = readManifest(dir);
  return manifest && { dir, manifest, hasFile: (file) => fs.existsSync(path.join(dir, file)) };
}
