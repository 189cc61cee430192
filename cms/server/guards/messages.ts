/** What the server's guards answer, in Polish, as Payload-shaped error bodies. */
export const guardMessages = {
  tooLarge: (limitMb: number) => `Treść żądania jest za duża: najwyżej ${limitMb} MB.`,
  lengthRequired: 'Przesyłając plik podaj rozmiar treści (nagłówek Content-Length).',
  unsupportedType: (type: string) =>
    `Nieobsługiwany typ treści „${type}”. Wysyłaj dane jako application/json, a pliki jako multipart/form-data.`,
  badJson: 'Treść żądania nie jest poprawnym dokumentem JSON.',
  badMultipart: 'Nie udało się odczytać przesłanego formularza (multipart/form-data).',
  fileNameMissing: 'Przesłany plik nie ma nazwy.',
  fileNameInvalid: 'Nazwa przesłanego pliku jest niedozwolona: bez ścieżki, znaków sterujących i najwyżej 255 znaków, np. „wniosek.pdf”.',
  tooDeep: (limit: number) => `Dane JSON są zagnieżdżone zbyt głęboko (najwyżej ${limit} poziomów).`,
  crossSite: 'Żądanie z innej witryny zostało odrzucone (ochrona przed CSRF). Otwórz panel pod jego własnym adresem i spróbuj ponownie.',
  tooManyLogins: (minutes: number) =>
    `Zbyt wiele nieudanych prób logowania z tego adresu. Spróbuj ponownie za ${minutes} min albo skontaktuj się z administratorem.`,
  notHere: 'Ten adres obsługuje tylko portal mieszkańca. Panel i API są pod adresem panelu.',
} as const;

export const errorBody = (message: string) => ({ errors: [{ message }] });
