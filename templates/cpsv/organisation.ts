import { absolute, routes } from '../../schemas/rules/routes';
import { slugify } from '../../schemas/rules/slug';
import { headingOf } from '../sections/procedureSections';
import type { SectionId } from '../sections/types';
import { node } from './graph';
import { plainText } from './plainText';
import { AUTHORITY, type JsonLdNode, pl, type SiteIris } from './vocabulary';

/**
 * The unit ("Jednostka") as a public organisation. It is also the catalogue's publisher, so it is an
 * Agent too, with the identifier and name the Agent shape requires — the same in every document.
 */
export function unitNode(iris: SiteIris, unit: string): JsonLdNode {
  return {
    '@id': iris.unit(unit),
    '@type': ['PublicOrganization', 'Organization', 'Agent'],
    'PublicOrganization.preferredLabel': [pl(unit)],
    'PublicOrganization.spatial': [AUTHORITY.lodz],
    'Agent.identifier': slugify(unit),
    'Agent.name': [pl(unit)],
  };
}

/**
 * The department ("Komórka") is the competent authority as the resident meets it: a public
 * organisation that is part of its unit. Its IRI is its portal page, shared by its procedures.
 */
export function organisationNodes(iris: SiteIris, unit: string, department: string): JsonLdNode[] {
  return [
    {
      '@id': iris.department(department),
      '@type': ['PublicOrganization', 'Organization'],
      'PublicOrganization.preferredLabel': [pl(department)],
      'PublicOrganization.spatial': [AUTHORITY.lodz],
      subOrganizationOf: iris.unit(unit),
    },
    unitNode(iris, unit),
  ];
}

/** The page section the contact point refers to: "Miejsce załatwienia", where the whole text is. */
const PLACE: SectionId = 'miejsce';

const unique = (values: Iterable<string>) => [...new Set(values)];

/** What `place` says reliably: e-mail addresses, Polish phone numbers, "Godziny obsługi: …". */
export function contactDetails(place: string): { emails: string[]; phones: string[]; openingHours?: string } {
  const text = plainText(place);
  const emails = unique(text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g) ?? []);
  const phones = unique((text.match(/\+48(?:[ \u00a0]?\d){9}/g) ?? []).map((phone) => phone.replace(/\s+/g, ' ')));
  const hours = /Godziny (?:obsługi|pracy|otwarcia):\s*([^\n]+)/i.exec(text)?.[1]?.trim();
  return { emails, phones, ...(hours ? { openingHours: hours } : {}) };
}

/**
 * The service's contact point. CPSV-AP 3.2.0 attaches a contact point to the service, not to the
 * organisation, and the template's "Miejsce załatwienia" is per procedure (one department, two
 * offices with their own phones), so it belongs to the service. Its page is the "Miejsce
 * załatwienia" section of the procedure's page, where the whole text is.
 */
export function contactNodes(iris: SiteIris, slug: string, place: string): JsonLdNode[] {
  const service = iris.service(slug);
  const { emails, phones, openingHours } = contactDetails(place);
  const hoursIri = `${service}#godziny-obslugi`;
  const placeSection = absolute(iris.base, routes.procedureSection(slug, PLACE));
  return [
    node({
      '@id': `${service}#kontakt`,
      '@type': 'ContactPoint',
      'ContactPoint.hasEmail': emails,
      'ContactPoint.hasTelephone': phones,
      'ContactPoint.contactPage': [placeSection],
      'ContactPoint.openingHours': openingHours ? [hoursIri] : undefined,
    }),
    { '@id': placeSection, '@type': 'Document', title: pl(headingOf(PLACE)) },
    ...(openingHours ? [{ '@id': hoursIri, '@type': 'TemporalEntity', 'TemporalEntity.description': [pl(openingHours)] }] : []),
  ];
}
