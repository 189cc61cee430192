/**
 * Every text of the scheduled quality checks a person reads (legal-basis watch, link check), in
 * Polish, in one place. The change-request texts name the act and the change so the department
 * can act without opening the API.
 */
/** "10 s", "0,5 s": timeouts are configured in milliseconds and may be under a second. */
const seconds = (ms: number): string => `${(ms / 1000).toLocaleString('pl-PL', { maximumFractionDigits: 1 })} s`;

export const eliMessages = {
  change: {
    amendment: (cited: string, act: string, published: string, effective: string | undefined) =>
      `Akt cytowany w podstawie prawnej (${cited}) został zmieniony: ${act}, ogłoszono ${published}${effective ? `, zmiana wchodzi w życie ${effective}` : ''}. Sprawdź, czy opis procedury jest nadal aktualny.`,
    consolidatedText: (cited: string, act: string, published: string) =>
      `Ogłoszono nowy tekst jednolity aktu cytowanego w podstawie prawnej (${cited}): ${act}, ogłoszono ${published}. Zaktualizuj cytowanie w podstawie prawnej.`,
    repeal: (cited: string, act: string, published: string) =>
      `Akt cytowany w podstawie prawnej (${cited}) został uchylony: ${act}, ogłoszono ${published}. Sprawdź podstawę prawną i opis procedury.`,
  },
  error: {
    invalidEli: (eli: string) => `„${eli}” nie jest identyfikatorem ELI (np. DU/2023/40).`,
    notFound: (eli: string) => `Akt ${eli} nie istnieje w bazie ELI Sejmu – sprawdź identyfikator.`,
    http: (status: number) =>
      `API ELI Sejmu odpowiedziało błędem HTTP ${status}. Sprawdzenie zostanie powtórzone przy następnym uruchomieniu.`,
    timeout: (ms: number) =>
      `API ELI Sejmu nie odpowiedziało w ciągu ${seconds(ms)}. Sprawdzenie zostanie powtórzone przy następnym uruchomieniu.`,
    unreachable: (reason: string) =>
      `Nie udało się połączyć z API ELI Sejmu (${reason}). Sprawdzenie zostanie powtórzone przy następnym uruchomieniu.`,
    invalidResponse: () => 'API ELI Sejmu zwróciło odpowiedź w nieoczekiwanym formacie.',
  },
} as const;

export const linkMessages = {
  http: (status: number) => `Strona odpowiada błędem HTTP ${status}.`,
  timeout: (ms: number) => `Strona nie odpowiedziała w ciągu ${seconds(ms)}.`,
  dns: (host: string) => `Nie ma takiego adresu: serwer „${host}” nie istnieje.`,
  connection: (reason: string) => `Nie udało się połączyć ze stroną (${reason}).`,
  tooManyRedirects: (limit: number) => `Za dużo przekierowań (więcej niż ${limit}).`,
  redirectLoop: () => 'Przekierowania wracają do adresu, który już odwiedzono (pętla).',
  badRedirect: () => 'Przekierowanie bez poprawnego adresu docelowego.',
  invalidUrl: () => 'To nie jest poprawny adres strony (http:// lub https://).',
} as const;

/** The quality API's answers (checklist, dashboard). */
export const qualityApiMessages = {
  signIn: 'Zaloguj się, aby zobaczyć kontrolę jakości opisu.',
  staffOnly: 'Kontrola jakości opisów jest dostępna tylko dla pracowników urzędu.',
  noSuchProcedure: 'Nie ma takiej procedury.',
  summaryNotAllowed: 'Zestawienie jakości opisów widzą Oddział ds. Procedur, administrator i redaktorzy komórek (dla swojej komórki).',
  editorWithoutDepartment: 'Twoje konto nie jest przypisane do komórki — poproś administratora o przypisanie.',
} as const;
