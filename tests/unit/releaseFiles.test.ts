import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkRelease, replaceFileAsync } from '../../publisher/releaseFiles';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-release-files-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('replaceFileAsync', () => {
  it('writes pieces one after another, past the 1024 a single writev takes, in order', async () => {
    const release = tempDir();
    const pieces = Array.from({ length: 3000 }, (_, i) => Buffer.from(`${i},zażółć;`));
    await replaceFileAsync(release, 'bip/cpsv-ap.jsonld', pieces);
    expect(fs.readFileSync(path.join(release, 'bip/cpsv-ap.jsonld'))).toEqual(Buffer.concat(pieces));
    await replaceFileAsync(release, 'bip/feed.json', '{"ąę": 1}\n');
    expect(fs.readFileSync(path.join(release, 'bip/feed.json'), 'utf8')).toBe('{"ąę": 1}\n');
  });

  it('replaces a file of a linked release without changing the release it was linked from', async () => {
    const live = tempDir();
    fs.mkdirSync(path.join(live, 'bip'));
    fs.writeFileSync(path.join(live, 'bip/cpsv-ap.jsonld'), 'live');
    const staging = path.join(tempDir(), 'staging');
    linkRelease(live, staging);
    await replaceFileAsync(staging, 'bip/cpsv-ap.jsonld', [Buffer.from('new '), Buffer.from('release')]);
    expect(fs.readFileSync(path.join(staging, 'bip/cpsv-ap.jsonld'), 'utf8')).toBe('new release');
    expect(fs.readFileSync(path.join(live, 'bip/cpsv-ap.jsonld'), 'utf8')).toBe('live');
  });
});
