import type { PublicProcedure } from '../../schemas/types.generated';
import { node, type Part } from './graph';
import { type JsonLdNode, pl, type SiteIris } from './vocabulary';

/** An act's ELI and where its citation ends ("… (Dz. U. z 2024 r. poz. 386)" | " – art. 130–158"). */
interface Eli {
  iri: string;
  end: number;
}

/**
 * The ELI of a cited act, when the citation says where it was published: the Polish journals
 * ("Dz. U. z 2023 r. poz. 40" → eli.gov.pl/eli/DU/2023/40/ogl, "M.P." likewise; before 2012 "Nr …,
 * poz." numbers positions through the year, so year and position still name the act) and EU
 * regulations and directives in the "(UE) 2016/679" form. Anything else (local resolutions and
 * orders, journals without the year) has none: an invented ELI would point at another act.
 */
export function eliOf(citation: string): Eli | undefined {
  const polish = /\((Dz\.\s*U\.|M\.\s*P\.)\s*z\s*(\d{4})\s*r\.\s*(?:Nr\s*\d+\s*,\s*)?poz\.\s*(\d+)[^)]*\)/.exec(citation);
  if (polish) {
    const journal = (polish[1] as string).startsWith('Dz') ? 'DU' : 'MP';
    return { iri: `https://eli.gov.pl/eli/${journal}/${polish[2]}/${polish[3]}/ogl`, end: polish.index + polish[0].length };
  }
  const eu = /^(rozporządzenie|dyrektywa)\b[^(]*\((?:UE|EU)\)\s*(\d{4})\/(\d+)/i.exec(citation);
  if (eu) {
    const type = (eu[1] as string).toLowerCase() === 'dyrektywa' ? 'dir' : 'reg';
    return { iri: `http://data.europa.eu/eli/${type}/${eu[2]}/${eu[3]}/oj`, end: citation.length };
  }
  return undefined;
}

const legalResource = (id: string, title: string, related?: string): JsonLdNode =>
  node({ '@id': id, '@type': 'LegalResource', title: pl(title), 'LegalResource.related': related ? [related] : undefined });

/**
 * "Podstawa prawna", one legal resource per cited act, its citation kept as the title. An act with an
 * ELI is that ELI; a citation narrowed to articles ("… (Dz. U. …) – art. 217–220") is this service's
 * own resource, related to the act's ELI, so the act's title stays the same in every procedure.
 */
export function legalParts(iris: SiteIris, p: PublicProcedure): Part {
  const part: Part = { links: [], nodes: [] };
  p.legalBasis.forEach((citation, i) => {
    const eli = eliOf(citation);
    const ownId = `${iris.service(p.slug)}#podstawa-prawna-${i + 1}`;
    if (!eli) {
      part.links.push(ownId);
      part.nodes.push(legalResource(ownId, citation));
      return;
    }
    const act = citation.slice(0, eli.end).trim();
    const narrowed = citation.slice(eli.end).replace(/^[\s,;–—-]+/, '');
    part.nodes.push(legalResource(eli.iri, act));
    if (narrowed) {
      part.links.push(ownId);
      part.nodes.push(legalResource(ownId, citation, eli.iri));
    } else {
      part.links.push(eli.iri);
    }
  });
  return part;
}
