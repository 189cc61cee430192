/** What the consultant's search box tells a person, in Polish, in one place. */
export const searchBoxMessages = {
  /** Shown above the stand-in's results: why they are fewer, and where they come from. */
  fallback: (reason: string) => `${reason} Na razie wyniki z listy procedur: nazwa, adres (slug), opis sprawy i słowa kluczowe.`,
  /** The staff search's own Polish message is not at hand (no answer, or one not from our endpoint). */
  unavailable: (status: number | null) =>
    status === null
      ? 'Pełna wyszukiwarka nie odpowiada.'
      : `Pełna wyszukiwarka jest chwilowo niedostępna (serwer odpowiedział kodem ${status}).`,
  malformed: 'Pełna wyszukiwarka odpowiedziała w nieoczekiwany sposób.',
  failed: (detail: string) => `Wyszukiwanie nie powiodło się: ${detail}`,
  status: (status: number) => `serwer odpowiedział kodem ${status}`,
  noAnswer: 'serwer nie odpowiada — sprawdź połączenie z siecią i spróbuj ponownie.',
  nothingFound: (query: string) => `Nic nie znaleziono dla „${query}”.`,
} as const;
