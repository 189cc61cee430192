import { evidenceFormatLabels } from '../../schemas/quality/messages.pl';
import type { Attachment, PublicProcedure } from '../../schemas/types.generated';
import { fileDetails } from '../format/files';
import type { DocumentGroupsPart, DocumentsPart, FileLink, Part, RequiredDocument } from './types';

type Group = NonNullable<PublicProcedure['requiredDocuments']>[number]['group'];

/** The template's groups of required documents, in its order ("1) do złożenia; 2) do wglądu"). */
export const DOCUMENT_GROUPS: Record<Group, string> = { submit: 'do złożenia', inspect: 'do wglądu' };
const GROUP_IDS: Record<Group, string> = { submit: 'dokumenty-do-zlozenia', inspect: 'dokumenty-do-wgladu' };

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('pl') + text.slice(1);

/** The attachment's URL is its public route (the projection took it from the route table). */
const fileLink = (file: Attachment, label: string, linkText: string): FileLink => ({
  label,
  linkText,
  details: fileDetails(file),
  route: file.url,
});

type Document = NonNullable<PublicProcedure['requiredDocuments']>[number];

/** "Forma dokumentu": the accepted forms by their Polish labels, and the editor's notes on them. */
function formatsOf({ formats, formatNotes }: Document): RequiredDocument['formats'] {
  if (!formats?.length && !formatNotes) return undefined;
  const text = (formats ?? []).map((f) => evidenceFormatLabels[f]).join('; ');
  return { label: 'Forma dokumentu', text: text || formatNotes || '', ...(text && formatNotes ? { notes: formatNotes } : {}) };
}

function requiredDocument(d: Document): RequiredDocument {
  const formats = formatsOf(d);
  const files = [
    ...(d.file ? [fileLink(d.file, 'Formularz', `Pobierz: ${d.name}`)] : []),
    ...(d.sampleFile ? [fileLink(d.sampleFile, 'Wzór wypełnienia', 'Wzór wypełnienia')] : []),
  ];
  const forms = (d.eForms ?? []).map(({ platform, url }) => ({ platform, url }));
  return {
    name: d.name,
    files,
    ...(formats ? { formats } : {}),
    ...(forms.length > 0 ? { eForms: { label: 'Formularz elektroniczny', forms } } : {}),
  };
}

/** "Wymagane dokumenty": each non-empty group under its heading, each document with its files and e-forms. */
export function requiredDocumentsParts(p: PublicProcedure): Part[] {
  const groups: DocumentGroupsPart['groups'] = (Object.keys(DOCUMENT_GROUPS) as Group[])
    .map((group) => ({
      id: GROUP_IDS[group],
      heading: capitalised(DOCUMENT_GROUPS[group]),
      documents: (p.requiredDocuments ?? []).filter((d) => d.group === group).map(requiredDocument),
    }))
    .filter((group) => group.documents.length > 0);
  return groups.length > 0 ? [{ kind: 'documentGroups', groups }] : [];
}

/** "Pozostałe dokumenty": each with its file, if it has one. */
export function otherDocumentsParts(p: PublicProcedure): Part[] {
  const documents: DocumentsPart['documents'] = (p.otherDocuments ?? []).map((d) =>
    d.file ? { name: d.name, file: fileLink(d.file, 'Plik', d.name) } : { name: d.name },
  );
  return documents.length > 0 ? [{ kind: 'documents', documents }] : [];
}
