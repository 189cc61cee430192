/**
 * Every text of the quality checks a person reads (completeness checklist, plain-language hints,
 * review dates), in Polish, in one place.
 */
import { plural } from '../messages.pl';
import type { EAuthMeans, EvidenceFormat, OnlinePaymentMethod } from './additions';

const days = (n: number): string => `${n} ${plural(n, 'dzień', 'dni', 'dni')}`;
/** "zaległy od 1 dnia / 3 dni / 22 dni": the genitive after "od". */
const sinceDays = (n: number): string => `${n} ${n === 1 ? 'dnia' : 'dni'}`;
const words = (n: number): string => `${n} ${plural(n, 'wyraz', 'wyrazy', 'wyrazów')}`;
const list = (names: readonly string[]): string => names.map((n) => `„${n}”`).join(', ');

export const eAuthLabels: Record<EAuthMeans, string> = {
  'trusted-profile': 'profil zaufany',
  'e-id-card': 'e-dowód (dowód osobisty z warstwą elektroniczną)',
  'personal-signature': 'podpis osobisty',
  'trusted-signature': 'podpis zaufany',
  'qualified-signature': 'kwalifikowany podpis elektroniczny',
  mobywatel: 'aplikacja mObywatel',
  'online-banking': 'bankowość elektroniczna',
  eidas: 'środek identyfikacji elektronicznej z innego państwa UE (eIDAS)',
  'platform-account': 'konto na platformie (login i hasło)',
  none: 'bez logowania i bez podpisu',
};

export const evidenceFormatLabels: Record<EvidenceFormat, string> = {
  'paper-original': 'oryginał papierowy',
  'paper-copy': 'kopia (kserokopia)',
  'certified-copy': 'kopia poświadczona za zgodność z oryginałem',
  'electronic-signed': 'dokument elektroniczny z podpisem kwalifikowanym, zaufanym lub osobistym',
  'electronic-form': 'formularz elektroniczny na platformie',
  scan: 'skan lub zdjęcie dokumentu',
};

export const onlinePaymentLabels: Record<OnlinePaymentMethod, string> = {
  'bank-transfer': 'przelew na rachunek bankowy (bankowość elektroniczna)',
  'payment-gateway': 'płatność online na platformie (bramka płatnicza)',
  blik: 'BLIK',
  card: 'karta płatnicza online',
  none: 'opłaty nie można wnieść online',
};

/** Completeness for the Single Digital Gateway (Regulation (EU) 2018/1724, Art. 10). */
export const completenessMessages = {
  label: {
    steps: '(a) Etapy procedury',
    authority: '(b) Właściwy organ i dane kontaktowe',
    authentication: '(c) Uwierzytelnienie, identyfikacja i podpis przy etapach online',
    evidence: '(d) Rodzaj i forma wymaganych dokumentów',
    redress: '(e) Tryb odwoławczy',
    fees: '(f) Opłaty i sposób płatności online',
    deadlines: '(g) Terminy',
  },
  steps: {
    met: 'Etapy i sposób załatwienia sprawy są opisane.',
    noSteps: 'Dodaj najważniejsze etapy realizacji procedury (np. „złóż wniosek”, „odbierz decyzję”).',
    noHowTo: 'Uzupełnij „Sposób załatwienia sprawy”: kto i jak może załatwić sprawę.',
  },
  authority: {
    met: 'Wskazano jednostkę, komórkę i kontakt (telefon lub e-mail) w „Miejscu załatwienia”.',
    noName: 'Wpisz jednostkę i komórkę odpowiedzialną za procedurę.',
    noContact: 'W „Miejscu załatwienia” podaj numer telefonu lub adres e-mail, pod którym mieszkaniec uzyska informacje.',
  },
  authentication: {
    met: 'Przy każdym etapie online wskazano sposób logowania i podpisu.',
    notApplicable: 'Nie dotyczy: żaden etap nie jest oznaczony jako możliwy online („@”).',
    missing: (stepNames: readonly string[]) =>
      `Przy etapach online ${list(stepNames)} wskaż, jak się zalogować i podpisać (np. profil zaufany, e-dowód, podpis kwalifikowany, aplikacja mObywatel, bankowość elektroniczna) albo „bez logowania i bez podpisu”.`,
  },
  evidence: {
    met: 'Przy każdym dokumencie do złożenia wiadomo, w jakiej formie go przyjmujemy.',
    notApplicable: 'Nie dotyczy: nie trzeba składać dokumentów („Formy i miejsce składania dokumentów”: nie dotyczy).',
    noDocuments:
      'Wymień wymagane dokumenty albo w „Formach i miejscu składania dokumentów” wpisz „nie dotyczy”, jeśli niczego nie trzeba składać.',
    missing: (documentNames: readonly string[]) =>
      `Przy dokumentach ${list(documentNames)} wskaż formę: oryginał, kopia, kopia poświadczona, dokument elektroniczny z podpisem, formularz elektroniczny lub skan.`,
  },
  redress: {
    met: 'Tryb odwoławczy jest opisany.',
    metNone: 'Wpisano „brak” – nie przysługuje odwołanie. Jeśli można złożyć skargę, warto napisać, gdzie.',
    missing: 'Opisz tryb odwoławczy (do kogo, w jakim terminie) albo wpisz „brak”, jeśli odwołanie nie przysługuje.',
  },
  fees: {
    met: 'Opłaty są opisane razem ze sposobem zapłaty.',
    metNone: 'Brak opłat.',
    noAmount: (feeTypes: readonly string[]) => `Podaj wysokość opłat: ${list(feeTypes)}.`,
    noOnlinePayment: (feeTypes: readonly string[]) =>
      `Procedurę można załatwić online – przy opłatach ${list(feeTypes)} podaj numer rachunku albo sposób płatności online (np. bramka płatnicza, BLIK) lub zaznacz, że zapłaty online nie ma.`,
  },
  deadlines: {
    met: 'Termin realizacji jest podany.',
    metAdvice:
      'Termin realizacji jest podany. Jeśli mieszkaniec musi złożyć dokumenty w określonym terminie, uzupełnij też „Termin składania dokumentów”.',
    missing: 'Podaj termin realizacji (liczbę dni, tygodni lub miesięcy) albo opisz, ile zwykle trwa załatwienie sprawy.',
  },
} as const;

/** Plain Polish: readability figures and hints. */
export const readabilityMessages = {
  meaning: {
    primary: 'Tekst zrozumiały dla osoby po szkole podstawowej.',
    secondary: 'Tekst zrozumiały dla osoby z wykształceniem średnim.',
    higher: 'Tekst zrozumiały dla osoby z wykształceniem wyższym.',
    specialist: 'Tekst bardzo trudny – zrozumiały raczej dla specjalistów.',
    empty: 'Brak tekstu do oceny.',
  },
  shortSample: (n: number) => `Tekst ma ${words(n)}. Przy mniej niż 100 wyrazach wynik jest orientacyjny.`,
  longSentence: (n: number, limit: number) => `To zdanie ma ${words(n)} (zalecane najwyżej ${limit}). Podziel je na krótsze zdania.`,
  jargon: (found: string, plain: string) => `„${found}” to język urzędowy. Prościej: ${plain}.`,
  hardText: 'Tekst jest trudny dla wielu mieszkańców. Skróć zdania i zamień długie wyrazy na krótsze.',
} as const;

/** Review dates. */
export const reviewMessages = {
  status: {
    overdue: (n: number) => `Przegląd zaległy od ${sinceDays(n)}`,
    due: (n: number) => (n === 0 ? 'Przegląd dzisiaj' : `Przegląd za ${days(n)}`),
    ok: 'Opis aktualny',
  },
  invalidDay: (value: string) => `„${value}” nie jest poprawną datą (rrrr-mm-dd).`,
  invalidMonths: (value: number) => `Okres przeglądu musi być liczbą miesięcy od 1 do 60 (jest ${value}).`,
} as const;
