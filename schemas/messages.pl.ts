/**
 * Every validation message a person can see, in Polish. Functions take the field's label (its
 * schema `description`, the template's heading) and the numbers involved.
 */

/** Polish plural of "znak": 1 znak, 2–4 znaki, 5–21 znaków, 22–24 znaki … */
export function plural(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const lastDigit = n % 10;
  const lastTwo = n % 100;
  if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) return few;
  return many;
}

const chars = (n: number): string => `${n} ${plural(n, 'znak', 'znaki', 'znaków')}`;
const items = (n: number): string => `${n} ${plural(n, 'pozycję', 'pozycje', 'pozycji')}`;

export const messages = {
  tooLong: (label: string, limit: number, actual: number) => `${label} może mieć najwyżej ${chars(limit)} (jest ${actual}).`,
  tooShort: (label: string, limit: number, actual: number) =>
    limit <= 1 ? `Pole „${label}” nie może być puste.` : `${label} musi mieć co najmniej ${chars(limit)} (jest ${actual}).`,
  blank: (label: string) => `Pole „${label}” nie może zawierać samych spacji.`,
  required: (label: string) => `Pole „${label}” jest wymagane.`,
  slug: (label: string) =>
    `${label} może zawierać tylko małe litery a–z bez polskich znaków, cyfry i pojedyncze myślniki, np. „wymiana-dowodu-osobistego”.`,
  fileName: (label: string) => `${label}: nazwa pliku musi kończyć się na .pdf, .doc, .docx lub .rtf.`,
  phone: (label: string) => `${label}: podaj numer telefonu, np. +48 42 638 44 44.`,
  pattern: (label: string) => `${label} ma niedozwoloną postać.`,
  date: (label: string, value: unknown) => `${label}: „${String(value)}” nie jest poprawną datą (rrrr-mm-dd).`,
  dateTime: (label: string, value: unknown) => `${label}: „${String(value)}” nie jest poprawną datą i godziną.`,
  nrb: (label: string, value: unknown) =>
    `${label}: „${String(value)}” nie jest poprawnym numerem rachunku (26 cyfr z poprawną sumą kontrolną).`,
  url: (label: string) => `${label} musi być pełnym adresem internetowym zaczynającym się od https:// lub http://.`,
  dateWindow: (fromLabel: string, toLabel: string, from: string, to: string) =>
    `${toLabel} (${to}) nie może być wcześniej niż ${fromLabel} (${from}).`,
  type: (label: string, expected: string) => `${label} ma nieprawidłowy typ (oczekiwano: ${typeName(expected)}).`,
  enum: (label: string, allowed: readonly unknown[]) =>
    `${label}: niedozwolona wartość. Dozwolone: ${allowed.map((v) => `„${String(v)}”`).join(', ')}.`,
  unknownField: (field: string) => `Nieznane pole „${field}” — nie należy do wzoru opisu procedury.`,
  minItems: (label: string, n: number) => `${label}: podaj co najmniej ${items(n)}.`,
  maxItems: (label: string, n: number) => `${label}: można podać najwyżej ${items(n)}.`,
  uniqueItems: (label: string) => `${label}: pozycje nie mogą się powtarzać.`,
  minimum: (label: string, n: number) => `${label} musi wynosić co najmniej ${n}.`,
  maximum: (label: string, n: number) => `${label} może wynosić najwyżej ${n}.`,
  integer: (label: string) => `${label} musi być liczbą całkowitą.`,
  deadlineOneOf: () => 'Termin realizacji: podaj liczbę z jednostką (dni, tygodnie, miesiące) albo opis terminu.',
  deadlineUnit: () => 'Termin realizacji: do liczby podaj jednostkę (dni, tygodnie lub miesiące).',
  controlCharacter: (label: string, codePoint: string, position: number) =>
    `${label} zawiera niedozwolony znak ${codePoint} na pozycji ${position} (znak sterujący albo uszkodzony znak). Usuń go albo wklej tekst ponownie jako zwykły tekst.`,
  invalid: (label: string) => `${label} ma nieprawidłową wartość.`,
  eliEntryUnknown: (entry: string) => `Identyfikator ELI dotyczy pozycji „${entry}”, której nie ma w podstawie prawnej.`,
  eliEntryTwice: (entry: string) => `Pozycja podstawy prawnej „${entry}” ma już identyfikator ELI.`,
  notFound: (label: string, id: string) => `${label}: wskazany dokument (${id}) nie istnieje.`,
  unknownRelated: (slug: string) => `Powiązana procedura „${slug}” nie istnieje.`,
  duplicateSlug: (slug: string) => `Procedura „${slug}” występuje w tej paczce więcej niż raz.`,
  slugTaken: (slug: string) => `Identyfikator „${slug}” jest już zajęty przez inną procedurę.`,
  unknownDepartment: (name: string) => `Komórka „${name}” nie istnieje w słowniku komórek.`,
  unknownFile: (name: string) => `Plik „${name}” nie został znaleziony ani w bazie, ani obok importowanego pliku.`,
  fileType: (detected: string) =>
    `Niedozwolony typ pliku (${detected}). Dozwolone są pliki PDF, a dla formularzy do wypełnienia także DOC, DOCX i RTF.`,
  fileTooLarge: (limitMb: number) => `Plik jest za duży: najwyżej ${limitMb} MB.`,
  unreadableJson: (reason: string) => `Nie udało się odczytać pliku JSON: ${reason}`,
  notAnObject: () => 'Oczekiwano obiektu opisu procedury (lub tablicy takich obiektów).',
} as const;

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'liczba',
    integer: 'liczba całkowita',
    boolean: 'tak/nie',
    array: 'lista',
    object: 'obiekt',
    null: 'brak wartości',
  };
  return names[expected] ?? expected;
}
