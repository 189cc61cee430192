import { formatDate } from '../../templates/format/dates';

/** Everything the workflow tells a person, in Polish, in one place. */
export const workflowMessages = {
  signIn: 'Zaloguj się, aby zmienić stan procedury.',
  missingId: 'Brak identyfikatora procedury.',
  noSuchProcedure: 'Nie ma takiej procedury.',
  submitNotAllowed: 'Wniosek o aktualizację składa redaktor komórki odpowiedzialnej za procedurę albo Oddział ds. Procedur.',
  decisionNotAllowed: 'Zatwierdzać, zwracać i wycofywać zmiany może tylko Oddział ds. Procedur i Zgłoszeń Interwencyjnych.',
  notFromState: (transition: string, state: string) => `Nie można wykonać czynności „${transition}”, gdy procedura ma stan „${state}”.`,
  nothingToWithdraw: 'Procedura nie ma opublikowanej wersji, którą można wycofać.',
  verifyNotAllowed: 'Aktualność opisu potwierdza tylko Oddział ds. Procedur i Zgłoszeń Interwencyjnych.',
  nothingInForce:
    'Procedura nie ma dziś obowiązującej zatwierdzonej wersji — nie ma czego potwierdzać. Aktualność potwierdza się dla wersji, która obowiązuje.',
  incomplete: (points: string[]) =>
    `Opis nie zawiera wszystkiego, czego wymaga jednolita bramka cyfrowa UE (art. 10 rozporządzenia 2018/1724). Brakuje: ${points.join('; ')}. Uzupełnij opis albo zatwierdź go z uzasadnieniem, które trafi do dziennika obiegu.`,
  migrationJustification:
    'Migracja danych: opis przeniesiony z poprzedniego systemu, kompletność do uzupełnienia przy najbliższej aktualizacji.',
  fourEyes:
    'Zasada czterech oczu: zmiany nie może zatwierdzić osoba, która ją współtworzyła (złożyła wniosek albo zapisała szkic od ostatniego zatwierdzenia). Zatwierdzić musi inna osoba z Oddziału ds. Procedur.',
  changeNoteRequired: 'Podaj opis zmiany do rejestru zmian (changeNote) — jest publiczny w BIP.',
  commentRequired: 'Podaj komentarz (comment): co redaktor ma poprawić.',
  explanationRequired: 'Podaj uzasadnienie wycofania (explanation) — jest publiczne w rejestrze zmian.',
  textTooLong: (label: string, limit: number, actual: number) => `${label} może mieć najwyżej ${limit} znaków (jest ${actual}).`,
  publishOnlyByApproval: 'Procedurę publikuje się tylko przez zatwierdzenie zmiany („Zatwierdź”, POST /api/procedures/:id/approve).',
  stateOnlyByTransitions:
    'Stan publikacji procedury zmienia się tylko przez czynności obiegu (złożenie, zatwierdzenie, zwrot, wycofanie). Zapisz zmiany jako szkic (?draft=true).',
  restoreNotAllowed:
    'Przywracanie wersji z pominięciem obiegu jest wyłączone. Otwórz starszą wersję, skopiuj potrzebne treści do szkicu i złóż wniosek o aktualizację.',
  waitingForDecision: 'Ta zmiana czeka na decyzję Oddziału ds. Procedur — edycja będzie możliwa po zwrocie albo zatwierdzeniu.',
  staleRevision: (stored: number, sent: number) =>
    `Ktoś zapisał tę procedurę po tym, jak ją otwarto (jest rewizja ${stored}, zapis dotyczy rewizji ${sent}). Odśwież stronę i wprowadź zmiany ponownie.`,
  editorWithoutDepartment: 'Twoje konto nie jest przypisane do komórki — poproś administratora o przypisanie, zanim utworzysz procedurę.',
  otherDepartment: 'Redaktor tworzy i kopiuje procedury tylko w swojej komórce.',
  hasHistory:
    'Tej procedury nie można usunąć: ma historię obiegu lub zatwierdzone wersje, które są przechowywane na zawsze. Wycofaj ją z publikacji („Wycofaj z publikacji”).',
  fileMissing: (name: string) => `Nie znaleziono pliku „${name}” wskazanego w opisie — dodaj go ponownie przed zatwierdzeniem.`,
  fileChangedOnDisk: (name: string) =>
    `Zawartość pliku „${name}” na serwerze nie zgadza się z zapisanym skrótem SHA-256 — zatwierdzenie wstrzymane. Dodaj plik ponownie.`,
  submitted: 'Złożono wniosek o aktualizację. Oddział ds. Procedur został powiadomiony.',
  approved: (version: number) => `Zatwierdzono wersję ${version}.`,
  returned: 'Zwrócono zmianę do poprawy z komentarzem.',
  withdrawn: 'Procedurę wycofano z publikacji.',
  verified: (reviewDue: string) => `Potwierdzono aktualność opisu. Następny przegląd: ${reviewDue ? formatDate(reviewDue) : '—'}.`,
} as const;
