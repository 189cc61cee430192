/**
 * The terms, authority URIs and IRIs of the CPSV-AP 3.2.0 export (docs/cpsv-ap.md). One place for
 * every IRI, so the same thing gets the same IRI in the catalogue and in every procedure's document.
 */
import { absolute, routes } from '../../schemas/rules/routes';
import { slugify } from '../../schemas/rules/slug';
import { absoluteUrl } from '../sections/absoluteUrl';
import { DOCUMENT_GROUPS } from '../sections/documents';

/** The official JSON-LD context; documents name it, never a copy (tests map it to a local file). */
export const CPSV_CONTEXT_URL = 'https://semiceu.github.io/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld';

/**
 * Terms the official context lacks: labels of our own concepts, the organisation hierarchy, titles of
 * legal acts and documents, and the BIP dates (DCMI terms, outside the profile; SHACL shapes are open).
 */
export const LOCAL_CONTEXT = {
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  org: 'http://www.w3.org/ns/org#',
  owl: 'http://www.w3.org/2002/07/owl#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  ConceptScheme: 'skos:ConceptScheme',
  prefLabel: { '@id': 'skos:prefLabel' },
  inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
  subOrganizationOf: { '@id': 'org:subOrganizationOf', '@type': '@id' },
  title: { '@id': 'dct:title' },
  page: { '@id': 'foaf:page', '@type': '@id' },
  created: { '@id': 'dct:created', '@type': 'xsd:date' },
  issued: { '@id': 'dct:issued', '@type': 'xsd:dateTime' },
  modified: { '@id': 'dct:modified', '@type': 'xsd:dateTime' },
  versionInfo: { '@id': 'owl:versionInfo' },
  seeAlso: { '@id': 'rdfs:seeAlso', '@type': '@id' },
} as const;

/** Publications Office authority tables (CPSV-AP's recommended vocabularies). */
export const AUTHORITY = {
  polish: 'http://publications.europa.eu/resource/authority/language/POL',
  pln: 'http://publications.europa.eu/resource/authority/currency/PLN',
  /** The ADMS status "Completed" as the Publications Office keeps it: a service in operation. */
  completed: 'http://publications.europa.eu/resource/authority/distribution-status/COMPLETED',
  /**
   * Łódź as NUTS 3 region PL711 "Miasto Łódź": a city with county rights, so the region is exactly
   * the city (CPSV-AP's usage note for spatial: ATU, then NUTS, LAU, Place).
   */
  lodz: 'http://data.europa.eu/nuts/code/PL711',
} as const;

/** The publisher of the BIP, and so of the catalogue (DESIGN.md), and the catalogue's texts. */
export const PUBLISHER = 'Urząd Miasta Łodzi';
export const CATALOGUE_TEXTS = {
  title: 'Procedury Urzędu Miasta Łodzi',
  description: 'Opisy procedur (usług publicznych) Urzędu Miasta Łodzi i miejskich jednostek, publikowane w BIP, w modelu CPSV-AP 3.2.0.',
  home: 'Baza wiedzy o procedurach Urzędu Miasta Łodzi',
} as const;

/** A JSON-LD node: flat, linked by IRIs, merged by `@id` in a graph (graph.ts). */
export interface JsonLdNode {
  '@id': string;
  '@type'?: string | string[];
  [term: string]: unknown;
}

/** A Polish text (every text of the template is Polish; CPSV-AP wants rdf:langString). */
export const pl = (text: string) => ({ '@value': text, '@language': 'pl' });

/** The IRIs of one site: `siteUrl` is absolute, without a trailing slash (PUBLIC_URL). */
export class SiteIris {
  readonly base: string;

  constructor(siteUrl: string) {
    this.base = siteUrl.replace(/\/+$/, '');
  }

  /** The service is its portal page: stable as the slug, and a person can open it. */
  service(slug: string): string {
    return absolute(this.base, routes.procedure(slug));
  }

  /** The portal's department page (publisher/siteData.ts makes its slug the same way). */
  department(name: string): string {
    return absolute(this.base, routes.department(slugify(name)));
  }

  /** Units have no page; the catalogue describes them. */
  unit(name: string): string {
    return `${this.vocabulary()}#jednostka-${slugify(name)}`;
  }

  catalogue(): string {
    return absolute(this.base, routes.bipCatalogueJsonLd());
  }

  dataset(): string {
    return `${this.catalogue()}#katalog`;
  }

  /** Our own concept schemes (channel kinds, document groups, useful information) live in the catalogue. */
  vocabulary(): string {
    return this.catalogue();
  }

  publicJson(slug: string): string {
    return absolute(this.base, routes.bipProcedureJson(slug));
  }

  /** Attachment URLs are routes in the public JSON today; absolute ones pass unchanged. */
  absolute(url: string): string {
    return absoluteUrl(this.base, url);
  }

  /** The portal's home page. */
  home(): string {
    return absolute(this.base, routes.home());
  }
}

/** Concepts of our own schemes, with the Polish labels a reader of the data sees. */
export const CHANNEL_KINDS = {
  online: 'elektronicznie',
  inPerson: 'osobiście',
  post: 'listownie',
  email: 'pocztą elektroniczną',
  phone: 'telefonicznie',
} as const;
export type ChannelKind = keyof typeof CHANNEL_KINDS;

export { DOCUMENT_GROUPS };

/** Fragments of the channel kinds' concepts; a service's channel of that kind takes the same fragment. */
export const CHANNEL_FRAGMENTS: Record<ChannelKind, string> = {
  online: 'kanal-elektronicznie',
  inPerson: 'kanal-osobiscie',
  post: 'kanal-listownie',
  email: 'kanal-poczta-elektroniczna',
  phone: 'kanal-telefonicznie',
};

/** A concept of one of our schemes, and its scheme, as nodes (sh:class skos:Concept needs the type). */
function concept(iris: SiteIris, fragment: string, label: string, scheme: string, schemeLabel: string): [JsonLdNode, JsonLdNode] {
  const schemeIri = `${iris.vocabulary()}#${scheme}`;
  return [
    { '@id': `${iris.vocabulary()}#${fragment}`, '@type': 'Concept', prefLabel: pl(label), inScheme: schemeIri },
    { '@id': schemeIri, '@type': 'ConceptScheme', prefLabel: pl(schemeLabel) },
  ];
}

export const channelConcept = (iris: SiteIris, kind: ChannelKind) =>
  concept(iris, CHANNEL_FRAGMENTS[kind], CHANNEL_KINDS[kind], 'kanaly', 'Formy załatwienia sprawy');

export const documentGroupConcept = (iris: SiteIris, group: keyof typeof DOCUMENT_GROUPS) =>
  concept(iris, `dokument-${slugify(DOCUMENT_GROUPS[group])}`, DOCUMENT_GROUPS[group], 'grupy-dokumentow', 'Wymagane dokumenty');

/** "Przydatne informacje" phrases: the template's suggested vocabulary, as a scheme of our own. */
export const usefulInfoConcept = (iris: SiteIris, phrase: string) =>
  concept(iris, `informacja-${slugify(phrase)}`, phrase, 'przydatne-informacje', 'Przydatne informacje');

/** The external authority values, typed as the shapes' sh:class constraints require. */
export const authorityNodes = (): JsonLdNode[] => [
  { '@id': AUTHORITY.polish, '@type': 'LinguisticSystem' },
  { '@id': AUTHORITY.lodz, '@type': 'Location', prefLabel: pl('Łódź') },
  { '@id': AUTHORITY.completed, '@type': 'Concept' },
];
