'use client';
/**
 * "Zgłoś potrzebę aktualizacji" on the card: only the message; the server fills in who asks,
 * the procedure's department and the title (ChangeRequests' fillRequest hook). The outcome is
 * announced (a status on success, an alert on error) and focus stays where the keyboard is.
 */
import { useRouter } from 'next/navigation';
import type React from 'react';
import { useId, useRef, useState } from 'react';

interface ErrorBody {
  errors?: { message?: string; data?: { errors?: { message?: string }[] } }[];
}

async function fileRequest(procedure: number, message: string): Promise<void> {
  const response = await fetch('/api/change-requests', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ procedure, message }),
  });
  if (response.ok) return;
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const details = body.errors?.flatMap((e) => e.data?.errors?.map((d) => d.message ?? '') ?? [e.message ?? '']).filter(Boolean) ?? [];
  throw new Error(details.join(' ') || `serwer odpowiedział kodem ${response.status}`);
}

/** The form's state and what its buttons do; focus follows the consultant (into the field, back to the button). */
function useReportForm(procedureId: number, recipient: string) {
  const router = useRouter();
  const toggle = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [isOpen, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [isBusy, setBusy] = useState(false);

  const open = () => {
    setOpen(true);
    setDone('');
    // After React shows the form: the consultant types straight away.
    requestAnimationFrame(() => field.current?.focus());
  };
  const close = () => {
    setOpen(false);
    setError('');
    requestAnimationFrame(() => toggle.current?.focus());
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      setError('Wpisz, co trzeba zaktualizować.');
      field.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await fileRequest(procedureId, message.trim());
      setMessage('');
      setDone(`Zgłoszenie wysłane. ${recipient} Zobaczysz je na pulpicie wśród swoich otwartych zgłoszeń.`);
      close();
      router.refresh();
    } catch (failure) {
      setError(`Nie udało się wysłać zgłoszenia: ${(failure as Error).message}`);
      field.current?.focus();
    } finally {
      setBusy(false);
    }
  };
  return { toggle, field, isOpen, message, setMessage, error, done, isBusy, open, close, submit };
}

export function ReportForm({ procedureId, departmentName }: { procedureId: number; departmentName: string | null }) {
  const id = useId();
  // The department's name stands alone after a colon: a proper name is not declined automatically.
  const recipient = departmentName
    ? `Odbiorca: ${departmentName} — komórka odpowiedzialna za ten opis.`
    : 'Odbiorca: komórka odpowiedzialna za ten opis.';
  const { toggle, field, isOpen, message, setMessage, error, done, isBusy, open, close, submit } = useReportForm(procedureId, recipient);

  return (
    <div className="consultant-report">
      <button
        ref={toggle}
        type="button"
        className="btn btn--style-primary btn--size-medium consultant-report__toggle"
        aria-expanded={isOpen}
        aria-controls={`${id}-form`}
        onClick={isOpen ? close : open}
      >
        Zgłoś potrzebę aktualizacji
      </button>
      <form
        id={`${id}-form`}
        hidden={!isOpen}
        noValidate
        onSubmit={submit}
        className="consultant-report__form"
        aria-label="Zgłoszenie potrzeby aktualizacji"
      >
        <label htmlFor={`${id}-message`}>Co trzeba zaktualizować?</label>
        <p id={`${id}-hint`} className="consultant-muted">
          {recipient}
        </p>
        <textarea
          ref={field}
          id={`${id}-message`}
          name="message"
          rows={4}
          required
          value={message}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => setMessage(event.target.value)}
        />
        <p id={`${id}-error`} role="alert" className="consultant-report__error">
          {error}
        </p>
        <div className="consultant-report__buttons">
          <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={isBusy}>
            {isBusy ? 'Wysyłanie…' : 'Wyślij zgłoszenie'}
          </button>
          <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={close}>
            Anuluj
          </button>
        </div>
      </form>
      <output className="consultant-report__done">{done}</output>
    </div>
  );
}
