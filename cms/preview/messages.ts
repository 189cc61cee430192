import { countOf } from '../../templates/format/plural';

/** What the preview tells a person, in Polish, in one place. */
export const previewMessages = {
  signIn: 'Zaloguj się, aby zobaczyć podgląd procedury.',
  noSuchProcedure: 'Nie ma takiej procedury.',
  forbidden: 'Podgląd wersji roboczej jest dostępny dla Oddziału ds. Procedur i redaktorów komórki, do której należy procedura.',
  unavailable: 'Podgląd jest chwilowo niedostępny: widoki portalu nie zostały załadowane w tym procesie.',
  failed: 'Nie udało się przygotować podglądu. Szczegóły są w dzienniku serwera.',
  /** The banner above the page: fixed text, never anything from the draft. */
  bannerTitle: 'Podgląd wersji roboczej — nie jest opublikowana',
  bannerText:
    'Tak zobaczą tę stronę mieszkańcy po zatwierdzeniu zmiany. Odnośniki do innych stron prowadzą do portalu, a załączniki do plików wersji roboczej (dostępnych tylko dla pracowników).',
  bannerInternal: 'Procedura jest oznaczona jako wewnętrzna: po zatwierdzeniu nie zostanie opublikowana.',
  bannerLabel: 'Informacja o podglądzie',
  /** When the draft could not be submitted yet: the page shows what it has, the banner says what is missing. */
  incompleteTitle: 'Wersja robocza jest niekompletna — nie można jej jeszcze złożyć do zatwierdzenia.',
  incompleteText:
    'Brakujące sekcje nie są pokazane, a w miejscu nazwy, opisu lub komórki widać „(nie uzupełniono)”. Przed złożeniem wniosku trzeba uzupełnić lub poprawić:',
  incompleteMore: (count: number) =>
    `…i ${countOf(count, { one: 'inna sprawa', few: 'inne sprawy', many: 'innych spraw', other: 'innych spraw' })} (zobacz formularz).`,
  titlePrefix: 'Podgląd: ',
  /** In place of a field the portal's views cannot do without, when the draft does not have it yet. */
  missing: '(nie uzupełniono)',
  /** Who "published" the previewed version, in the BIP metadata block. */
  decidedBy: '(podgląd — jeszcze nie zatwierdzono)',
  changeNote: '(podgląd)',
} as const;
