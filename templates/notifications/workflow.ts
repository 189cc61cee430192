/** Texts of the workflow e-mails (plain text, Polish). Pure functions: data in, message out. */
export interface MessageText {
  subject: string;
  text: string;
}

export interface ProcedureRef {
  title: string;
  department: string;
  adminUrl: string;
}

const footer = '\n\n—\nBaza wiedzy o procedurach (wiadomość wysłana automatycznie).';

export function submittedForApproval(p: ProcedureRef, by: string, requestsClosed: number): MessageText {
  return {
    subject: `Wniosek o aktualizację: ${p.title}`,
    text:
      `${by} (${p.department}) złożył(a) wniosek o aktualizację opisu procedury „${p.title}”.\n\n` +
      (requestsClosed > 0 ? `Zmiana odpowiada na ${requestsClosed} otwarty(e) wniosek(i) o aktualizację.\n\n` : '') +
      `Sprawdź zmiany i zatwierdź albo zwróć je z komentarzem:\n${p.adminUrl}${footer}`,
  };
}

export function approved(p: ProcedureRef, by: string, version: number, changeNote: string): MessageText {
  return {
    subject: `Zatwierdzono: ${p.title} (wersja ${version})`,
    text:
      `${by} zatwierdził(a) zmianę opisu procedury „${p.title}” jako wersję ${version}.\n\n` +
      `Opis zmiany w rejestrze zmian: ${changeNote}\n\n` +
      `Wersja trafi do portalu i BIP w dniu, od którego obowiązuje.\n${p.adminUrl}${footer}`,
  };
}

export function returned(p: ProcedureRef, by: string, comment: string): MessageText {
  return {
    subject: `Do poprawy: ${p.title}`,
    text:
      `${by} zwrócił(a) do poprawy zmianę opisu procedury „${p.title}”.\n\n` +
      `Komentarz:\n${comment}\n\nPopraw opis i złóż wniosek ponownie:\n${p.adminUrl}${footer}`,
  };
}
