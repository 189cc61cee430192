import fs from 'node:fs';
import path from 'node:path';
import type { Loaded } from './load';
import { replaceWithCopy } from './releaseFiles';
import type { PublishedProcedure } from './types';

/** Attachments a release links to, from the uploads folder into `/pliki/`. */
export function writeAttachments(staging: string, published: readonly PublishedProcedure[], attachments: Loaded['attachments']): void {
  const wanted = new Map<string, string>();
  for (const { procedure } of published) {
    for (const doc of [
      ...(procedure.requiredDocuments ?? []).flatMap((d) => [d.file, d.sampleFile]),
      ...(procedure.otherDocuments ?? []).map((d) => d.file),
    ]) {
      const source = doc ? attachments.get(doc.fileName) : undefined;
      if (doc && source) wanted.set(doc.fileName, source.path);
    }
  }
  const dir = path.join(staging, 'pliki');
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const source = wanted.get(name);
    // Kept only while it is still linked to and still the same file.
    if (source && fs.statSync(path.join(dir, name)).size === fs.statSync(source).size) wanted.delete(name);
    else if (!source) fs.rmSync(path.join(dir, name), { force: true });
  }
  for (const [name, source] of wanted) replaceWithCopy(staging, `pliki/${name}`, source);
}
