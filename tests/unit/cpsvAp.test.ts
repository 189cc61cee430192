import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Literal } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileUrls } from '../../publisher/fileUrls';
import type { ApprovedFile } from '../../schemas/rules/files';
import { selectLive } from '../../schemas/rules/live';
import { projectProcedure } from '../../schemas/rules/project';
import type { RegisterEntry } from '../../schemas/rules/register';
import type { ProcedureRecord, PublicProcedure } from '../../schemas/types.generated';
import { submissionItems } from '../../templates/cpsv/channels';
import { amountInZloty } from '../../templates/cpsv/costs';
import {
  type CpsvDocument,
  CpsvRelatedError,
  renderCpsvCatalogue,
  renderCpsvCatalogueFile,
  renderCpsvProcedure,
  serializeCpsv,
} from '../../templates/cpsv/render';
import { processingTime } from '../../templates/cpsv/service';
import { CPSV_CONTEXT_URL } from '../../templates/cpsv/vocabulary';
import { buildProcedure, SENTINEL, withInternalSentinels } from '../support/factories';
import { describeResults, toDataset, validateCpsv } from '../support/shacl';

const SITE = 'http://localhost:3000';
/** A day on which every public demo procedure is live (the waste declaration starts on 2027-01-01). */
const DAY = '2027-01-15';
const BONIFIKATA = 'przeksztalcenie-uzytkowania-wieczystego-bonifikata';
const SEED = path.join(import.meta.dirname, '..', '..', 'cms', 'seed', 'procedures');

const mediaTypeOf = (name: string) =>
  name.endsWith('.pdf') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The files a record names, as an approval fixes them (the bytes do not matter here). */
function filesOf(record: ProcedureRecord): ApprovedFile[] {
  const names = [...(record.requiredDocuments ?? []), ...(record.otherDocuments ?? [])].flatMap((d) => [
    d.file,
    'sampleFile' in d ? d.sampleFile : undefined,
  ]);
  return [...new Set(names.filter((name): name is string => Boolean(name)))].map((fileName) => ({
    fileName,
    sha256: createHash('sha256').update(fileName).digest('hex'),
    size: 1024,
    mediaType: mediaTypeOf(fileName),
  }));
}

function entryOf(record: ProcedureRecord): RegisterEntry {
  return {
    procedureId: record.slug,
    slug: record.slug,
    title: record.title,
    note: 'Pierwsza publikacja.',
    decidedByName: 'Zespół ds. procedur',
    kind: 'approval',
    version: 1,
    decidedAt: '2026-12-01T09:00:00.000Z',
    validFrom: record.validFrom ?? null,
    validTo: record.validTo ?? null,
    content: record,
    files: filesOf(record),
  };
}

/** Projects records the way publisher/selectAndProject.ts does: live on DAY, internal ones left out. */
function publish(records: readonly ProcedureRecord[]): PublicProcedure[] {
  const entries = records.map(entryOf).filter((e) => selectLive([e], DAY) && e.content?.internal !== true);
  const fileUrls = new FileUrls();
  fileUrls.claim(entries);
  const liveTitles = new Map(entries.map((e) => [e.slug, e.title]));
  return entries.map((e) => projectProcedure(e, [e], { day: DAY, liveTitles, fileUrl: fileUrls.url }));
}

const demoRecords = (): ProcedureRecord[] =>
  readdirSync(SEED)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(SEED, f), 'utf8')) as ProcedureRecord);

type Node = Record<string, unknown>;
const nodeOf = (doc: CpsvDocument, id: string) => doc['@graph'].find((n) => n['@id'] === id) as Node;
const nodesOfType = (doc: CpsvDocument, type: string) => doc['@graph'].filter((n) => [n['@type']].flat().includes(type)) as Node[];
const list = (value: unknown): unknown[] => (value === undefined ? [] : [value].flat());
const texts = (value: unknown) => list(value).map((v) => (v as { '@value': string })['@value']);
const serviceIri = (slug: string) => `${SITE}/procedury/${slug}/`;

let items: PublicProcedure[];
let live: Map<string, PublicProcedure>;
let catalogue: CpsvDocument;
const documentOf = (slug: string) => renderCpsvProcedure(live.get(slug) as PublicProcedure, { siteUrl: SITE, live });

beforeAll(() => {
  items = publish(demoRecords());
  live = new Map(items.map((p) => [p.slug, p]));
  catalogue = JSON.parse(serializeCpsv(renderCpsvCatalogue(items, { siteUrl: SITE }))) as CpsvDocument;
});

describe('CPSV-AP 3.2.0 export against the official SHACL shapes', () => {
  it('validates the catalogue of every live demo procedure with zero violations, fast enough for npm test', async () => {
    expect(items).toHaveLength(12);
    expect(live.has('obsluga-zgloszen-przekazanych-przez-call-center')).toBe(false);
    const started = performance.now();
    const report = await validateCpsv(catalogue);
    const seconds = (performance.now() - started) / 1000;
    expect(report.results, describeResults(report)).toEqual([]);
    expect(report.conforms).toBe(true);
    expect(nodesOfType(catalogue, 'PublicService')).toHaveLength(12);
    expect(seconds).toBeLessThan(10);
  });

  it("validates every procedure's own document with zero violations", async () => {
    for (const p of items) {
      const report = await validateCpsv(JSON.parse(serializeCpsv(documentOf(p.slug))) as object);
      expect(report.results, `${p.slug}\n${describeResults(report)}`).toEqual([]);
    }
  });

  it('gives the shapes something to check: an instance of every class the mapping uses', async () => {
    const data = await toDataset(catalogue);
    const typed = new Set(data.getQuads(null, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', null, null).map((q) => q.object.value));
    for (const type of [
      'http://purl.org/vocab/cpsv#PublicService',
      'http://data.europa.eu/m8g/PublicOrganisation',
      'http://xmlns.com/foaf/0.1/Agent',
      'http://www.w3.org/ns/dcat#Dataset',
      'http://data.europa.eu/m8g/Cost',
      'http://data.europa.eu/m8g/Channel',
      'http://data.europa.eu/m8g/Evidence',
      'http://data.europa.eu/m8g/ContactPoint',
      'http://www.w3.org/2006/time#TemporalEntity',
      'http://data.europa.eu/eli/ontology#LegalResource',
      'http://purl.org/dc/terms/Location',
      'http://purl.org/dc/terms/LinguisticSystem',
      'http://www.w3.org/2004/02/skos/core#Concept',
      'http://xmlns.com/foaf/0.1/Document',
    ])
      expect(typed.has(type), type).toBe(true);
  });

  it('reports violations in a broken document, so a bad export cannot pass', async () => {
    const doc = structuredClone(documentOf(BONIFIKATA));
    const service = nodeOf(doc, serviceIri(BONIFIKATA));
    delete service['PublicService.hasCompetentAuthority'];
    service['PublicService.processingTime'] = '4 miesiące';
    const location = doc['@graph'].find((n) => n['@type'] === 'Location') as Node;
    location['@type'] = 'Concept';
    const report = await validateCpsv(doc);
    expect(report.conforms).toBe(false);
    const found = report.results.map((r) => `${r.path} ${r.constraint.replace(/^.*#/, '')}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'http://data.europa.eu/m8g/hasCompetentAuthority MinCountConstraintComponent',
        'http://data.europa.eu/m8g/processingTime DatatypeConstraintComponent',
        'http://purl.org/dc/terms/spatial ClassConstraintComponent',
      ]),
    );
  });

  it('rejects a term neither context defines instead of dropping it', async () => {
    const doc = structuredClone(documentOf(BONIFIKATA));
    nodeOf(doc, serviceIri(BONIFIKATA))['PublicService.nmae'] = 'literówka';
    await expect(toDataset(doc)).rejects.toThrow(/safe mode/i);
  });
});

describe('the catalogue file kept between publish runs', () => {
  const hashOf = (p: PublicProcedure) => createHash('sha256').update(JSON.stringify(p)).digest('hex');
  /** What the catalogue file must hold: the catalogue made from nothing, as serializeCpsv writes it. */
  const fromNothing = (procedures: readonly PublicProcedure[], siteUrl = SITE) =>
    serializeCpsv(renderCpsvCatalogue(procedures, { siteUrl }));
  const file = (procedures: readonly PublicProcedure[], siteUrl = SITE) =>
    Buffer.concat(renderCpsvCatalogueFile(procedures, { siteUrl }, hashOf)).toString('utf8');

  it('writes the text the catalogue made from nothing has, byte for byte, cold and from kept nodes', () => {
    expect(file(items)).toBe(fromNothing(items));
    expect(file(items)).toBe(fromNothing(items));
    expect(file([])).toBe(fromNothing([]));
  });

  it('after one procedure changed, gives what a catalogue made from nothing gives, the change included', () => {
    file(items);
    const [first, ...rest] = items as [PublicProcedure, ...PublicProcedure[]];
    const changed = [{ ...first, title: `${first.title} — po zmianie` }, ...rest];
    const kept = file(changed);
    expect(kept).toBe(fromNothing(changed));
    expect(kept).toContain(`${first.title} — po zmianie`);
    // Another site's catalogue does not reuse this one's nodes.
    expect(file(changed, 'https://bip.example.pl')).not.toContain(SITE);
  });

  it('merges a node procedures share but describe differently, as the graph does (one act cited in two wordings)', () => {
    const [a, b, c, ...rest] = items as [PublicProcedure, PublicProcedure, PublicProcedure, ...PublicProcedure[]];
    const cite = (wording: string) => `${wording} (Dz. U. z 2023 r. poz. 40)`;
    const citing = [
      { ...a, legalBasis: [...a.legalBasis, cite('Ustawa o samorządzie gminnym')] },
      { ...b, legalBasis: [...b.legalBasis, cite('Ustawa z dnia 8 marca 1990 r. o samorządzie gminnym')] },
      { ...c, legalBasis: [...c.legalBasis, cite('Ustawa o samorządzie gminnym')] },
      ...rest,
    ];
    file(items);
    const kept = file(citing);
    expect(kept).toBe(fromNothing(citing));
    const act = nodeOf(JSON.parse(kept) as CpsvDocument, 'https://eli.gov.pl/eli/DU/2023/40/ogl');
    expect(texts(act.title).sort()).toEqual([
      cite('Ustawa o samorządzie gminnym'),
      cite('Ustawa z dnia 8 marca 1990 r. o samorządzie gminnym'),
    ]);
  });
});

describe('CPSV-AP mapping of the template', () => {
  it('names the official context and uses absolute IRIs only', () => {
    expect(catalogue['@context'][0]).toBe(CPSV_CONTEXT_URL);
    for (const n of catalogue['@graph']) expect(n['@id']).toMatch(/^https?:\/\//);
    expect(nodeOf(catalogue, `${SITE}/bip/cpsv-ap.jsonld#katalog`)['Dataset.hasPart']).toHaveLength(12);
  });

  it('maps the bonifikata fees to costs: "17 zł" as a double in PLN, a described amount without a value', async () => {
    const doc = documentOf(BONIFIKATA);
    const costs = nodesOfType(doc, 'Cost');
    expect(costs.map((c) => c['Cost.hasValue'])).toEqual([50, undefined, 17]);
    for (const c of costs) expect(c['Cost.currency']).toBe('http://publications.europa.eu/resource/authority/currency/PLN');
    expect(texts(costs[1]?.['Cost.description'])[0]).toContain('kwota wskazana w informacji o wysokości opłaty');
    expect(texts(costs[2]?.['Cost.description'])[0]).toContain('Numer rachunku: 41 1560 0130 2000 4531 7862 0001');
    expect(['1 250,50 zł', '107 PLN', 'od 17 zł', '17 zł za stronę'].map(amountInZloty)).toEqual([1250.5, 107, undefined, undefined]);
    const values = (await toDataset(doc)).getQuads(null, 'http://data.europa.eu/m8g/hasValue', null, null);
    expect(values.map((q) => [Number(q.object.value), (q.object as Literal).datatype.value])).toContainEqual([
      17,
      'http://www.w3.org/2001/XMLSchema#double',
    ]);
  });

  it('gives the deadline as xsd:duration when it is a number: one month P1M, 30 days P30D, none in words', () => {
    const timeOf = (slug: string) => nodeOf(documentOf(slug), serviceIri(slug))['PublicService.processingTime'];
    expect(timeOf('podatek-od-nieruchomosci-osoby-fizyczne')).toBe('P1M');
    expect(timeOf('wymiana-dowodu-osobistego')).toBe('P30D');
    expect(timeOf('rekrutacja-do-przedszkola')).toBeUndefined();
    expect(processingTime({ value: 2, unit: 'weeks' })).toBe('P2W');
    expect(processingTime({ value: 1.5, unit: 'months' })).toBeUndefined();
  });

  it('lists the channels the record names, the "@" steps online, and one channel per e-form with its address', () => {
    const doc = documentOf(BONIFIKATA);
    const channels = nodesOfType(doc, 'Channel');
    const byType = (fragment: string) => channels.filter((c) => c['Channel.type'] === `${SITE}/bip/cpsv-ap.jsonld#${fragment}`);
    expect(texts(byType('kanal-osobiscie')[0]?.['Channel.description'])[0]).toMatch(/^Osobiście: ul\. Sienkiewicza 5/);
    expect(byType('kanal-listownie')).toHaveLength(1);
    expect(byType('kanal-poczta-elektroniczna')).toHaveLength(1);
    const online = byType('kanal-elektronicznie');
    expect(online.flatMap((c) => texts(c['Channel.description']))).toContain(
      'Etapy możliwe bez wizyty w urzędzie (@): złóż wniosek i załączniki; wnieś opłatę',
    );
    const eForms = online.filter((c) => c.page);
    expect(eForms.map((c) => c.page)).toEqual([
      'https://epuap.gov.pl/wps/portal/strefa-klienta/katalog-spraw/opis-uslugi/skargi-wnioski-zapytania-do-urzedu',
      'https://www.gov.pl/web/gov/wyslij-pismo-ogolne',
    ]);
    expect(eForms[0]?.['Channel.hasInput']).toEqual([`${serviceIri(BONIFIKATA)}#dokument-1`]);
    expect(submissionItems('nie dotyczy').size).toBe(0);
    const parsed = submissionItems('- **osobiście**: [UMŁ](https://uml.lodz.pl), pok. 1\n- faksem: 42 000 00 00');
    expect([...parsed]).toEqual([['inPerson', ['Osobiście: UMŁ, pok. 1']]]);
  });

  it('turns required documents into evidence with their group and the attached files at absolute URLs', () => {
    const evidence = nodesOfType(documentOf(BONIFIKATA), 'Evidence');
    expect(evidence).toHaveLength(5);
    expect(texts(evidence[0]?.['Evidence.name'])[0]).toMatch(/^Wniosek o wydanie zaświadczenia/);
    expect(texts(evidence[0]?.['Evidence.description'])).toEqual(['do złożenia']);
    expect(evidence[0]?.['Evidence.relatedDocumentation']).toEqual([
      `${SITE}/pliki/wniosek-o-wydanie-zaswiadczenia-o-przeksztalceniu.docx`,
      `${SITE}/pliki/wniosek-o-wydanie-zaswiadczenia-o-przeksztalceniu-przyklad.pdf`,
    ]);
    expect(texts(evidence[4]?.['Evidence.description'])).toEqual(['do wglądu']);
    expect(evidence[4]?.['Evidence.type']).toBe(`${SITE}/bip/cpsv-ap.jsonld#dokument-do-wgladu`);
  });

  it('cites acts by ELI where the journal is given, keeping the citation as the title', () => {
    const doc = documentOf(BONIFIKATA);
    const legal = list(nodeOf(doc, serviceIri(BONIFIKATA))['PublicService.hasLegalResource']);
    expect(legal.slice(0, 4)).toEqual([
      'https://eli.gov.pl/eli/DU/2024/386/ogl',
      'https://eli.gov.pl/eli/DU/2024/1145/ogl',
      'https://eli.gov.pl/eli/DU/2024/572/ogl',
      'https://eli.gov.pl/eli/DU/2023/2111/ogl',
    ]);
    expect(texts(nodeOf(doc, 'https://eli.gov.pl/eli/DU/2024/386/ogl').title)[0]).toMatch(/^ustawa z dnia 20 lipca 2018 r\..*poz\. 386\)$/);
    expect(texts(nodeOf(doc, legal[4] as string).title)[0]).toMatch(/^uchwała Rady Miejskiej w Łodzi w sprawie określenia warunków/);
    const narrowed = nodeOf(documentOf('zaswiadczenie-o-zameldowaniu'), `${serviceIri('zaswiadczenie-o-zameldowaniu')}#podstawa-prawna-2`);
    expect(texts(narrowed.title)[0]).toMatch(/– art\. 217–220$/);
    expect(narrowed['LegalResource.related']).toEqual(['https://eli.gov.pl/eli/DU/2024/572/ogl']);
    const gdpr = list(
      nodeOf(documentOf('zgloszenie-interwencyjne'), serviceIri('zgloszenie-interwencyjne'))['PublicService.hasLegalResource'],
    );
    expect(gdpr).toContain('http://data.europa.eu/eli/reg/2016/679/oj');
  });

  it('names the department as competent authority, part of its unit, and the contact details the place gives', () => {
    const slug = 'wymiana-dowodu-osobistego';
    const doc = documentOf(slug);
    const service = nodeOf(doc, serviceIri(slug));
    expect(service['PublicService.hasCompetentAuthority']).toEqual([`${SITE}/wydzialy/wydzial-spraw-obywatelskich/`]);
    const department = nodeOf(doc, `${SITE}/wydzialy/wydzial-spraw-obywatelskich/`);
    expect(texts(department['PublicOrganization.preferredLabel'])).toEqual(['Wydział Spraw Obywatelskich']);
    expect(department.subOrganizationOf).toBe(`${SITE}/bip/cpsv-ap.jsonld#jednostka-urzad-miasta-lodzi`);
    const contact = nodeOf(doc, `${serviceIri(slug)}#kontakt`);
    expect(contact['ContactPoint.hasEmail']).toEqual(['lckm@uml.lodz.pl']);
    expect(contact['ContactPoint.hasTelephone']).toEqual(['+48 42 638 44 44']);
    expect(texts(nodeOf(doc, `${serviceIri(slug)}#godziny-obslugi`)['TemporalEntity.description'])[0]).toBe(
      'poniedziałek 8:00–18:00, wtorek–piątek 8:00–16:00.',
    );
  });

  it('links related services, described in a single document as the shapes require', () => {
    const doc = documentOf(BONIFIKATA);
    const related = serviceIri('podatek-od-nieruchomosci-osoby-fizyczne');
    expect(nodeOf(doc, serviceIri(BONIFIKATA))['PublicService.relatedService']).toContain(related);
    expect(texts(nodeOf(doc, related)['PublicService.description'])[0]).toBe(live.get('podatek-od-nieruchomosci-osoby-fizyczne')?.summary);
    const orphan = { ...(live.get(BONIFIKATA) as PublicProcedure), related: [{ slug: 'nie-ma-takiej', title: 'Brak' }] };
    expect(() => renderCpsvProcedure(orphan, { siteUrl: SITE, live })).toThrow(CpsvRelatedError);
  });

  it('adds keywords when the public procedure has them', () => {
    const p = { ...(live.get(BONIFIKATA) as PublicProcedure), keywords: ['użytkowanie wieczyste', 'bonifikata'] };
    const service = nodeOf(renderCpsvProcedure(p, { siteUrl: SITE, live }), serviceIri(BONIFIKATA));
    expect(texts(service['PublicService.keyword'])).toEqual(['użytkowanie wieczyste', 'bonifikata']);
  });

  it('leaks no internal field, by name or by value', () => {
    const internalNames = ['owner', 'coordinator', 'callCenter', 'inEzd', 'internal', 'validFrom', 'validTo'];
    const keys = new Set<string>();
    JSON.stringify(catalogue, (key, value) => {
      keys.add(key);
      return value;
    });
    for (const name of internalNames) expect(keys.has(name), name).toBe(false);
    const secret = withInternalSentinels(buildProcedure({ slug: 'tajne-pola', related: [] }));
    const [projected] = publish([{ ...secret, validTo: null }]);
    const text = serializeCpsv(renderCpsvProcedure(projected as PublicProcedure, { siteUrl: SITE, live }));
    expect(text).not.toContain(SENTINEL);
    expect(text).toContain('tajne-pola');
  });
});
