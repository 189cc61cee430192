import type { PublicProcedure } from '../../schemas/types.generated';
import { channelParts } from './channels';
import { costParts } from './costs';
import { evidenceParts } from './evidence';
import { node } from './graph';
import { legalParts } from './legal';
import { contactNodes, organisationNodes, unitNode } from './organisation';
import { AUTHORITY, authorityNodes, CATALOGUE_TEXTS, type JsonLdNode, PUBLISHER, pl, type SiteIris, usefulInfoConcept } from './vocabulary';

const DURATION_DESIGNATORS = { days: 'D', weeks: 'W', months: 'M' } as const;

/**
 * "Termin realizacji" as xsd:duration (30 days → P30D, 2 weeks → P2W, 1 month → P1M) when it gives a
 * whole number and a unit; a deadline given only in words has no processing time (its text is on the
 * portal page).
 */
export function processingTime(deadline: PublicProcedure['deadline']): string | undefined {
  const { value, unit } = deadline;
  if (value === undefined || unit === undefined || !Number.isInteger(value) || value < 0) return undefined;
  return `P${value}${DURATION_DESIGNATORS[unit]}`;
}

/** Search keywords, when the public shape has them (an optional `keywords` array may be added). */
function keywordsOf(p: PublicProcedure): string[] {
  const { keywords } = p as PublicProcedure & { keywords?: readonly string[] };
  return [...new Set(keywords ?? [])];
}

/** One live procedure as a CPSV-AP public service with everything it links (docs/cpsv-ap.md). */
export function serviceNodes(iris: SiteIris, p: PublicProcedure): JsonLdNode[] {
  const service = iris.service(p.slug);
  const costs = costParts(iris, p);
  const channels = channelParts(iris, p);
  const evidence = evidenceParts(iris, p);
  const legal = legalParts(iris, p);
  const classes = (p.usefulInfo ?? []).map((phrase) => usefulInfoConcept(iris, phrase));
  const serviceNode = node({
    '@id': service,
    '@type': 'PublicService',
    'PublicService.identifier': p.slug,
    'PublicService.name': [pl(p.title)],
    'PublicService.description': [pl(p.summary)],
    'PublicService.keyword': keywordsOf(p).map(pl),
    'PublicService.language': [AUTHORITY.polish],
    'PublicService.spatial': [AUTHORITY.lodz],
    'PublicService.status': AUTHORITY.completed,
    'PublicService.hasCompetentAuthority': [iris.department(p.department)],
    'PublicService.contactPoint': [`${service}#kontakt`],
    'PublicService.processingTime': processingTime(p.deadline),
    'PublicService.hasCost': costs.links,
    'PublicService.hasChannel': channels.links,
    'PublicService.hasInput': evidence.links,
    'PublicService.hasLegalResource': legal.links,
    'PublicService.relatedService': (p.related ?? []).map((r) => iris.service(r.slug)),
    'PublicService.isClassifiedBy': classes.map(([concept]) => concept['@id']),
    'PublicService.isPartOf': [iris.dataset()],
    // BIP metadata: CPSV-AP 3.2.0 has no dates or versions; DCMI terms carry them beside the profile.
    created: p.informationCreatedAt,
    issued: p.bip.publishedAt,
    modified: p.bip.modifiedAt,
    versionInfo: String(p.bip.version),
    seeAlso: iris.publicJson(p.slug),
  });
  return [
    serviceNode,
    ...organisationNodes(iris, p.unit, p.department),
    ...contactNodes(iris, p.slug, p.place),
    ...costs.nodes,
    ...channels.nodes,
    ...evidence.nodes,
    ...legal.nodes,
    ...classes.flat(),
    ...authorityNodes(),
  ];
}

/**
 * A related service as another procedure's document names it: what the PublicService shape requires
 * (identifier, name, description, competent authority), its full description being in its own file.
 */
export function relatedServiceNodes(iris: SiteIris, related: PublicProcedure): JsonLdNode[] {
  return [
    {
      '@id': iris.service(related.slug),
      '@type': 'PublicService',
      'PublicService.identifier': related.slug,
      'PublicService.name': [pl(related.title)],
      'PublicService.description': [pl(related.summary)],
      'PublicService.hasCompetentAuthority': [iris.department(related.department)],
      seeAlso: iris.publicJson(related.slug),
    },
    ...organisationNodes(iris, related.unit, related.department),
  ];
}

/** The catalogue as a DCAT dataset of services (CPSV-AP 3.2.0: Dataset hasPart / PublicService isPartOf). */
export function datasetNodes(iris: SiteIris, services: readonly string[]): JsonLdNode[] {
  const home = iris.home();
  return [
    node({
      '@id': iris.dataset(),
      '@type': 'Dataset',
      'Dataset.title': [pl(CATALOGUE_TEXTS.title)],
      'Dataset.description': [pl(CATALOGUE_TEXTS.description)],
      'Dataset.publisher': iris.unit(PUBLISHER),
      'Dataset.landingPage': [home],
      'Dataset.hasPart': services,
    }),
    { '@id': home, '@type': 'Document', title: pl(CATALOGUE_TEXTS.home) },
    unitNode(iris, PUBLISHER),
    ...authorityNodes(),
  ];
}
