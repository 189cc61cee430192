import type { Payload } from 'payload';
import { numericId } from '../../exchange/numericId';
import type { User } from '../../payload-types';
import { authorsOf } from '../../workflow/allowedTransitions';

/** One task on the dashboard: where it leads, what it is, and a note (the comment, the request). */
export interface TaskRow {
  href: string;
  text: string;
  note?: string;
}

const editUrl = (id: number) => `/admin/collections/procedures/${id}`;

function departmentFilter(user: User) {
  const department = numericId(user.department);
  return user.role === 'editor' && department !== null ? [{ department: { equals: department } }] : [];
}

async function proceduresIn(payload: Payload, user: User, state: string) {
  const { docs } = await payload.find({
    collection: 'procedures',
    where: { and: [{ workflowState: { equals: state } }, ...departmentFilter(user)] },
    draft: true,
    depth: 0,
    limit: 50,
    sort: '-updatedAt',
    overrideAccess: true,
  });
  return docs;
}

/** The team's decisions to make; a change this person wrote waits for someone else (four eyes). */
async function decisionRows(payload: Payload, user: User): Promise<TaskRow[]> {
  return (await proceduresIn(payload, user, 'submitted')).map((doc) => {
    const own = authorsOf({ ...doc, isPublished: false }).has(String(user.id));
    return {
      href: editUrl(doc.id),
      text: `Czeka na decyzję: ${doc.title}`,
      ...(own ? { note: 'Współtworzysz tę zmianę — zatwierdzi ją inna osoba z Oddziału (zasada czterech oczu).' } : {}),
    };
  });
}

/** The reviewer's comment of each procedure's last return, by procedure id. */
async function returnComments(payload: Payload, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const { docs } = await payload.find({
    collection: 'workflow-events',
    where: { and: [{ procedure: { in: ids } }, { transition: { equals: 'return' } }] },
    sort: '-at',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  });
  const comments = new Map<number, string>();
  for (const event of docs) {
    const id = numericId(event.procedure);
    if (id !== null && !comments.has(id) && event.comment) comments.set(id, `${event.byName}: ${event.comment}`);
  }
  return comments;
}

async function returnedRows(payload: Payload, user: User): Promise<TaskRow[]> {
  const docs = await proceduresIn(payload, user, 'returned');
  const comments = await returnComments(
    payload,
    docs.map((doc) => doc.id),
  );
  return docs.map((doc) => {
    const note = comments.get(doc.id);
    return { href: editUrl(doc.id), text: `Zwrócona do poprawy: ${doc.title}`, ...(note ? { note } : {}) };
  });
}

async function requestRows(payload: Payload, user: User): Promise<TaskRow[]> {
  const { docs } = await payload.find({
    collection: 'change-requests',
    where: { and: [{ status: { equals: 'open' } }, ...departmentFilter(user)] },
    depth: 1,
    limit: 50,
    sort: '-createdAt',
    overrideAccess: true,
  });
  return docs.map((request) => {
    const procedure = typeof request.procedure === 'object' ? request.procedure : undefined;
    return {
      href: editUrl(numericId(request.procedure) ?? 0),
      text: `Wniosek o aktualizację: ${procedure?.title ?? ''}`,
      note: `${request.requestedByName ?? ''}: ${request.message}`,
    };
  });
}

/** "Do zrobienia": the team's decisions, an editor's returned changes, and both roles' open change requests. */
export async function taskRows(payload: Payload, user: User): Promise<TaskRow[]> {
  const rows: TaskRow[] = [];
  if (user.role === 'procedures-team') rows.push(...(await decisionRows(payload, user)));
  if (user.role === 'editor') rows.push(...(await returnedRows(payload, user)));
  if (user.role === 'editor' || user.role === 'procedures-team') rows.push(...(await requestRows(payload, user)));
  return rows;
}
