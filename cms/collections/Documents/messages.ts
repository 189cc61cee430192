/** What the attachments' rules tell a person, in Polish. */
export const documentMessages = {
  noDepartment: 'Twoje konto nie jest przypisane do komórki — poproś administratora o przypisanie, zanim dodasz plik.',
  otherDepartment: 'Możesz dodawać i zmieniać tylko pliki swojej komórki.',
  approvedFile: (name: string) =>
    `Plik „${name}” należy do zatwierdzonej wersji procedury i nie może zostać podmieniony ani usunięty. Dodaj nowy plik i wskaż go w szkicu procedury — zmiana przejdzie zatwierdzenie.`,
  underReview: (name: string) =>
    `Plik „${name}” jest częścią zmiany, która czeka na decyzję Oddziału ds. Procedur — podmiana będzie możliwa po zwrocie albo zatwierdzeniu.`,
  extensionMismatch: (name: string, detected: string) =>
    `Rozszerzenie pliku „${name}” nie zgadza się z jego zawartością (${detected}). Zapisz plik w odpowiednim formacie albo popraw jego nazwę.`,
} as const;
