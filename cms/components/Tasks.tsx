/**
 * "Do zrobienia" on the admin dashboard: for the procedures team the changes waiting for a
 * decision; for an editor the department's returned changes; for both the open change requests.
 * The team and the administrators see the last publish run too.
 */
import type { Payload, ServerProps } from 'payload';
import type React from 'react';
import { taskRows } from './dashboard/taskRows';

async function PublicationStatus({ payload }: { payload: Payload }) {
  const lastRun = (await payload.find({ collection: 'publish-runs', sort: '-startedAt', limit: 1, depth: 0, overrideAccess: true }))
    .docs[0];
  if (!lastRun) return null;
  return (
    <p role="status" className="dashboard-publication">
      <a href="/admin/collections/publish-runs">Ostatnia publikacja</a>:{' '}
      {new Date(lastRun.startedAt).toLocaleString('pl-PL', { timeZone: 'Europe/Warsaw' })} —{' '}
      {lastRun.outcome === 'success' ? (
        `opublikowanych procedur: ${lastRun.live ?? 0}`
      ) : (
        <strong>błąd, portal pokazuje poprzednie wydanie: {String(lastRun.error ?? '').split('\n')[0]}</strong>
      )}
    </p>
  );
}

export const Tasks: React.FC<ServerProps> = async ({ payload, user }) => {
  if (!user) return null;
  const rows = await taskRows(payload, user);
  const publication = user.role === 'procedures-team' || user.role === 'admin' ? <PublicationStatus payload={payload} /> : null;
  if (rows.length === 0) return publication;
  return (
    <section aria-labelledby="tasks-heading" className="dashboard-tasks">
      {publication}
      <h2 id="tasks-heading">Do zrobienia ({rows.length})</h2>
      <ul>
        {rows.map((row) => (
          <li key={`${row.href}-${row.text}`}>
            <a href={row.href}>{row.text}</a>
            {row.note ? <div className="dashboard-tasks__note">{row.note}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
};
