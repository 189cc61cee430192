import type { Tab } from 'payload';
import { day, phraseList, text } from '../fieldKinds';
import { LIMITS } from '../help';

export const procedureTab: Tab = {
  label: { pl: 'Procedura', en: 'Procedure' },
  fields: [
    text(
      'title',
      { pl: 'Nazwa procedury', en: 'Procedure name' },
      `Tytuł zwięzły, opisujący czynność realizowaną na rzecz mieszkańców. Najwyżej ${LIMITS.title} znaków, włącznie ze spacjami.`,
    ),
    phraseList(
      'keywords',
      { pl: 'Inne nazwy i słowa kluczowe', en: 'Other names and keywords' },
      { pl: 'Słowo kluczowe', en: 'Keyword' },
      'Słowa, którymi mieszkańcy nazywają tę sprawę, np. „meldunek”, „dowodzik”, „śmieciowa deklaracja” — wyszukiwarka portalu i konsultanci znajdą po nich procedurę.',
    ),
    {
      name: 'internal',
      type: 'checkbox',
      label: { pl: 'Procedura wewnętrzna*', en: 'Internal procedure*' },
      defaultValue: false,
      admin: {
        description: 'Procedura prowadzona w systemie pomocniczo, niepublikowana w portalu ani w BIP. * Pole niewidoczne dla mieszkańców.',
      },
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'procedures',
      hasMany: true,
      label: { pl: 'Powiązane procedury', en: 'Related procedures' },
      admin: {
        // A related procedure is picked from existing ones; a new one is written in its own form.
        allowCreate: false,
        description:
          'Wszystkie procedury mające bezpośredni związek z opisywaną, np. te, których realizacja jest wymagana do załatwienia tej sprawy.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          ...day(
            'validFrom',
            { pl: 'Obowiązuje od*', en: 'Valid from*' },
            'Tylko gdy procedura w tej postaci ma być publikowana od konkretnej daty w przyszłości. Przed tą datą nie będzie widoczna w portalu ani w BIP.',
          ),
        },
        {
          ...day(
            'validTo',
            { pl: 'Obowiązuje do*', en: 'Valid to*' },
            'Tylko gdy publikacja ma zostać wycofana od konkretnej daty. Po tej dacie procedura nie będzie widoczna w portalu ani w BIP.',
          ),
        },
        day(
          'informationCreatedAt',
          { pl: 'Data wytworzenia informacji', en: 'Information created on' },
          'Dokładna data opracowania procedury w tej postaci. Gdy jej brak, przyjmuje się datę wniosku o aktualizację.',
        ),
      ],
    },
  ],
};
