/** What the residents' report form answers, in Polish, in one place. */
export const feedbackMessages = {
  thanksTitle: 'Dziękujemy za zgłoszenie',
  thanks: (title: string) =>
    `Twoja uwaga do opisu procedury „${title}” trafiła do komórki urzędu, która odpowiada za ten opis. Nie odpowiadamy na zgłoszenia indywidualnie: poprawiony opis pojawi się w portalu po zatwierdzeniu zmian.`,
  thanksJson: 'Dziękujemy za zgłoszenie. Trafiło do komórki urzędu, która odpowiada za opis procedury.',
  back: 'Wróć do opisu procedury',
  home: 'Przejdź do strony głównej portalu',
  errorTitle: 'Nie udało się wysłać zgłoszenia',
  procedureMissing: 'Brak procedury, której dotyczy zgłoszenie (pole „procedure”).',
  noSuchProcedure: 'Nie ma takiej procedury w portalu. Zgłoszenie można wysłać tylko ze strony opublikowanej procedury.',
  messageMissing: 'Napisz, co w opisie jest nieaktualne lub błędne (pole „message”).',
  messageTooLong: (limit: number, actual: number) => `Zgłoszenie może mieć najwyżej ${limit} znaków (ma ${actual}). Skróć je, proszę.`,
  controlCharacter: (position: number) =>
    `Zgłoszenie zawiera niedozwolony znak sterujący na pozycji ${position}. Usuń go i wyślij ponownie.`,
  notText: (field: string) => `Pole „${field}” musi być jednym tekstem.`,
  badBody: 'Zgłoszenie musi być wysłane z formularza (application/x-www-form-urlencoded) albo jako obiekt JSON.',
  tooMany: (minutes: number) =>
    `Z tego adresu wysłano w krótkim czasie zbyt wiele zgłoszeń. Spróbuj ponownie za ${minutes} min albo zadzwoń do urzędu.`,
  requestPrefix: 'Zgłoszenie mieszkańca z portalu (formularz „Czy te informacje są aktualne? Zgłoś błąd”):',
} as const;
