import type { ProcedureRecord } from '../../schemas/types.generated';
import { type ApiResponse, api } from './http';
import { type Staff, toApiBody } from './staff';

export type Id = number;

/** A new draft over REST (as the given user; the editor's department by default). */
export async function createDraft(
  baseUrl: string,
  token: string,
  body: Record<string, unknown>,
): Promise<ApiResponse<{ doc: { id: Id } }>> {
  return api<{ doc: { id: Id } }>(baseUrl, '/api/procedures?draft=true', { token, json: { ...body, _status: 'draft' } });
}

export function transition(baseUrl: string, token: string | undefined, id: Id, name: string, body: Record<string, unknown> = {}) {
  return api<{ state?: string; version?: number; message?: string; errors?: { message: string }[] }>(
    baseUrl,
    `/api/procedures/${id}/${name}`,
    { ...(token ? { token } : {}), json: body },
  );
}

/** The whole path over HTTP: the editor drafts and submits, the team approves. Returns the id. */
export async function publishThroughWorkflow(
  baseUrl: string,
  staff: Staff,
  record: ProcedureRecord,
  changeNote = 'Pierwsza publikacja.',
  documents: Record<string, Id> = {},
): Promise<Id> {
  const created = await createDraft(baseUrl, staff.tokens.editor, toApiBody(record, staff, 'draft', documents));
  if (created.status !== 201) throw new Error(`draft: ${created.text}`);
  const id = created.body.doc.id;
  const submitted = await transition(baseUrl, staff.tokens.editor, id, 'submit');
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.text}`);
  const approved = await transition(baseUrl, staff.tokens['procedures-team'], id, 'approve', { changeNote });
  if (approved.status !== 200) throw new Error(`approve: ${approved.text}`);
  return id;
}

/** A stored procedure as the REST API gives it (its latest version, a draft too). */
export type ProcedureDoc = Record<string, unknown> & { id: Id };

/** The procedure with this slug, its latest version, read over HTTP with `token`; throws when there is none. */
export async function procedureBySlug(baseUrl: string, token: string, slug: string): Promise<ProcedureDoc> {
  const found = await api<{ docs: ProcedureDoc[] }>(baseUrl, `/api/procedures?where[slug][equals]=${slug}&draft=true&depth=0`, { token });
  const doc = found.body.docs[0];
  if (!doc) throw new Error(`no procedure ${slug}: ${found.text}`);
  return doc;
}
