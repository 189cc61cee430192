'use client';
/**
 * Inside the approval's note box, when the server refused the approval because points of the EU
 * Single Digital Gateway's list are missing (issue 14): each point with what to do, as a link
 * that opens its field, and the box for the team's justification, which goes into the event log.
 */
import type React from 'react';
import { useEffect, useRef } from 'react';
import { goToField } from './goToField';
import type { MissingPoint } from './runTransition';

export const MissingPoints: React.FC<{
  points: MissingPoint[];
  fieldTabs: Record<string, number>;
  justification: string;
  onJustification: (text: string) => void;
}> = ({ points, fieldTabs, justification, onJustification }) => {
  const heading = useRef<HTMLHeadingElement>(null);
  // The refusal arrives after the button was pressed: the reader is taken to what it asks for.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'center' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="workflow-missing">
      <h2 id="workflow-missing-heading" className="workflow-missing__heading" ref={heading} tabIndex={-1}>
        Opis nie zawiera wszystkiego, czego wymaga jednolita bramka cyfrowa UE ({points.length} {points.length === 1 ? 'brak' : 'braki'}):
      </h2>
      <ul aria-labelledby="workflow-missing-heading">
        {points.map((point) => (
          <li key={point.id}>
            <button type="button" className="workflow-problems__link" onClick={() => goToField(point.fields[0] ?? point.id, fieldTabs)}>
              {point.label}
            </button>
            <span className="workflow-missing__hint"> — {point.hint}</span>
          </li>
        ))}
      </ul>
      <p>Uzupełnij opis albo zatwierdź go mimo braków, podając uzasadnienie.</p>
      <label htmlFor="workflow-justification">Uzasadnienie zatwierdzenia mimo braków (trafi do dziennika obiegu)</label>
      <textarea id="workflow-justification" rows={3} value={justification} onChange={(e) => onJustification(e.target.value)} />
    </div>
  );
};
