import type { Tab } from 'payload';
import { markdown, phraseList } from '../fieldKinds';

export const legalTab: Tab = {
  label: { pl: 'Podstawa prawna', en: 'Legal basis' },
  fields: [
    phraseList(
      'legalBasis',
      { pl: 'Podstawa prawna', en: 'Legal basis' },
      { pl: 'Akt prawny', en: 'Legal act' },
      'Ustawy, rozporządzenia, uchwały Rady Miejskiej, zarządzenia Prezydenta Miasta, na podstawie których realizowana jest procedura.',
    ),
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
