import type { Attachment, PublicProcedure } from '../../schemas/types.generated';
import { type Block, heading, type ListItem, link, list, paragraph, text } from './blocks';
import { formatDuration } from './durations';
import { markdownBlocks } from './markdownBlocks';

const TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/rtf': 'RTF',
};
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
const fileLabel = (f: Attachment) => `${TYPES[f.mediaType] ?? 'plik'}, ${size(f.size)}`;

/** A section: its H2 and what follows, or nothing when the optional content is missing. */
const section = (title: string, blocks: Block[]): Block[] => (blocks.length > 0 ? [heading(2, title), ...blocks] : []);
const bullets = (items: readonly string[] | undefined): Block[] =>
  items?.length
    ? [
        list(
          false,
          items.map((i) => ({ runs: [text(i)] })),
        ),
      ]
    : [];
const markdown = (source: string | undefined): Block[] => (source ? markdownBlocks(source) : []);

function steps(p: PublicProcedure): Block[] {
  const items: ListItem[] = p.steps.map((s) => ({
    runs: [text(s.name, true), ...(s.online ? [text(' @ (można załatwić bez wizyty w urzędzie)')] : [])],
    ...(s.comment ? { blocks: [paragraph(s.comment, 'note')] } : {}),
  }));
  return section('Najważniejsze etapy realizacji procedury', [list(true, items)]);
}

function deadline(p: PublicProcedure): Block[] {
  const { value, unit, description } = p.deadline;
  return section('Termin realizacji', [
    ...(value !== undefined && unit ? [paragraph(formatDuration(value, unit))] : []),
    ...markdown(description),
  ]);
}

function fees(p: PublicProcedure): Block[] {
  if (p.fees.length === 0) return section('Opłaty', [paragraph('brak')]);
  return section('Opłaty', [
    {
      kind: 'table',
      header: ['Rodzaj opłaty', 'Wysokość', 'Numer konta', 'Uwagi'],
      widths: [3, 2, 2.6, 3.4],
      rows: p.fees.map((f) => [[text(f.type)], [text(f.amount)], [text(f.account ?? '—')], [text(f.remarks ?? '')]]),
    },
  ]);
}

function requiredDocuments(p: PublicProcedure, siteUrl: string): Block[] {
  const groups = [
    { label: 'Do złożenia', docs: (p.requiredDocuments ?? []).filter((d) => d.group === 'submit') },
    { label: 'Do wglądu', docs: (p.requiredDocuments ?? []).filter((d) => d.group === 'inspect') },
  ].filter((g) => g.docs.length > 0);
  const item = (d: NonNullable<PublicProcedure['requiredDocuments']>[number]): ListItem => {
    const links: Block[] = [
      ...(d.file ? [paragraph([text(`Formularz (${fileLabel(d.file)}): `), link(siteUrl + d.file.url)], 'note')] : []),
      ...(d.sampleFile
        ? [paragraph([text(`Wzór wypełnienia (${fileLabel(d.sampleFile)}): `), link(siteUrl + d.sampleFile.url)], 'note')]
        : []),
      ...(d.eForms ?? []).map((f) => paragraph([text(`Formularz elektroniczny ${f.platform}: `), link(f.url)], 'note')),
    ];
    return links.length > 0 ? { runs: [text(d.name)], blocks: links } : { runs: [text(d.name)] };
  };
  return section(
    'Wymagane dokumenty',
    groups.flatMap((g) => [heading(3, g.label), list(false, g.docs.map(item))]),
  );
}

function otherDocuments(p: PublicProcedure, siteUrl: string): Block[] {
  const items = (p.otherDocuments ?? []).map(
    (d): ListItem =>
      d.file
        ? { runs: [text(d.name)], blocks: [paragraph([text(`${fileLabel(d.file)}: `), link(siteUrl + d.file.url)], 'note')] }
        : { runs: [text(d.name)] },
  );
  return section('Pozostałe dokumenty', items.length > 0 ? [list(false, items)] : []);
}

function related(p: PublicProcedure, siteUrl: string): Block[] {
  const items = (p.related ?? []).map(
    (r): ListItem => ({ runs: [text(r.title)], blocks: [paragraph([link(`${siteUrl}/procedury/${r.slug}/`)], 'note')] }),
  );
  return section('Powiązane procedury', items.length > 0 ? [list(false, items)] : []);
}

function metadata(p: PublicProcedure, siteUrl: string): Block[] {
  const field = (label: string, value: string) => paragraph([text(`${label}: `, true), text(value)], 'note');
  return section('Metryka (BIP)', [
    field('Jednostka', p.unit),
    field('Komórka', p.department),
    field('Informację wytworzył(a)', `${p.bip.createdBy.join(', ')} (${p.bip.createdAt})`),
    field('Informację wprowadził(a)', `${p.bip.publishedBy} (${p.bip.publishedAt.slice(0, 10)})`),
    field('Ostatnia zmiana', `${p.bip.modifiedAt.slice(0, 10)} (wersja ${p.bip.version})`),
    paragraph([text('Aktualna treść: ', true), link(`${siteUrl}/procedury/${p.slug}/`)], 'note'),
  ]);
}

/**
 * A procedure as the card's blocks: every public section in the template's order with the
 * portal's Polish headings (site/src/views/ProcedureBody.astro); empty optional sections left out.
 */
export function cardBlocks(p: PublicProcedure, siteUrl: string): Block[] {
  return [
    heading(1, p.title),
    paragraph(p.summary, 'lead'),
    ...steps(p),
    ...section('Czynności możliwe do załatwienia drogą elektroniczną', bullets(p.onlineActions)),
    ...section('Przydatne informacje', bullets(p.usefulInfo)),
    ...section('Sposób załatwienia sprawy', markdown(p.howTo)),
    ...section('Informacje uzupełniające', markdown(p.additionalInfo)),
    ...deadline(p),
    ...section('Miejsce załatwienia', markdown(p.place)),
    ...section('Umawianie/rezerwacja wizyty', [
      ...(p.appointmentRequired ? [paragraph([text('Wizyta wymaga wcześniejszego umówienia.', true)])] : []),
      ...markdown(p.appointments),
    ]),
    ...fees(p),
    ...section('Formy i miejsce składania dokumentów', markdown(p.submissionChannels)),
    ...section('Termin składania dokumentów', markdown(p.submissionDeadline)),
    ...requiredDocuments(p, siteUrl),
    ...otherDocuments(p, siteUrl),
    ...section('Podstawa prawna', bullets(p.legalBasis)),
    ...section('Tryb odwoławczy', markdown(p.appeal)),
    ...section('Warunki ponownego wykorzystywania informacji publicznej', markdown(p.reuseConditions ?? undefined)),
    ...related(p, siteUrl),
    ...metadata(p, siteUrl),
  ];
}
