import type { Tab } from 'payload';
import { markdown, phraseList, text } from '../fieldKinds';

export const legalTab: Tab = {
  label: { pl: 'Podstawa prawna', en: 'Legal basis' },
  fields: [
    phraseList(
      'legalBasis',
      { pl: 'Podstawa prawna', en: 'Legal basis' },
      { pl: 'Akt prawny', en: 'Legal act' },
      'Ustawy, rozporządzenia, uchwały Rady Miejskiej, zarządzenia Prezydenta Miasta, na podstawie których realizowana jest procedura.',
    ),
    {
      name: 'legalBasisEli',
      type: 'array',
      label: { pl: 'Identyfikatory ELI podstawy prawnej', en: 'ELI identifiers of the legal basis' },
      labels: { singular: { pl: 'Identyfikator ELI', en: 'ELI' }, plural: { pl: 'Identyfikatory ELI', en: 'ELI identifiers' } },
      admin: {
        description:
          'Dla aktów z Dziennika Ustaw i Monitora Polskiego, np. DU/2023/40 dla „Dz. U. z 2023 r. poz. 40” — system śledzi ich zmiany i teksty jednolite.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            text('entry', { pl: 'Pozycja podstawy prawnej', en: 'Legal basis entry' }, undefined, { admin: { width: '70%' } }),
            text('eli', { pl: 'ELI', en: 'ELI' }, undefined, { admin: { width: '30%' } }),
          ],
        },
      ],
    },
    markdown(
      'appeal',
      { pl: 'Tryb odwoławczy', en: 'Appeal' },
      'Informacje o postępowaniu odwoławczym. Gdy nie przysługuje prawo do odwołania, wpisz „brak”.',
    ),
    markdown(
      'reuseConditions',
      { pl: 'Warunki ponownego wykorzystywania informacji publicznej', en: 'Re-use conditions' },
      'Wypełnij tylko wtedy, gdy warunki są szersze od określonych w BIP.',
    ),
  ],
};
