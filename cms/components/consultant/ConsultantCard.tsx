/**
 * "Karta konsultanta": one procedure on one screen for a consultant on the phone. The internal
 * call-center information first (from the latest saved description: the call center's own data
 * changes without an approval), then the public essentials as residents read them now (the live
 * approved version), with "Zgłoś potrzebę aktualizacji" beside the title.
 */
import { formatDate, formatDateTime } from '../../../templates/format/dates';
import { STATE_LABELS } from '../../workflow/states';
import { CallCenterInfo } from './CallCenterInfo';
import { below, Heading, type Level } from './Heading';
import type { CardData } from './loadCard';
import { PublicEssentials } from './PublicEssentials';
import { ReportForm } from './ReportForm';

export interface CardOptions {
  /** The level of the card's part headings: 1 on the card's own page (which then has its own h1), 2 under Payload's. */
  level: Level;
  /** Shown on the card's own page; in the document's tab Payload's header names the procedure. */
  isStandalone: boolean;
  /** Whether this person may file a change request (call center, procedures team). */
  canReport: boolean;
}

/** Which version the public part is, and whether a change is on its way. */
function VersionNotes({ data }: { data: CardData }) {
  const { shown, upcoming, procedure } = data;
  return (
    <ul className="consultant-notes">
      {shown?.isLive ? (
        <li>
          Dla mieszkańca: wersja {shown.version} zatwierdzona {formatDateTime(shown.decidedAt)}, opublikowana w portalu.
        </li>
      ) : shown ? (
        <li className="consultant-notes__warning">
          Procedura nie jest teraz opublikowana. Poniżej ostatnia zatwierdzona wersja {shown.version}
          {shown.validFrom ? `, obowiązuje od ${formatDate(shown.validFrom)}` : ''}.
        </li>
      ) : (
        <li className="consultant-notes__warning">Procedura nie ma jeszcze zatwierdzonej wersji — mieszkańcy jej nie widzą.</li>
      )}
      {upcoming ? (
        <li>
          Zatwierdzona wersja {upcoming.version} zacznie obowiązywać
          {upcoming.validFrom ? ` ${formatDate(upcoming.validFrom)}` : ' wkrótce'}.
        </li>
      ) : null}
      {procedure.workflowState === 'submitted' ? (
        <li className="consultant-notes__warning">
          Zmiana opisu czeka na zatwierdzenie
          {procedure.lastSubmittedAt ? ` (wniosek z ${formatDateTime(procedure.lastSubmittedAt)})` : ''} — do tego czasu obowiązuje wersja
          poniżej.
        </li>
      ) : null}
    </ul>
  );
}

function OpenRequests({ data, level }: { data: CardData; level: Level }) {
  if (data.openRequests.length === 0) return null;
  return (
    <section aria-labelledby="karta-zgloszenia" className="consultant-section">
      <Heading level={level} id="karta-zgloszenia">
        Otwarte zgłoszenia do tej procedury ({data.openRequests.length})
      </Heading>
      <ul className="consultant-requests">
        {data.openRequests.map((request) => (
          <li key={request.id}>
            <span className="consultant-muted">
              {formatDateTime(request.createdAt)}, {request.requestedByName}:
            </span>{' '}
            {request.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ConsultantCard({ data, options }: { data: CardData; options: CardOptions }) {
  const { procedure, shown, departmentName } = data;
  const { level } = options;
  const partLevel = options.isStandalone ? below(level) : level;
  const state = procedure.workflowState ? STATE_LABELS[procedure.workflowState].pl : '';
  return (
    <article
      className="consultant-card"
      {...(options.isStandalone ? { 'aria-labelledby': 'karta-tytul' } : { 'aria-label': 'Karta konsultanta' })}
    >
      <header className="consultant-card__header">
        <div className="consultant-card__heading">
          {options.isStandalone ? (
            <>
              <p className="consultant-card__kicker">Karta konsultanta</p>
              <Heading level={level} id="karta-tytul" className="consultant-card__title">
                {procedure.title}
              </Heading>
            </>
          ) : null}
          <p className="consultant-muted">
            {departmentName ?? 'Komórka nieprzypisana'} · <a href={`/admin/collections/procedures/${procedure.id}`}>pełny opis w panelu</a>
          </p>
          <VersionNotes data={data} />
        </div>
        {options.canReport ? <ReportForm procedureId={procedure.id} departmentName={departmentName} /> : null}
      </header>
      <div className="consultant-card__columns">
        <section aria-labelledby="karta-wewnetrzne" className="consultant-card__internal">
          <Heading level={partLevel} id="karta-wewnetrzne">
            Informacje dla pracownika Oddziału Call Center*
          </Heading>
          <p className="consultant-muted">
            Niewidoczne dla mieszkańców. Z ostatniego zapisu opisu: {formatDateTime(procedure.updatedAt)}
            {state ? ` (stan obiegu: ${state})` : ''}.
          </p>
          <CallCenterInfo callCenter={procedure.callCenter} level={below(partLevel)} />
          <OpenRequests data={data} level={below(partLevel)} />
        </section>
        <section aria-labelledby="karta-publiczne" className="consultant-card__public">
          <Heading level={partLevel} id="karta-publiczne">
            Co mówimy mieszkańcowi
          </Heading>
          {shown?.content ? (
            <PublicEssentials content={shown.content} level={below(partLevel)} />
          ) : (
            <p>Brak zatwierdzonej treści publicznej.</p>
          )}
        </section>
      </div>
    </article>
  );
}
