import { formatDateTime } from '../../../templates/format';
import type { DraftSave, HistoryEntry, RegisterItem } from './history';
import { approvalHeading, decisionHeading, type Names, saveLabel, savesSummary } from './historyText';
import { comparisonHref, type ReviewPlace } from './links';
import { approvedKey, DRAFT_KEY, saveKey } from './versionChoices';

export interface HistoryContext {
  place: ReviewPlace;
  names: Names;
  /** The live approved version's number, when there is one. */
  live: number | undefined;
}

/** The saves of one draft, newest first, each with its comparisons; folded, as they are many and rarely read. */
function SaveList({ saves, context, summary }: { saves: readonly DraftSave[]; context: HistoryContext; summary: string }) {
  if (saves.length === 0) return null;
  const live = context.live === undefined ? undefined : approvedKey(context.live);
  return (
    <details className="review-saves">
      <summary>{summary}</summary>
      <ol reversed>
        {[...saves].reverse().map((save) => {
          const previous = saves[saves.indexOf(save) - 1];
          const label = saveLabel(save, context.names);
          return (
            <li key={save.id}>
              {label}
              {live ? (
                <>
                  {' — '}
                  <a href={comparisonHref(context.place, { from: live, to: saveKey(save.id) })}>
                    porównaj z opublikowaną<span className="review-sr"> (zapis {label})</span>
                  </a>
                </>
              ) : null}
              {previous ? (
                <>
                  {' · '}
                  <a href={comparisonHref(context.place, { from: saveKey(previous.id), to: saveKey(save.id) })}>
                    z poprzednim zapisem<span className="review-sr"> (zapis {label})</span>
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

function Facts({ facts }: { facts: [string, string | undefined][] }) {
  return (
    <dl className="review-facts">
      {facts.map(([term, value]) =>
        value ? (
          <div key={term}>
            <dt>{term}:</dt>
            <dd>{value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

function Approval({ entry, saves, context }: { entry: RegisterItem; saves: DraftSave[]; context: HistoryContext }) {
  const version = approvedKey(entry.version);
  const isLive = entry.version === context.live;
  return (
    <>
      <h3>
        {approvalHeading(entry)}
        {isLive ? <span className="review-badge">opublikowana</span> : null}
      </h3>
      <Facts
        facts={[
          ['Zatwierdził(a)', `${entry.decidedByName}, ${formatDateTime(entry.decidedAt)}`],
          ['Wniosek złożył(a)', entry.submittedByName],
          ['Opis zmiany', entry.note],
        ]}
      />
      <p className="review-links">
        {!isLive && context.live !== undefined ? (
          <a href={comparisonHref(context.place, { from: approvedKey(context.live), to: version })}>
            Porównaj z opublikowaną<span className="review-sr"> (wersja {entry.version})</span>
          </a>
        ) : null}
        <a href={comparisonHref(context.place, { from: version, to: DRAFT_KEY })}>
          Porównaj ze szkicem<span className="review-sr"> (wersja {entry.version})</span>
        </a>
        {entry.version > 1 ? (
          <a href={comparisonHref(context.place, { from: approvedKey(entry.version - 1), to: version })}>
            Porównaj z wersją {entry.version - 1}
          </a>
        ) : null}
      </p>
      <SaveList saves={saves} context={context} summary={`Zapisy szkicu tej wersji: ${savesSummary(saves, context.names)}`} />
    </>
  );
}

/** One entry of the version history: the current draft, an approved version, a withdrawal or a confirmation of validity. */
export function HistoryEntryItem({ entry, context, state }: { entry: HistoryEntry; context: HistoryContext; state: string }) {
  if (entry.type === 'draft') {
    return (
      <li className="review-history__item review-history__item--draft">
        <h3>Szkic: {savesSummary(entry.saves, context.names)}</h3>
        <Facts facts={[['Stan obiegu', state]]} />
        <p className="review-links">
          <a href={comparisonHref(context.place)}>Porównaj szkic z opublikowaną</a>
        </p>
        <SaveList saves={entry.saves} context={context} summary="Pokaż wszystkie zapisy szkicu" />
      </li>
    );
  }
  if (entry.type === 'approval') {
    return (
      <li className="review-history__item">
        <Approval entry={entry.entry} saves={entry.saves} context={context} />
      </li>
    );
  }
  const who = entry.type === 'withdrawal' ? 'Wycofał(a)' : 'Potwierdził(a)';
  return (
    <li className={`review-history__item review-history__item--${entry.type}`}>
      <h3>{decisionHeading(entry.entry)}</h3>
      <Facts
        facts={[
          [who, `${entry.entry.decidedByName}, ${formatDateTime(entry.entry.decidedAt)}`],
          [entry.type === 'withdrawal' ? 'Uzasadnienie' : 'Uwagi', entry.entry.note],
        ]}
      />
    </li>
  );
}
