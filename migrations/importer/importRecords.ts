import { createLocalReq, type Payload } from 'payload';
import { fromExchange } from '../../cms/exchange/fromExchange';
import { payloadLookups } from '../../cms/exchange/payloadLookups';
import { toExchange } from '../../cms/exchange/toExchange';
import type { Id } from '../../cms/exchange/types';
import { SYSTEM_ACTOR } from '../../cms/workflow/actor';
import { runTransition } from '../../cms/workflow/runTransition';
import type { ValidationIssue } from '../../schemas';
import { messages, validateProcedure } from '../../schemas';
import type { ProcedureRecord } from '../../schemas/types.generated';
import { AttachmentResolver } from './attachments';
import { canonicalJson } from './canonical';
import type { ImportInput } from './readSources';

export type ImportAs = 'draft' | 'approved';

export interface Rejection {
  source: string;
  slug: string | null;
  errors: ValidationIssue[];
}

/** The report file's shape is a contract: `imported` and `rejected` (see README). */
export interface ImportReport {
  imported: string[];
  rejected: Rejection[];
  created: string[];
  updated: string[];
  unchanged: string[];
  departmentsCreated: string[];
}

export interface ImportOptions {
  as: ImportAs;
  onProgress?: (done: number, total: number) => void;
}

interface Candidate {
  input: ImportInput;
  record: ProcedureRecord;
}

const slugOf = (record: unknown): string | null =>
  record && typeof record === 'object' && typeof (record as { slug?: unknown }).slug === 'string'
    ? (record as { slug: string }).slug
    : null;

/** Payload's ValidationError carries `data.errors: [{path, message}]`; anything else is one issue. */
function issuesFromError(error: unknown): ValidationIssue[] {
  const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data;
  if (data?.errors?.length) return data.errors.map((e) => ({ path: e.path, code: 'rejected_by_cms', message: e.message }));
  return [{ path: '', code: 'save_failed', message: `Zapis nie powiódł się: ${(error as Error).message}` }];
}

/**
 * Imports exchange-format records: every valid record is stored, every invalid one is reported
 * with all its problems, and nothing valid is lost because of an invalid neighbour. The same
 * record twice changes nothing; a changed record becomes a new version of its procedure.
 */
export async function importRecords(payload: Payload, inputs: readonly ImportInput[], options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { imported: [], rejected: [], created: [], updated: [], unchanged: [], departmentsCreated: [] };
  const reject = (input: ImportInput, errors: ValidationIssue[]) =>
    report.rejected.push({ source: input.source, slug: slugOf(input.record), errors });

  // 1. Readable, and valid against the schema.
  let candidates: Candidate[] = [];
  for (const input of inputs) {
    if (input.unreadable) reject(input, [{ path: '', code: 'unreadable', message: input.unreadable }]);
    else if (!input.record || typeof input.record !== 'object' || Array.isArray(input.record))
      reject(input, [{ path: '', code: 'not_an_object', message: messages.notAnObject() }]);
    else {
      const issues = validateProcedure(input.record);
      if (issues.length > 0) reject(input, issues);
      else candidates.push({ input, record: input.record as ProcedureRecord });
    }
  }

  // 2. A slug that appears twice in the batch: which copy is right is not ours to guess.
  const counts = new Map<string, number>();
  for (const input of inputs) {
    const slug = slugOf(input.record);
    if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  candidates = candidates.filter(({ input, record }) => {
    if ((counts.get(record.slug) ?? 0) < 2) return true;
    reject(input, [{ path: 'slug', code: 'duplicate_slug', message: messages.duplicateSlug(record.slug) }]);
    return false;
  });

  // 3. Attachments must exist (in the CMS or beside the source) and be of an allowed type.
  const attachments = await AttachmentResolver.load(payload);
  const withFiles: Candidate[] = [];
  for (const candidate of candidates) {
    const issues = await attachments.check(candidate.record, candidate.input.dir);
    if (issues.length > 0) reject(candidate.input, issues);
    else withFiles.push(candidate);
  }
  candidates = withFiles;

  // 4. Related procedures must exist in the CMS or be imported in this batch (forward references allowed).
  const existing = await payload.find({
    collection: 'procedures',
    draft: true,
    limit: 0,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  });
  const idBySlug = new Map<string, Id>(existing.docs.map((doc) => [String(doc.slug), doc.id]));
  for (let changed = true; changed; ) {
    changed = false;
    const batchSlugs = new Set(candidates.map((c) => c.record.slug));
    candidates = candidates.filter(({ input, record }) => {
      const issues = (record.related ?? []).flatMap((slug, i) =>
        idBySlug.has(slug) || batchSlugs.has(slug)
          ? []
          : [{ path: `related.${i}`, code: 'unknown_related', message: messages.unknownRelated(slug) }],
      );
      if (issues.length === 0) return true;
      reject(input, issues);
      changed = true;
      return false;
    });
  }

  // 5. Departments named by the records are created when missing.
  const departments = await payload.find({ collection: 'departments', limit: 0, depth: 0, pagination: false, overrideAccess: true });
  const departmentIdByName = new Map<string, Id>(departments.docs.map((d) => [d.name, d.id]));
  for (const { record } of candidates) {
    if (departmentIdByName.has(record.department)) continue;
    const created = await payload.create({
      collection: 'departments',
      data: { name: record.department, unit: record.unit, coordinator: record.coordinator },
      overrideAccess: true,
    });
    departmentIdByName.set(record.department, created.id);
    report.departmentsCreated.push(record.department);
  }

  // 6. Save as drafts: create, update (a new version) or leave alone. Related records later in the batch are linked in 7.
  const lookups = payloadLookups(payload);
  const needsRelink: Candidate[] = [];
  const toApprove: Candidate[] = [];
  let done = 0;
  for (const candidate of candidates) {
    const { input, record } = candidate;
    try {
      const files = await attachments.store(record, input.dir, departmentIdByName.get(record.department));
      const reverse = {
        procedureId: (slug: string) => idBySlug.get(slug),
        departmentId: (name: string) => departmentIdByName.get(name),
        documentId: (name: string) => files.get(name),
      };
      const data = fromExchange(record, reverse);
      const outcome = await save(payload, idBySlug.get(record.slug), data, record, options.as, lookups);
      idBySlug.set(record.slug, outcome.id);
      report[outcome.kind].push(record.slug);
      report.imported.push(record.slug);
      if (outcome.kind !== 'unchanged' && options.as === 'approved') toApprove.push(candidate);
      if ((record.related ?? []).some((slug) => !reverse.procedureId(slug))) needsRelink.push(candidate);
    } catch (error) {
      payload.logger.warn({ msg: 'Import: record not saved', source: input.source, err: error });
      reject(input, issuesFromError(error));
    }
    options.onProgress?.(++done, candidates.length);
  }

  const dropFromImported = (slug: string) => {
    for (const list of [report.imported, report.created, report.updated]) {
      const index = list.indexOf(slug);
      if (index >= 0) list.splice(index, 1);
    }
  };

  // 7. Forward references: now every record of the batch has an id.
  for (const { input, record } of needsRelink) {
    try {
      const related = (record.related ?? []).map((slug) => idBySlug.get(slug));
      await payload.update({
        collection: 'procedures',
        id: idBySlug.get(record.slug) as Id,
        data: { related },
        draft: true,
        overrideAccess: true,
        context: { import: true },
      });
    } catch (error) {
      reject(input, issuesFromError(error));
      dropFromImported(record.slug);
    }
  }

  // 8. --as approved: each new or changed record goes through the workflow as the system
  //    ("Migracja danych"), so it gets a numbered version in the change register.
  for (const { input, record } of toApprove) {
    if (!report.imported.includes(record.slug)) continue;
    const id = idBySlug.get(record.slug) as Id;
    // A request per record: a long-lived one keeps every document it loaded in its data loader.
    const req = await createLocalReq({}, payload);
    try {
      await runTransition(req, id, 'submit', {}, SYSTEM_ACTOR);
      await runTransition(req, id, 'approve', { changeNote: APPROVAL_NOTE }, SYSTEM_ACTOR);
    } catch (error) {
      reject(input, issuesFromError(error));
      dropFromImported(record.slug);
    }
  }
  return report;
}

/** The change-register note of a version that came in through the importer. */
export const APPROVAL_NOTE = 'Import opisu procedury (migracja danych).';

async function save(
  payload: Payload,
  id: Id | undefined,
  data: Record<string, unknown>,
  record: ProcedureRecord,
  as: ImportAs,
  lookups: ReturnType<typeof payloadLookups>,
): Promise<{ id: Id; kind: 'created' | 'updated' | 'unchanged' }> {
  const context = { import: true };
  if (id === undefined) {
    const created = await payload.create({ collection: 'procedures', data, draft: true, overrideAccess: true, context });
    return { id: created.id, kind: 'created' };
  }
  const latest = await payload.findByID({ collection: 'procedures', id, draft: true, depth: 0, overrideAccess: true });
  const current = await toExchange(latest as unknown as Record<string, unknown>, lookups);
  const sameContent = canonicalJson(current) === canonicalJson(record);
  // A draft import never demotes an approved procedure; an approved import approves what is not yet.
  if (sameContent && (as === 'draft' || latest.workflowState === 'approved')) return { id, kind: 'unchanged' };
  await payload.update({
    collection: 'procedures',
    id,
    data: { ...data, workflowState: 'draft' },
    draft: true,
    overrideAccess: true,
    context,
  });
  return { id, kind: 'updated' };
}
