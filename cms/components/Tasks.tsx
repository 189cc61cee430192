/**
 * "Do zrobienia" on the admin dashboard: for the procedures team the changes waiting for a
 * decision; for an editor the department's returned changes and open change requests.
 */
import type { ServerProps } from 'payload';
import type React from 'react';
import { idOf } from '../../schemas/rules/ids';

interface Row {
  href: string;
  text: string;
  note?: string;
}

export const Tasks: React.FC<ServerProps> = async ({ payload, user }) => {
  const staff = user;
  if (!staff) return null;
  const department = idOf(staff.department);
  const byDepartment = staff.role === 'editor' && department != null ? [{ department: { equals: department } }] : [];
  const rows: Row[] = [];

  const procedures = async (state: string) =>
    (
      await payload.find({
        collection: 'procedures',
        where: { and: [{ workflowState: { equals: state } }, ...byDepartment] },
        draft: true,
        depth: 0,
        limit: 50,
        sort: '-updatedAt',
        overrideAccess: true,
      })
    ).docs;

  if (staff.role === 'procedures-team') {
    for (const doc of await procedures('submitted')) {
      rows.push({ href: `/admin/collections/procedures/${doc.id}`, text: `Czeka na decyzję: ${doc.title}` });
    }
  }
  if (staff.role === 'editor') {
    for (const doc of await procedures('returned')) {
      rows.push({ href: `/admin/collections/procedures/${doc.id}`, text: `Zwrócona do poprawy: ${doc.title}` });
    }
  }
  if (staff.role === 'editor' || staff.role === 'procedures-team') {
    const requests = await payload.find({
      collection: 'change-requests',
      where: { and: [{ status: { equals: 'open' } }, ...byDepartment] },
      depth: 1,
      limit: 50,
      sort: '-createdAt',
      overrideAccess: true,
    });
    for (const request of requests.docs) {
      const procedure = request.procedure as { id: number | string; title?: string };
      rows.push({
        href: `/admin/collections/procedures/${procedure.id}`,
        text: `Wniosek o aktualizację: ${procedure.title ?? ''}`,
        note: `${request.requestedByName ?? ''}: ${request.message}`,
      });
    }
  }
  const lastRun =
    staff.role === 'procedures-team' || staff.role === 'admin'
      ? (await payload.find({ collection: 'publish-runs', sort: '-startedAt', limit: 1, depth: 0, overrideAccess: true })).docs[0]
      : undefined;
  const publication = lastRun ? (
    <p role="status" style={{ marginBottom: '1rem' }}>
      <a href="/admin/collections/publish-runs">Ostatnia publikacja</a>:{' '}
      {new Date(lastRun.startedAt).toLocaleString('pl-PL', { timeZone: 'Europe/Warsaw' })} —{' '}
      {lastRun.outcome === 'success' ? (
        `opublikowanych procedur: ${lastRun.live ?? 0}`
      ) : (
        <strong>błąd, portal pokazuje poprzednie wydanie: {String(lastRun.error ?? '').split('\n')[0]}</strong>
      )}
    </p>
  ) : null;
  if (rows.length === 0) return publication;
  return (
    <section aria-labelledby="tasks-heading" style={{ marginBottom: '2rem' }}>
      {publication}
      <h2 id="tasks-heading">Do zrobienia ({rows.length})</h2>
      <ul>
        {rows.map((row) => (
          <li key={`${row.href}-${row.text}`}>
            <a href={row.href}>{row.text}</a>
            {row.note ? <div style={{ opacity: 0.8 }}>{row.note}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
};
