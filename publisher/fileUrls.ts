import type { ApprovedFile } from '../schemas/rules/files';
import type { RegisterEntry } from '../schemas/rules/register';
import { fileOf, routes } from '../schemas/rules/routes';

/**
 * The address of every approved file in a release. A file keeps the plain `/pliki/<name>` of its
 * live version; should an archived version have other bytes under the same name, they are served
 * at `/pliki/<sha256>/<name>`, so each version links to exactly the bytes it approved.
 */
export class FileUrls {
  private readonly canonical = new Map<string, string>();

  /** Registers files in priority order (the live versions first); the first bytes under a name get the plain address. */
  claim(entries: readonly RegisterEntry[]): void {
    for (const entry of entries) {
      for (const file of entry.files ?? []) if (!this.canonical.has(file.fileName)) this.canonical.set(file.fileName, file.sha256);
    }
  }

  /** The file's address on the portal. */
  readonly url = (file: ApprovedFile): string =>
    routes.file(file.fileName, this.canonical.get(file.fileName) === file.sha256 ? undefined : file.sha256);

  /** The file's path in the release folder. */
  pathOf(file: ApprovedFile): string {
    return fileOf(this.url(file));
  }
}
