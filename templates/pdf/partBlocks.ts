import { absoluteUrl } from '../sections/absoluteUrl';
import type { FileLink, Part, RequiredDocument } from '../sections/types';
import { type Block, heading, type ListItem, link, list, paragraph, text } from './blocks';
import { markdownBlocks } from './markdownBlocks';

type Renderer<K extends Part['kind']> = (part: Extract<Part, { kind: K }>, siteUrl: string) => Block[];

/** Relative widths of the fee table's columns (type, amount, account number, remarks) on A4. */
const FEE_WIDTHS = [3, 2, 2.6, 3.4];

/** Paper cannot be clicked through to a file: the card prints its caption, type and size, and its full URL. */
const fileNote = (file: FileLink, siteUrl: string) =>
  paragraph([text(`${file.label} (${file.details}): `), link(absoluteUrl(siteUrl, file.route))], 'note');

/** Each electronic form with its platform and full URL: "Formularz elektroniczny ePUAP: https://…". */
const eFormNotes = (eForms: RequiredDocument['eForms']): Block[] =>
  eForms ? eForms.forms.map((f) => paragraph([text(`${eForms.label} ${f.platform}: `), link(f.url)], 'note')) : [];

/** "Forma dokumentu: …", and the editor's notes on it. */
const formatNote = (formats: RequiredDocument['formats']): Block[] =>
  formats ? [paragraph(`${formats.label}: ${formats.text}${formats.notes ? `. ${formats.notes}` : ''}`, 'note')] : [];

const item = (name: string, blocks: Block[]): ListItem => (blocks.length > 0 ? { runs: [text(name)], blocks } : { runs: [text(name)] });

const RENDERERS: { [K in Part['kind']]: Renderer<K> } = {
  steps: ({ steps, onlineMark, onlineNote }) => [
    list(
      true,
      steps.map((s) => ({
        runs: [text(s.name, true), ...(s.isOnline ? [text(` ${onlineMark} ${onlineNote}`)] : [])],
        ...(s.comment ? { blocks: [paragraph(s.comment, 'note')] } : {}),
      })),
    ),
  ],
  list: ({ items }) => [
    list(
      false,
      items.map((i) => ({ runs: [text(i)] })),
    ),
  ],
  markdown: ({ source }) => markdownBlocks(source),
  text: ({ text: value, isStrong }) => [paragraph([text(value, isStrong === true)])],
  fees: ({ columns, rows }) => [
    {
      kind: 'table',
      header: [...columns],
      ...(columns.length === FEE_WIDTHS.length ? { widths: FEE_WIDTHS } : {}),
      rows: rows.map((row) => row.map((cell) => [text(cell)])),
    },
  ],
  documentGroups: ({ groups }, siteUrl) =>
    groups.flatMap((group) => [
      heading(3, group.heading),
      list(
        false,
        group.documents.map((d) =>
          item(d.name, [...formatNote(d.formats), ...d.files.map((f) => fileNote(f, siteUrl)), ...eFormNotes(d.eForms)]),
        ),
      ),
    ]),
  documents: ({ documents }, siteUrl) => [
    list(
      false,
      documents.map((d) => item(d.name, d.file ? [fileNote(d.file, siteUrl)] : [])),
    ),
  ],
  links: ({ links }, siteUrl) => [
    list(
      false,
      links.map((l) => item(l.text, [paragraph([link(absoluteUrl(siteUrl, l.route))], 'note')])),
    ),
  ],
  facts: ({ caption, facts }) => [
    ...(caption ? [paragraph([text(caption, true)])] : []),
    ...facts.map((f) => paragraph([text(`${f.label}: `, true), text(f.value)], 'note')),
  ],
};

/** One part of a section as the card's blocks; links become full URLs under `siteUrl`. */
export function partBlocks(part: Part, siteUrl: string): Block[] {
  return (RENDERERS[part.kind] as Renderer<Part['kind']>)(part as never, siteUrl);
}
