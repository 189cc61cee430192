/**
 * The call center's dashboard (before Payload's collection cards): the staff search, the
 * procedures this consultant opened recently and their own open change requests — each procedure
 * leading to its "Karta konsultanta". It renders nothing for other roles.
 */
import type { ServerProps } from 'payload';
import { formatDateTime } from '../../templates/format/dates';
import { cardHref } from './consultant/cardHref';
import { ownOpenRequests, recentProcedures } from './consultant/dashboardData';
import { SearchBox } from './consultant/SearchBox';

export async function ConsultantDashboard({ payload, user }: ServerProps) {
  if (user?.role !== 'call-center') return null;
  const [recent, requests] = await Promise.all([recentProcedures(payload, user), ownOpenRequests(payload, user)]);
  return (
    <div className="consultant-dashboard">
      <section aria-labelledby="konsultant-szukaj">
        <h2 id="konsultant-szukaj">Karta konsultanta — znajdź procedurę</h2>
        <SearchBox />
      </section>
      <section aria-labelledby="konsultant-ostatnie">
        <h2 id="konsultant-ostatnie">Ostatnio otwierane</h2>
        {recent.length === 0 ? (
          <p className="consultant-muted">Tu pojawią się procedury, których karty otworzysz.</p>
        ) : (
          <ul className="consultant-dashboard__list">
            {recent.map((item) => (
              <li key={item.slug}>
                <a href={cardHref(item.slug)}>{item.title}</a>{' '}
                <span className="consultant-muted">— otwarta {formatDateTime(item.openedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="konsultant-zgloszenia">
        <h2 id="konsultant-zgloszenia">Moje otwarte zgłoszenia ({requests.length})</h2>
        {requests.length === 0 ? (
          <p className="consultant-muted">Nie masz otwartych zgłoszeń. Zgłoszenie wyślesz z karty procedury.</p>
        ) : (
          <ul className="consultant-dashboard__list">
            {requests.map((request) => (
              <li key={request.id}>
                {request.procedureSlug ? <a href={cardHref(request.procedureSlug)}>{request.procedureTitle}</a> : request.procedureTitle}{' '}
                <span className="consultant-muted">— {formatDateTime(request.createdAt)}</span>
                <div>{request.message}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
