import { formatDateTime } from '../../../templates/format/dates';
import type { WorkflowState } from '../../workflow/states';

/** The last workflow event as the notice reads it. */
export interface LastEvent {
  transition: string;
  byName: string;
  at: string;
  comment?: string | null;
}

export interface Notice {
  tone: 'warning' | 'info' | 'success';
  heading: string;
  /** The person's own words (a return comment, a change note): shown quoted, as typed. */
  quote?: string;
  next?: string;
}

/**
 * What the top of a procedure's form says about where it stands in the workflow: why it came
 * back and what to do, whom it waits for, what the last approval or withdrawal said. Only when
 * the last event matches the state (a draft saved after a return still shows the return).
 */
export function decisionNotice(state: WorkflowState | undefined, last: LastEvent | undefined): Notice | undefined {
  if (!state || !last) return undefined;
  const when = `${formatDateTime(last.at)}, ${last.byName}`;
  const quote = last.comment?.trim() ? last.comment.trim() : undefined;
  const withQuote = (notice: Notice): Notice => (quote ? { ...notice, quote } : notice);
  if (last.transition === 'return' && (state === 'returned' || state === 'draft')) {
    return withQuote({
      tone: 'warning',
      heading: `Zwrócono do poprawy (${when}):`,
      next: 'Popraw opis, zapisz szkic i złóż wniosek o aktualizację ponownie.',
    });
  }
  if (last.transition === 'submit' && state === 'submitted') {
    return withQuote({
      tone: 'info',
      heading: `Wniosek o aktualizację złożony (${when}) czeka na decyzję Oddziału ds. Procedur i Zgłoszeń Interwencyjnych.`,
    });
  }
  if (last.transition === 'approve' && state === 'approved') {
    return withQuote({ tone: 'success', heading: `Zatwierdzono (${when}). Opis zmiany w rejestrze:` });
  }
  if (last.transition === 'withdraw' && state === 'withdrawn') {
    return withQuote({ tone: 'warning', heading: `Wycofano z publikacji (${when}). Uzasadnienie:` });
  }
  return undefined;
}
