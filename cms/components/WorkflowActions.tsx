'use client';
/**
 * The workflow's buttons in the procedure edit view, in place of Payload's "Publish": what the
 * signed-in person may do now, as the server judges it, with the required change note, comment
 * or explanation typed inline. A transition this person may not run for a reason they can act on
 * (four eyes, unsaved changes) is shown disabled with that reason in words. A submission the
 * server refuses lists what to correct, each item a link that opens the field. An approval
 * refused for missing points of the EU Single Digital Gateway's list shows them in the note box
 * and asks for the justification to approve with. "Potwierdź aktualność" lives in the quality
 * panel (cms/components/quality), beside the review date it moves.
 */
import { useDocumentInfo, useFormModified } from '@payloadcms/ui';
import type React from 'react';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { workflowMessages } from '../workflow/messages';
import { goToField } from './workflow/goToField';
import { MissingPoints } from './workflow/MissingPoints';
import type { FieldProblem, MissingPoint } from './workflow/runTransition';
import { useRunTransition } from './workflow/useRunTransition';
import { type TransitionVerdict, useTransitions } from './workflow/useTransitions';

const NOTES: Partial<Record<TransitionVerdict['name'], { field: string; prompt: string }>> = {
  approve: { field: 'changeNote', prompt: 'Opis zmiany do rejestru zmian (publiczny w BIP)' },
  return: { field: 'comment', prompt: 'Co redaktor ma poprawić' },
  withdraw: { field: 'explanation', prompt: 'Uzasadnienie wycofania (publiczne w rejestrze zmian)' },
};
const UNSAVED = 'Najpierw zapisz szkic: wniosek dotyczy zapisanej wersji.';

/** Refusals that only say "not your role" or "not from this state" are not offered at all; four eyes is explained. */
const isRelevant = (v: TransitionVerdict) =>
  v.name !== 'verify' && (v.allowed || v.reason === workflowMessages.fourEyes || v.reason?.includes('opublikowanej'));

function NoteForm({
  verdict,
  busy,
  missing,
  fieldTabs,
  onSubmit,
  onCancel,
}: {
  verdict: TransitionVerdict;
  busy: boolean;
  missing: MissingPoint[];
  fieldTabs: Record<string, number>;
  onSubmit: (text: string, justification: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [justification, setJustification] = useState('');
  const note = NOTES[verdict.name];
  if (!note) return null;
  const needsJustification = verdict.name === 'approve' && missing.length > 0;
  return (
    <section className="workflow-actions__note" aria-label={verdict.label}>
      <label htmlFor="workflow-text">{note.prompt}</label>
      {/* biome-ignore lint/a11y/noAutofocus: the person has just asked for this box by pressing the button */}
      <textarea id="workflow-text" rows={4} value={text} autoFocus onChange={(e) => setText(e.target.value)} />
      {needsJustification ? (
        <MissingPoints points={missing} fieldTabs={fieldTabs} justification={justification} onJustification={setJustification} />
      ) : null}
      <div className="workflow-actions__note-buttons">
        <button
          type="button"
          className="btn btn--style-primary btn--size-medium"
          disabled={busy || !text.trim() || (needsJustification && !justification.trim())}
          onClick={() => onSubmit(text, needsJustification ? justification : '')}
        >
          {needsJustification ? `${verdict.label} z uzasadnieniem` : `${verdict.label}: potwierdź`}
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={onCancel}>
          Anuluj
        </button>
      </div>
    </section>
  );
}

function Problems({ problems, fieldTabs, onClose }: { problems: FieldProblem[]; fieldTabs: Record<string, number>; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The list appears above the form, away from the button: the reader is taken to it.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'center' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className="workflow-problems" aria-labelledby="workflow-problems-heading">
      <h2 id="workflow-problems-heading" className="workflow-problems__heading" ref={heading} tabIndex={-1}>
        Do poprawienia przed złożeniem ({problems.length}):
      </h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path} ${problem.message}`}>
            <button type="button" className="workflow-problems__link" onClick={() => goToField(problem.path, fieldTabs)}>
              {problem.message}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={onClose}>
        Zamknij listę
      </button>
    </section>
  );
}

function TransitionButton({
  verdict,
  reason,
  busy,
  onClick,
}: {
  verdict: TransitionVerdict;
  reason?: string | undefined;
  busy: boolean;
  onClick: () => void;
}) {
  const describedBy = reason ? `workflow-reason-${verdict.name}` : undefined;
  return (
    <div className="workflow-actions__item">
      <button
        type="button"
        className={`btn btn--style-${verdict.name === 'approve' || verdict.name === 'submit' ? 'primary' : 'secondary'} btn--size-medium`}
        disabled={busy || reason !== undefined}
        aria-describedby={describedBy}
        onClick={onClick}
      >
        {verdict.label}
      </button>
      {reason && (
        <p id={describedBy} className="workflow-actions__reason">
          {reason}
        </p>
      )}
    </div>
  );
}

export const WorkflowActions: React.FC<{ fieldTabs?: Record<string, number> }> = ({ fieldTabs = {} }) => {
  const { id, lastUpdateTime } = useDocumentInfo();
  const modified = useFormModified();
  const verdicts = useTransitions(id, lastUpdateTime);
  const { run, busy, problems, clearProblems, missingPoints, clearMissingPoints } = useRunTransition(id);
  const [open, setOpen] = useState<TransitionVerdict | null>(null);
  // Where the note box and the list of problems go: above the form (cms/components/workflow/DecisionNotice.tsx).
  const [slot, setSlot] = useState<Element | null>(null);
  useEffect(() => setSlot(document.querySelector('.decision-notice-field')), []);
  if (!id || !verdicts) return null;

  const runWith = async (verdict: TransitionVerdict, text = '', justification = '') => {
    const note = NOTES[verdict.name];
    const body = { ...(note ? { [note.field]: text } : {}), ...(justification.trim() ? { justification } : {}) };
    if (await run(verdict.name, body)) setOpen(null);
  };
  const toggle = (verdict: TransitionVerdict) => {
    clearMissingPoints();
    setOpen(open?.name === verdict.name ? null : verdict);
  };
  const inSlot = (element: React.ReactElement | null) => (element && slot ? createPortal(element, slot) : element);
  const shown = verdicts.filter(isRelevant);
  if (shown.length === 0) return null;
  return (
    <div className="workflow-actions">
      {shown.map((verdict) => (
        <TransitionButton
          key={verdict.name}
          verdict={verdict}
          reason={!verdict.allowed ? verdict.reason : verdict.name === 'submit' && modified ? UNSAVED : undefined}
          busy={busy}
          onClick={() => (NOTES[verdict.name] ? toggle(verdict) : void runWith(verdict))}
        />
      ))}
      {inSlot(
        open && (
          <NoteForm
            verdict={open}
            busy={busy}
            missing={missingPoints}
            fieldTabs={fieldTabs}
            onSubmit={(text, justification) => void runWith(open, text, justification)}
            onCancel={() => {
              clearMissingPoints();
              setOpen(null);
            }}
          />
        ),
      )}
      {inSlot(problems.length > 0 ? <Problems problems={problems} fieldTabs={fieldTabs} onClose={clearProblems} /> : null)}
    </div>
  );
};
