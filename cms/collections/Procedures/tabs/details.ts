import type { Tab } from 'payload';
import { markdown } from '../fieldKinds';

export const detailsTab: Tab = {
  label: { pl: 'Szczegółowy opis', en: 'Details' },
  fields: [
    markdown(
      'howTo',
      { pl: 'Sposób załatwienia sprawy', en: 'How to handle the matter' },
      'Wszystkie informacje niezbędne wnioskodawcy: kto (wnioskodawca, pełnomocnik) i w jaki sposób może załatwić sprawę, wszystkie przypadki użycia procedury. Nie podawaj tu podstawy prawnej.',
    ),
    markdown(
      'additionalInfo',
      { pl: 'Informacje uzupełniające', en: 'Additional information' },
      'Informacje dodatkowe, niewymienione w „Sposobie załatwienia sprawy”, które trzeba wziąć pod uwagę.',
    ),
  ],
};
