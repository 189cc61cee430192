import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromFile } from 'file-type';
import type { Payload } from 'payload';
import { allowedTypeOf, extensionMatches } from '../../cms/collections/Documents/mediaTypes';
import { documentMessages } from '../../cms/collections/Documents/messages';
import type { Id } from '../../cms/exchange/types';
import type { ValidationIssue } from '../../schemas';
import { messages } from '../../schemas';
import { attachmentsOf } from '../../schemas/rules/attachments';
import type { ProcedureRecord } from '../../schemas/types.generated';

export { attachmentsOf };

/**
 * Resolves the attachments of an import: a file already in the CMS (by file name), or one beside
 * the source file (`files/<name>` or `<name>`), which is checked from its bytes before upload.
 */
export class AttachmentResolver {
  private readonly stored = new Map<string, Id>();

  private constructor(private readonly payload: Payload) {}

  static async load(payload: Payload): Promise<AttachmentResolver> {
    const resolver = new AttachmentResolver(payload);
    const existing = await payload.find({ collection: 'documents', limit: 0, depth: 0, pagination: false, overrideAccess: true });
    for (const doc of existing.docs) if (doc.filename) resolver.stored.set(doc.filename, doc.id);
    return resolver;
  }

  private localPath(dir: string, fileName: string): string | undefined {
    return [path.join(dir, 'files', fileName), path.join(dir, fileName)].find((candidate) => fs.existsSync(candidate));
  }

  /** Problems that would stop the record's attachments from being stored. */
  async check(record: ProcedureRecord, dir: string): Promise<ValidationIssue[]> {
    const issues: ValidationIssue[] = [];
    for (const attachment of attachmentsOf(record)) {
      if (this.stored.has(attachment.fileName)) continue;
      const local = this.localPath(dir, attachment.fileName);
      if (!local) {
        issues.push({ path: attachment.path, code: 'unknown_file', message: messages.unknownFile(attachment.fileName) });
        continue;
      }
      const detected = await fileTypeFromFile(local);
      const allowed = allowedTypeOf(detected, attachment.fileName);
      if (!allowed) {
        issues.push({ path: attachment.path, code: 'file_type', message: messages.fileType(detected?.ext ?? 'nieznany') });
      } else if (!extensionMatches(allowed, attachment.fileName)) {
        const message = documentMessages.extensionMismatch(attachment.fileName, detected?.ext ?? 'nieznany');
        issues.push({ path: attachment.path, code: 'file_extension', message });
      }
    }
    return issues;
  }

  /** Uploads what is not in the CMS yet (filed under the record's department); returns file name → document id. */
  async store(record: ProcedureRecord, dir: string, department?: Id): Promise<Map<string, Id>> {
    for (const attachment of attachmentsOf(record)) {
      if (this.stored.has(attachment.fileName)) continue;
      const local = this.localPath(dir, attachment.fileName);
      if (!local) throw new Error(`Attachment disappeared during import: ${attachment.fileName}`);
      const doc = await this.payload.create({
        collection: 'documents',
        data: { title: attachment.title, ...(department != null ? { department } : {}) },
        filePath: local,
        overrideAccess: true,
      });
      this.stored.set(attachment.fileName, doc.id);
      if (doc.filename) this.stored.set(doc.filename, doc.id);
    }
    return this.stored;
  }
}
