'use client';
/**
 * "Jakość opisu" in the procedure's sidebar (issue 14), for the latest saved version: the points
 * of the EU Single Digital Gateway (met / missing, each a link that opens its field), the review
 * date and the last verification with "Potwierdź aktualność" for the team, the broken links the
 * last link check found here and the changes of cited acts the legal-basis watch reported.
 * Nothing here blocks saving; approval asks for a justification while a point is missing.
 */
import { useDocumentInfo } from '@payloadcms/ui';
import type React from 'react';
import { formatDate, formatDateTime } from '../../../templates/format/dates';
import type { QualityChecklist } from '../../quality/checklist';
import { goToField } from '../workflow/goToField';
import { describeField } from './describeField';
import { useQuality } from './useQuality';
import { VerifyButton } from './VerifyButton';

interface Props {
  fieldTabs?: Record<string, number>;
  fieldLabels?: Record<string, string>;
}

type Point = QualityChecklist['completeness']['points'][number];

const STATUS: Record<'met' | 'missing' | 'na', string> = { met: 'spełniony', missing: 'brak', na: 'nie dotyczy' };

function statusOf(point: Point): keyof typeof STATUS {
  if (!point.applicable) return 'na';
  return point.met ? 'met' : 'missing';
}

function Checklist({ points, fieldTabs }: { points: Point[]; fieldTabs: Record<string, number> }) {
  const met = points.filter((p) => p.met).length;
  return (
    <section className="quality-panel__part" aria-labelledby="quality-sdgr-heading">
      <h3 id="quality-sdgr-heading" className="quality-panel__heading">
        Jednolita bramka cyfrowa UE
      </h3>
      <p className="quality-panel__count">
        Spełniono {met} z {points.length} punktów (art. 10 rozporządzenia 2018/1724).
      </p>
      <ul className="quality-checklist">
        {points.map((point) => {
          const status = statusOf(point);
          const target = point.fields[0];
          return (
            <li key={point.id} className={`quality-checklist__item quality-checklist__item--${status}`} data-point={point.id}>
              <span className="quality-checklist__status">{STATUS[status]}</span>
              {target ? (
                <button type="button" className="quality-link" onClick={() => goToField(target, fieldTabs)}>
                  {point.label}
                </button>
              ) : (
                <span>{point.label}</span>
              )}
              {status === 'missing' ? <p className="quality-checklist__hint">{point.hint}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Review({ review, onVerified }: { review: QualityChecklist['review']; onVerified: () => void }) {
  const { id, lastUpdateTime } = useDocumentInfo();
  return (
    <section className="quality-panel__part" aria-labelledby="quality-review-heading">
      <h3 id="quality-review-heading" className="quality-panel__heading">
        Przegląd opisu
      </h3>
      <dl className="quality-review">
        <dt>Termin przeglądu</dt>
        <dd>
          {review.reviewDue ? formatDate(review.reviewDue) : 'brak (ustalany przy zatwierdzeniu)'}
          {review.label ? (
            <span className={`quality-review__status quality-review__status--${review.status}`}> — {review.label}</span>
          ) : null}
        </dd>
        <dt>Ostatnia weryfikacja</dt>
        <dd>{review.lastVerifiedAt ? formatDateTime(review.lastVerifiedAt) : 'jeszcze nie było'}</dd>
      </dl>
      <VerifyButton id={id} refreshKey={lastUpdateTime} onVerified={onVerified} />
    </section>
  );
}

function BrokenLinks({
  links,
  fieldTabs,
  fieldLabels,
}: {
  links: QualityChecklist['brokenLinks'];
  fieldTabs: Record<string, number>;
  fieldLabels: Record<string, string>;
}) {
  if (links.length === 0) return null;
  return (
    <section className="quality-panel__part" aria-labelledby="quality-links-heading">
      <h3 id="quality-links-heading" className="quality-panel__heading">
        Niedziałające linki ({links.length})
      </h3>
      <ul className="quality-panel__list">
        {links.map((link) => (
          <li key={link.url}>
            <span className="quality-url">{link.url}</span>
            {link.error ? <span className="quality-panel__muted"> — {link.error.message}</span> : null}
            <span className="quality-panel__muted"> (sprawdzono {formatDateTime(link.checkedAt)})</span>
            <ul>
              {link.paths.map((path) => (
                <li key={path}>
                  <button type="button" className="quality-link" onClick={() => goToField(path, fieldTabs)}>
                    {describeField(path, fieldLabels)}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LegalChanges({ changes }: { changes: QualityChecklist['legalChanges'] }) {
  if (changes.length === 0) return null;
  return (
    <section className="quality-panel__part" aria-labelledby="quality-legal-heading">
      <h3 id="quality-legal-heading" className="quality-panel__heading">
        Zmiany aktów prawnych ({changes.length})
      </h3>
      <ul className="quality-panel__list">
        {changes.map((change) => (
          <li key={change.id}>
            <a href={`/admin/collections/change-requests/${change.id}`}>Zgłoszenie z {formatDate(change.createdAt)}</a>
            <p className="quality-panel__message">{change.message}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const QualityPanel: React.FC<Props> = ({ fieldTabs = {}, fieldLabels = {} }) => {
  const { id, lastUpdateTime } = useDocumentInfo();
  const { state, reload } = useQuality(id, lastUpdateTime);
  if (id === undefined) return null;
  return (
    <section className="quality-panel" aria-labelledby="quality-panel-heading" aria-busy={state.status === 'loading'}>
      <h2 id="quality-panel-heading" className="quality-panel__title">
        Jakość opisu
      </h2>
      {state.status === 'loading' ? <p className="quality-panel__muted">Sprawdzanie opisu…</p> : null}
      {state.status === 'failed' ? (
        <p className="quality-panel__error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <p className="quality-panel__muted">Ocena ostatnio zapisanej wersji; po zapisaniu zmian odświeży się.</p>
          <Checklist points={state.checklist.completeness.points} fieldTabs={fieldTabs} />
          <Review review={state.checklist.review} onVerified={reload} />
          <BrokenLinks links={state.checklist.brokenLinks} fieldTabs={fieldTabs} fieldLabels={fieldLabels} />
          <LegalChanges changes={state.checklist.legalChanges} />
        </>
      ) : null}
    </section>
  );
};
