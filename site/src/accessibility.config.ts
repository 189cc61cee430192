/**
 * The values of the accessibility statement (deklaracja dostępności), required by the act of
 * 4 April 2019 on the digital accessibility of public bodies' websites. Edit here; the page
 * The accessibility page (`routes.accessibility()`) renders them with the template's a11y-* element ids.
 */
export const accessibility = {
  entity: 'Urząd Miasta Łodzi',
  siteName: 'Jak załatwić sprawę w Łodzi',
  publishedOn: '2026-11-22',
  status: 'zgodna' as 'zgodna' | 'częściowo zgodna' | 'niezgodna',
  nonAccessibleContent: [] as string[],
  preparedOn: '2026-11-22',
  preparedBy: 'samoocena przeprowadzona przez podmiot publiczny',
  contactPerson: 'Łódzkie Centrum Kontaktu z Mieszkańcami',
  contactEmail: 'lckm@uml.lodz.pl',
  contactPhone: '+48 42 638 44 44',
  architecture:
    'Budynek Urzędu przy ul. Piotrkowskiej 104 ma wejście bez progów od ul. Piotrkowskiej, windę i toaletę dla osób z niepełnosprawnościami. Można wejść z psem asystującym. Na miejscu jest pętla indukcyjna w Łódzkim Centrum Kontaktu z Mieszkańcami.',
  apps: 'Urząd nie udostępnia aplikacji mobilnych związanych z tym serwisem.',
} as const;
