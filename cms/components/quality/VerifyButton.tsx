'use client';
/**
 * "Potwierdź aktualność" (issue 14): the team confirms the version in force as still valid
 * without a new version (`POST /api/procedures/:id/verify`, an optional comment). Offered only
 * to whom the server would allow it; when the server says no for a reason the team can act on
 * (no version in force), the button is shown disabled with that reason.
 */
import { toast } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import type React from 'react';
import { useState } from 'react';
import { postTransition } from '../workflow/runTransition';
import { useTransitions } from '../workflow/useTransitions';

type Outcome = { tone: 'success' | 'error'; text: string } | null;

/** Posts the confirmation; the outcome is kept in words, a success also announced and the view refreshed. */
function useVerify(id: number | string | undefined, onVerified: () => void) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const verify = async (comment: string): Promise<boolean> => {
    if (id === undefined) return false;
    setBusy(true);
    try {
      const message = await postTransition(id, 'verify', comment.trim() ? { comment } : {});
      setOutcome({ tone: 'success', text: message });
      toast.success(message);
      onVerified();
      router.refresh();
      return true;
    } catch (error) {
      setOutcome({ tone: 'error', text: (error as Error).message });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, verify, clear: () => setOutcome(null) };
}

function VerifyForm({ busy, onConfirm, onCancel }: { busy: boolean; onConfirm: (comment: string) => void; onCancel: () => void }) {
  const [comment, setComment] = useState('');
  return (
    <div className="quality-verify__form">
      <p className="quality-panel__muted">
        Potwierdzasz, że obowiązująca wersja opisu jest nadal aktualna. Nie powstaje nowa wersja; potwierdzenie trafi do dziennika obiegu, a
        data — do metryki BIP („Ostatnia weryfikacja”).
      </p>
      <label htmlFor="quality-verify-comment">Komentarz (nieobowiązkowy)</label>
      {/* biome-ignore lint/a11y/noAutofocus: the person has just asked for this box by pressing the button */}
      <textarea id="quality-verify-comment" rows={3} value={comment} autoFocus onChange={(e) => setComment(e.target.value)} />
      <div className="quality-verify__buttons">
        <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => onConfirm(comment)}>
          Potwierdź aktualność: zapisz
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={onCancel}>
          Anuluj
        </button>
      </div>
    </div>
  );
}

const REASON_ID = 'quality-verify-reason';

export const VerifyButton: React.FC<{ id: number | string | undefined; refreshKey: unknown; onVerified: () => void }> = ({
  id,
  refreshKey,
  onVerified,
}) => {
  const verdict = useTransitions(id, refreshKey)?.find((v) => v.name === 'verify');
  const [open, setOpen] = useState(false);
  const { busy, outcome, verify, clear } = useVerify(id, onVerified);
  // Someone who may never confirm (an editor, the call center) is not offered the button at all.
  if (!verdict || (!verdict.allowed && verdict.status === 403)) return null;
  return (
    <div className="quality-verify">
      {open ? (
        <VerifyForm
          busy={busy}
          onConfirm={(comment) => void verify(comment).then((done) => done && setOpen(false))}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small quality-verify__button"
          disabled={!verdict.allowed || busy}
          aria-describedby={verdict.allowed ? undefined : REASON_ID}
          onClick={() => {
            clear();
            setOpen(true);
          }}
        >
          Potwierdź aktualność
        </button>
      )}
      {!verdict.allowed && verdict.reason ? (
        <p id={REASON_ID} className="quality-panel__muted">
          {verdict.reason}
        </p>
      ) : null}
      {outcome ? (
        <p
          className={`quality-verify__outcome quality-verify__outcome--${outcome.tone}`}
          role={outcome.tone === 'error' ? 'alert' : 'status'}
        >
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
};
