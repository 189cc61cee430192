import type { Tab } from 'payload';
import { eAuthLabels } from '../../../../schemas/quality/messages.pl';
import { choices, markdown, phraseList, text } from '../fieldKinds';
import { LIMITS } from '../help';

export const summaryTab: Tab = {
  label: { pl: 'Skrócony opis', en: 'Summary' },
  fields: [
    markdown(
      'summary',
      { pl: 'Skrócony opis sprawy', en: 'Short description' },
      `Najważniejsze informacje: czego dotyczy procedura, kto może lub musi z niej skorzystać, ile wynosi świadczenie. Najwyżej ${LIMITS.summary} znaków, włącznie ze spacjami.`,
      { admin: { rows: 5 } },
    ),
    {
      name: 'steps',
      type: 'array',
      label: { pl: 'Najważniejsze etapy realizacji procedury', en: 'Main steps' },
      labels: { singular: { pl: 'Etap', en: 'Step' }, plural: { pl: 'Etapy', en: 'Steps' } },
      admin: {
        description: `Główne kroki, np.: złóż wniosek, czekaj na decyzję, wnieś opłatę, odbierz dokument. Nazwa etapu najwyżej ${LIMITS.stepName} znaków, komentarz najwyżej ${LIMITS.stepComment}. Zaznacz „@”, gdy etap można zrealizować bez wizyty w urzędzie.`,
      },
      fields: [
        {
          type: 'row',
          fields: [
            text('name', { pl: 'Nazwa etapu', en: 'Step name' }, undefined, { admin: { width: '40%' } }),
            text('comment', { pl: 'Komentarz', en: 'Comment' }, undefined, { admin: { width: '45%' } }),
            {
              name: 'online',
              type: 'checkbox',
              label: { pl: '@ (bez wizyty w urzędzie)', en: '@ (online)' },
              defaultValue: false,
              admin: { width: '15%' },
            },
          ],
        },
        choices(
          'eAuth',
          { pl: 'Logowanie i podpis przy etapie online', en: 'Sign-in and signature online' },
          eAuthLabels,
          'Jak mieszkaniec loguje się i podpisuje, gdy załatwia ten etap przez internet (wymóg jednolitej bramki cyfrowej UE).',
          { admin: { condition: (_data, siblingData) => siblingData?.online === true } },
        ),
      ],
    },
    phraseList(
      'onlineActions',
      { pl: 'Czynności możliwe do załatwienia drogą elektroniczną', en: 'Actions possible online' },
      { pl: 'Czynność', en: 'Action' },
      'Np.: umówienie wizyty, złożenie wniosku, wniesienie opłaty, uzupełnienie braków formalnych, otrzymanie decyzji.',
    ),
    phraseList(
      'usefulInfo',
      { pl: 'Przydatne informacje', en: 'Useful information' },
      { pl: 'Informacja', en: 'Item' },
      'Hasłowo, np.: możliwość złożenia wniosku online; wizyta w urzędzie wymaga umówienia się; sprawa nie wymaga opłat; sprawa załatwiana od ręki.',
    ),
  ],
};
