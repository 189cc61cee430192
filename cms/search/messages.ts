/** What the staff search API tells a person, in Polish, in one place. */
export const searchMessages = {
  signIn: 'Zaloguj się, aby wyszukiwać procedury.',
  staffOnly: 'Wyszukiwarka procedur jest dostępna tylko dla pracowników urzędu.',
  queryMissing: 'Podaj tekst do wyszukania w parametrze „q”, np. /api/search?q=meldunek.',
  queryNotText: (name: string) => `Parametr „${name}” musi wystąpić raz, jako jeden tekst (nie lista).`,
  queryTooLong: (limit: number, actual: number) => `Tekst do wyszukania może mieć najwyżej ${limit} znaków (ma ${actual}).`,
  controlCharacter: (label: string, position: number) =>
    `Tekst do wyszukania zawiera niedozwolony znak sterujący (${label}) na pozycji ${position}.`,
  badLimit: (min: number, max: number) => `Parametr „limit” musi być liczbą całkowitą od ${min} do ${max}.`,
  building: (indexed: number, total: number) =>
    `Wyszukiwarka jest jeszcze przygotowywana po uruchomieniu serwera (${indexed} z ${total} procedur). Spróbuj ponownie za kilka sekund.`,
} as const;
