/**
 * "Jakość opisów" on the admin dashboard (issue 14). The procedures team (and the administrator)
 * sees how many procedures miss each point of the EU Single Digital Gateway's list and which,
 * the reviews overdue and due within 30 days, the broken links with the procedures that carry
 * them and the cited acts that were amended; a department editor sees the same for their own
 * department. Call-center staff have their own dashboard.
 */
import type { ServerProps } from 'payload';
import type React from 'react';
import { formatDate, formatDateTime } from '../../../templates/format/dates';
import type { StaffUser } from '../../access/roles';
import type { ReviewRow } from '../../quality/summary';
import { type ProcedureRef, type QualityDashboardData, qualityDashboardData } from './dashboardData';

const procedureHref = (id: number) => `/admin/collections/procedures/${id}`;

function ProcedureLink({ procedure }: { procedure: ProcedureRef }) {
  return <a href={procedureHref(procedure.id)}>{procedure.title}</a>;
}

function Completeness({ data }: { data: QualityDashboardData }) {
  const { completeness } = data.summary;
  return (
    <section className="quality-dashboard__part" aria-labelledby="quality-dashboard-sdgr">
      <h3 id="quality-dashboard-sdgr">Braki wobec jednolitej bramki cyfrowej UE</h3>
      <p>
        Kompletnych opisów: <strong data-quality-complete>{completeness.complete}</strong> z {completeness.procedures}.
      </p>
      <table className="quality-dashboard__table">
        <caption className="quality-visually-hidden">
          Liczba procedur, którym brakuje danego punktu (art. 10 rozporządzenia 2018/1724)
        </caption>
        <thead>
          <tr>
            <th scope="col">Punkt</th>
            <th scope="col">Procedur z brakiem</th>
          </tr>
        </thead>
        <tbody>
          {data.missing.map((point) => {
            const count = completeness.missingByPoint[point.id];
            return (
              <tr key={point.id} data-quality-point={point.id}>
                <th scope="row">{point.label}</th>
                <td>
                  {count === 0 ? (
                    <span data-quality-count>0</span>
                  ) : (
                    <details>
                      <summary>
                        <span data-quality-count>{count}</span> — pokaż procedury
                      </summary>
                      <ul>
                        {point.procedures.map((procedure) => (
                          <li key={procedure.id}>
                            <ProcedureLink procedure={procedure} />
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function ReviewList({ id, heading, rows, empty }: { id: string; heading: string; rows: ReviewRow[]; empty: string }) {
  return (
    <>
      <h4 id={id}>
        {heading} ({rows.length})
      </h4>
      {rows.length === 0 ? (
        <p className="quality-panel__muted">{empty}</p>
      ) : (
        <ul aria-labelledby={id} className="quality-dashboard__list">
          {rows.map((row) => (
            <li key={row.id}>
              <ProcedureLink procedure={row} /> <span className="quality-panel__muted">— {row.department}; </span>
              termin {row.reviewDue ? formatDate(row.reviewDue) : '—'}
              {row.label ? (
                <strong className={`quality-review__status quality-review__status--${row.status}`}> — {row.label}</strong>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Reviews({ data }: { data: QualityDashboardData }) {
  const { review } = data.summary;
  return (
    <section className="quality-dashboard__part" aria-labelledby="quality-dashboard-review">
      <h3 id="quality-dashboard-review">Przeglądy opisów</h3>
      <ReviewList
        id="quality-dashboard-overdue"
        heading="Po terminie przeglądu"
        rows={review.overdue}
        empty="Żaden przegląd nie jest zaległy."
      />
      <ReviewList
        id="quality-dashboard-due"
        heading="Przegląd w ciągu 30 dni"
        rows={review.dueSoon}
        empty="W najbliższych 30 dniach nie przypada żaden przegląd."
      />
    </section>
  );
}

function Links({ data }: { data: QualityDashboardData }) {
  const { links } = data.summary;
  return (
    <section className="quality-dashboard__part" aria-labelledby="quality-dashboard-links">
      <h3 id="quality-dashboard-links">Niedziałające linki ({links.broken.length})</h3>
      {links.checkedAt === null ? (
        <p className="quality-panel__muted">Linków jeszcze nie sprawdzano.</p>
      ) : (
        <p className="quality-panel__muted">
          Ostatnie sprawdzenie: {formatDateTime(links.checkedAt)}, adresów: {links.checked}.
        </p>
      )}
      {links.broken.length > 0 ? (
        <ul className="quality-dashboard__list">
          {links.broken.map((link) => (
            <li key={link.url}>
              <span className="quality-url">{link.url}</span>
              {link.error ? <span className="quality-panel__muted"> — {link.error.message}</span> : null}
              <ul>
                {link.procedures.map((procedure) => (
                  <li key={procedure.id}>
                    <ProcedureLink procedure={procedure} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function LegalChanges({ data }: { data: QualityDashboardData }) {
  return (
    <section className="quality-dashboard__part" aria-labelledby="quality-dashboard-legal">
      <h3 id="quality-dashboard-legal">Zmienione akty prawne (ELI) ({data.legalChanges.length})</h3>
      {data.legalChanges.length === 0 ? (
        <p className="quality-panel__muted">Kontrola podstawy prawnej nie zgłosiła zmian.</p>
      ) : (
        <ul className="quality-dashboard__list">
          {data.legalChanges.map((change) => (
            <li key={change.id}>
              {change.procedure ? <ProcedureLink procedure={change.procedure} /> : 'Procedura usunięta'}{' '}
              <span className="quality-panel__muted">— zgłoszenie z {formatDate(change.createdAt)}</span>
              <p className="quality-panel__message">{change.message}</p>
              <a href={`/admin/collections/change-requests/${change.id}`}>Otwórz zgłoszenie</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export const QualityDashboard: React.FC<ServerProps> = async ({ payload, user }) => {
  if (!user) return null;
  const data = await qualityDashboardData(payload, user as unknown as StaffUser, new Date());
  if (!data) return null;
  const department = data.summary.department;
  return (
    <section className="quality-dashboard" aria-labelledby="quality-dashboard-heading">
      <h2 id="quality-dashboard-heading">Jakość opisów{department ? ` — ${department.name}` : ''}</h2>
      <div className="quality-dashboard__grid">
        <Reviews data={data} />
        <Completeness data={data} />
        <Links data={data} />
        <LegalChanges data={data} />
      </div>
    </section>
  );
};
