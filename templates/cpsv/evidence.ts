import type { Attachment, PublicProcedure } from '../../schemas/types.generated';
import { node, type Part } from './graph';
import { AUTHORITY, DOCUMENT_GROUPS, documentGroupConcept, type JsonLdNode, pl, type SiteIris } from './vocabulary';

/** The n-th required document of a procedure (by its place in the approved version). */
export const evidenceIri = (iris: SiteIris, slug: string, index: number) => `${iris.service(slug)}#dokument-${index + 1}`;

/** An attached file as a document a consumer can download (absolute URL, its title says which file). */
function fileNode(iris: SiteIris, file: Attachment, title: string): JsonLdNode {
  return { '@id': iris.absolute(file.url), '@type': 'Document', title: pl(title) };
}

/**
 * "Wymagane dokumenty" as evidence: the group ("do złożenia" / "do wglądu") both as a concept of our
 * own scheme (dct:type) and as the description a person reads; the form and its filled-in example
 * as related documentation; Polish, the language the office takes documents in.
 */
export function evidenceParts(iris: SiteIris, p: PublicProcedure): Part {
  const part: Part = { links: [], nodes: [] };
  (p.requiredDocuments ?? []).forEach((d, i) => {
    const id = evidenceIri(iris, p.slug, i);
    const [groupNode, schemeNode] = documentGroupConcept(iris, d.group);
    const files = [
      ...(d.file ? [fileNode(iris, d.file, `${d.name} (${d.file.fileName})`)] : []),
      ...(d.sampleFile ? [fileNode(iris, d.sampleFile, `${d.name} – przykład wypełnienia (${d.sampleFile.fileName})`)] : []),
    ];
    part.links.push(id);
    part.nodes.push(
      node({
        '@id': id,
        '@type': 'Evidence',
        'Evidence.identifier': `${p.slug}/dokument-${i + 1}`,
        'Evidence.name': [pl(d.name)],
        'Evidence.description': [pl(DOCUMENT_GROUPS[d.group])],
        'Evidence.type': groupNode['@id'],
        'Evidence.language': [AUTHORITY.polish],
        'Evidence.relatedDocumentation': files.map((f) => f['@id']),
      }),
      groupNode,
      schemeNode,
      ...files,
    );
  });
  return part;
}
