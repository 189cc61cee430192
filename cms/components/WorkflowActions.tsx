'use client';
/**
 * The workflow's buttons in the procedure edit view, in place of Payload's "Publish": what the
 * signed-in person may do now, as the server judges it, with the required change note, comment
 * or explanation typed inline. A transition this person may not run for a reason they can act on
 * (four eyes, unsaved changes) is shown disabled with that reason in words.
 */
import { toast, useDocumentInfo, useFormModified } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import type React from 'react';
import { useState } from 'react';
import { postTransition } from './workflow/runTransition';
import { type TransitionVerdict, useTransitions } from './workflow/useTransitions';

const NOTES: Partial<Record<TransitionVerdict['name'], { field: string; prompt: string }>> = {
  approve: { field: 'changeNote', prompt: 'Opis zmiany do rejestru zmian (publiczny w BIP)' },
  return: { field: 'comment', prompt: 'Co redaktor ma poprawić' },
  withdraw: { field: 'explanation', prompt: 'Uzasadnienie wycofania (publiczne w rejestrze zmian)' },
};
const UNSAVED = 'Najpierw zapisz szkic: wniosek dotyczy zapisanej wersji.';

/** Refusals that only say "not your role" or "not from this state" are not offered at all. */
const isRelevant = (v: TransitionVerdict) => v.allowed || (v.status === 403 && v.name === 'approve') || v.reason?.includes('opublikowanej');

function NoteForm({ verdict, busy, onSubmit }: { verdict: TransitionVerdict; busy: boolean; onSubmit: (text: string) => void }) {
  const [text, setText] = useState('');
  const note = NOTES[verdict.name];
  if (!note) return null;
  return (
    <div className="workflow-actions__note">
      <label htmlFor="workflow-text">{note.prompt}</label>
      <textarea id="workflow-text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        className="btn btn--style-primary btn--size-medium"
        disabled={busy || !text.trim()}
        onClick={() => onSubmit(text)}
      >
        {verdict.label}: potwierdź
      </button>
    </div>
  );
}

export const WorkflowActions: React.FC = () => {
  const { id, lastUpdateTime } = useDocumentInfo();
  const router = useRouter();
  const modified = useFormModified();
  const verdicts = useTransitions(id, lastUpdateTime);
  const [open, setOpen] = useState<TransitionVerdict | null>(null);
  const [busy, setBusy] = useState(false);
  if (!id || !verdicts) return null;

  const run = async (verdict: TransitionVerdict, text = '') => {
    setBusy(true);
    try {
      const note = NOTES[verdict.name];
      toast.success(await postTransition(id, verdict.name, note ? { [note.field]: text } : {}));
      setOpen(null);
      router.refresh();
    } catch (error) {
      toast.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const shown = verdicts.filter(isRelevant);
  if (shown.length === 0) return null;
  return (
    <div className="workflow-actions">
      {shown.map((verdict) => {
        const reason = !verdict.allowed ? verdict.reason : verdict.name === 'submit' && modified ? UNSAVED : undefined;
        const describedBy = reason ? `workflow-reason-${verdict.name}` : undefined;
        return (
          <div key={verdict.name} className="workflow-actions__item">
            <button
              type="button"
              className={`btn btn--style-${verdict.name === 'approve' || verdict.name === 'submit' ? 'primary' : 'secondary'} btn--size-medium`}
              disabled={busy || reason !== undefined}
              aria-describedby={describedBy}
              onClick={() => (NOTES[verdict.name] ? setOpen(open?.name === verdict.name ? null : verdict) : void run(verdict))}
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
      })}
      {open && <NoteForm verdict={open} busy={busy} onSubmit={(text) => void run(open, text)} />}
    </div>
  );
};
