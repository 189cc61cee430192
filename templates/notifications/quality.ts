/** Texts of the quality e-mails (plain text, Polish). Pure functions: data in, message out. */
import type { MessageText } from './workflow';

export interface ReviewItem {
  title: string;
  /** YYYY-MM-DD */
  reviewDue: string;
  /** "Przegląd zaległy od 3 dni", "Przegląd za 12 dni" */
  label: string;
  adminUrl: string;
}

const footer = '\n\n—\nBaza wiedzy o procedurach (wiadomość wysłana automatycznie raz w tygodniu).';

const list = (items: readonly ReviewItem[]) =>
  items.map((item) => `- ${item.title} — ${item.label} (termin ${item.reviewDue})\n  ${item.adminUrl}`).join('\n');

/**
 * The weekly digest to a department's editors: its procedures whose review is overdue and those
 * due within 30 days, each with its link. "Potwierdź aktualność" is the team's, so the text says
 * how to ask for it when nothing needs changing.
 */
export function reviewDigest(department: string, overdue: readonly ReviewItem[], dueSoon: readonly ReviewItem[]): MessageText {
  const parts: string[] = [];
  if (overdue.length > 0) parts.push(`Po terminie przeglądu (${overdue.length}):\n${list(overdue)}`);
  if (dueSoon.length > 0) parts.push(`Przegląd w ciągu 30 dni (${dueSoon.length}):\n${list(dueSoon)}`);
  return {
    subject: `Przeglądy opisów procedur: ${department} — ${overdue.length} po terminie, ${dueSoon.length} wkrótce`,
    text:
      `Opisy procedur komórki „${department}”, które trzeba sprawdzić:\n\n${parts.join('\n\n')}\n\n` +
      'Jeśli opis wymaga zmian, popraw go i złóż wniosek o aktualizację. Jeśli jest nadal aktualny, ' +
      'poproś Oddział ds. Procedur o potwierdzenie aktualności („Potwierdź aktualność”).' +
      footer,
  };
}
