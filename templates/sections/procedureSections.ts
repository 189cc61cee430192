import { eAuthLabels, onlinePaymentLabels } from '../../schemas/quality/messages.pl';
import { routes } from '../../schemas/rules/routes';
import type { PublicProcedure } from '../../schemas/types.generated';
import { formatDate, formatDateTime } from '../format/dates';
import { formatDuration } from '../format/durations';
import { formatFee, NO_FEES } from '../format/fees';
import { otherDocumentsParts, requiredDocumentsParts } from './documents';
import type { Intro, Part, Section, SectionId } from './types';

interface SectionSpec {
  heading: string;
  contentsLabel?: string;
  isSearchable?: false;
  parts: (p: PublicProcedure) => Part[];
}

const list = (items: readonly string[] | undefined): Part[] => (items?.length ? [{ kind: 'list', items: [...items] }] : []);
const markdown = (source: string | null | undefined): Part[] => (source ? [{ kind: 'markdown', source }] : []);

/** Labelled values under a caption, or nothing when there is none to show. */
const facts = (caption: string, items: { label: string; value: string }[]): Part[] =>
  items.length > 0 ? [{ kind: 'facts', caption, facts: items }] : [];

/**
 * The numbered steps, then how to sign in and sign for each step done online (SDGR Art. 10(c),
 * `steps[].eAuth`): one line per such step, so the list of steps stays a plain numbered list.
 */
const steps = (p: PublicProcedure): Part[] => [
  {
    kind: 'steps',
    steps: p.steps.map((s) => ({ name: s.name, ...(s.comment ? { comment: s.comment } : {}), isOnline: s.online })),
    onlineMark: '@',
    onlineNote: '(można załatwić bez wizyty w urzędzie)',
  },
  ...facts(
    'Logowanie i podpis przy etapach online',
    p.steps.flatMap((s) => (s.eAuth?.length ? [{ label: s.name, value: s.eAuth.map((m) => eAuthLabels[m]).join('; ') }] : [])),
  ),
];

function deadline({ deadline: { value, unit, description } }: PublicProcedure): Part[] {
  return [...(value !== undefined && unit ? [{ kind: 'text' as const, text: formatDuration(value, unit) }] : []), ...markdown(description)];
}

const appointments = (p: PublicProcedure): Part[] => [
  ...(p.appointmentRequired ? [{ kind: 'text' as const, text: 'Wizyta wymaga wcześniejszego umówienia.', isStrong: true }] : []),
  ...markdown(p.appointments),
];

/** The fee table, then how each fee can be paid online (SDGR Art. 10(f), `fees[].onlinePayment`). */
function fees(p: PublicProcedure): Part[] {
  if (p.fees.length === 0) return [{ kind: 'text', text: NO_FEES }];
  const rows = p.fees.map(formatFee).map((f) => [f.type, f.amount, f.account, f.remarks]);
  return [
    { kind: 'fees', columns: ['Rodzaj opłaty', 'Wysokość', 'Numer konta', 'Uwagi'], rows },
    ...facts(
      'Płatność online',
      p.fees.flatMap((f) =>
        f.onlinePayment?.length ? [{ label: f.type, value: f.onlinePayment.map((m) => onlinePaymentLabels[m]).join('; ') }] : [],
      ),
    ),
  ];
}

/** Each act of the legal basis, with its ELI identifier when the editors gave one ("ELI: DU/2023/40"). */
function legalBasis(p: PublicProcedure): Part[] {
  const eliOf = new Map((p.legalBasisEli ?? []).flatMap(({ entry, eli }) => (eli ? [[entry, eli] as const] : [])));
  return list(p.legalBasis.map((entry) => (eliOf.has(entry) ? `${entry} (ELI: ${eliOf.get(entry)})` : entry)));
}

const related = (p: PublicProcedure): Part[] =>
  p.related?.length ? [{ kind: 'links', links: p.related.map((r) => ({ text: r.title, route: routes.procedure(r.slug) })) }] : [];

/** The BIP metadata: who made the information and when, who published it and when (Warsaw time), the version. */
const metadata = ({ unit, department, bip }: PublicProcedure): Part[] => [
  {
    kind: 'facts',
    facts: [
      { label: 'Jednostka', value: unit },
      { label: 'Komórka', value: department },
      { label: 'Informację wytworzył(a)', value: bip.createdBy.join(', ') },
      { label: 'Data wytworzenia', value: formatDate(bip.createdAt) },
      { label: 'Informację wprowadził(a)', value: bip.publishedBy },
      { label: 'Data udostępnienia', value: formatDateTime(bip.publishedAt) },
      { label: 'Ostatnia zmiana', value: `${formatDateTime(bip.modifiedAt)} (wersja ${bip.version})` },
      ...(bip.lastVerifiedAt ? [{ label: 'Ostatnia weryfikacja', value: formatDate(bip.lastVerifiedAt) }] : []),
    ],
  },
];

/**
 * Every public section in the template's order (Zarządzenie 734/2023: the short description, the
 * detailed one, deadline and place, fees, documents, legal basis), keyed by its anchor. The headings
 * are the template's field names without the instructions to editors in brackets. A record, so
 * every id has exactly one section; its key order is the order of the page and of the card.
 */
const SECTIONS: Record<SectionId, SectionSpec> = {
  etapy: { heading: 'Najważniejsze etapy realizacji procedury', contentsLabel: 'Najważniejsze etapy', parts: steps },
  online: { heading: 'Czynności możliwe do załatwienia drogą elektroniczną', parts: (p) => list(p.onlineActions) },
  przydatne: { heading: 'Przydatne informacje', parts: (p) => list(p.usefulInfo) },
  sposob: { heading: 'Sposób załatwienia sprawy', contentsLabel: 'Sposób załatwienia sprawy', parts: (p) => markdown(p.howTo) },
  uzupelniajace: { heading: 'Informacje uzupełniające', parts: (p) => markdown(p.additionalInfo) },
  termin: { heading: 'Termin realizacji', contentsLabel: 'Termin realizacji', parts: deadline },
  miejsce: { heading: 'Miejsce załatwienia', contentsLabel: 'Miejsce załatwienia', parts: (p) => markdown(p.place) },
  wizyty: { heading: 'Umawianie/rezerwacja wizyty', parts: appointments },
  oplaty: { heading: 'Opłaty', contentsLabel: 'Opłaty', parts: fees },
  skladanie: {
    heading: 'Formy i miejsce składania dokumentów',
    contentsLabel: 'Gdzie złożyć dokumenty',
    parts: (p) => markdown(p.submissionChannels),
  },
  'termin-skladania': { heading: 'Termin składania dokumentów', parts: (p) => markdown(p.submissionDeadline) },
  dokumenty: { heading: 'Wymagane dokumenty', contentsLabel: 'Wymagane dokumenty', parts: requiredDocumentsParts },
  pozostale: { heading: 'Pozostałe dokumenty', parts: otherDocumentsParts },
  podstawa: { heading: 'Podstawa prawna', parts: legalBasis },
  odwolanie: { heading: 'Tryb odwoławczy', contentsLabel: 'Tryb odwoławczy', parts: (p) => markdown(p.appeal) },
  ponowne: { heading: 'Warunki ponownego wykorzystywania informacji publicznej', parts: (p) => markdown(p.reuseConditions) },
  powiazane: { heading: 'Powiązane procedury', isSearchable: false, parts: related },
  metryka: { heading: 'Metryka (BIP)', isSearchable: false, parts: metadata },
};

/** What goes under the title: the residents' own names of the matter ("Inne nazwy i słowa kluczowe"). */
export function procedureIntro(p: PublicProcedure): Intro {
  return p.keywords?.length ? { otherNames: { label: 'Inne nazwy i słowa kluczowe', items: [...p.keywords] } } : {};
}

/** The heading of one section (for a link to it from elsewhere, e.g. the CPSV-AP contact page). */
export const headingOf = (id: SectionId): string => SECTIONS[id].heading;

/** The procedure's public sections in order, each with its parts; `isShown` is false for an empty optional one. */
export function procedureSections(p: PublicProcedure): Section[] {
  return (Object.entries(SECTIONS) as [SectionId, SectionSpec][]).map(([id, spec]) => {
    const parts = spec.parts(p);
    return {
      id,
      heading: spec.heading,
      ...(spec.contentsLabel ? { contentsLabel: spec.contentsLabel } : {}),
      isShown: parts.length > 0,
      isSearchable: spec.isSearchable ?? true,
      parts,
    };
  });
}
