/**
 * The OpenAPI 3.1 description of the public read API (`routes.bipOpenApi()`): the static BIP
 * files of each release on the portal's address, and the anonymous reads the CMS answers on the
 * API's address (the live change register, the departments, the health check), plus the
 * residents' error report the portal's form posts. Pure: the publisher writes it.
 */
import { absolute, routes } from '../../schemas/rules/routes';
import { type ApiAddresses, apiComponents, apiPaths } from './openapiApi';

type Json = Record<string, unknown>;

const text = (type: string, description: string, schema: Json = { type: 'string' }): Json => ({
  description,
  content: { [type]: { schema } },
});
const NOT_FOUND = { description: 'Nie ma takiego pliku (procedura nieopublikowana lub wycofana).' };

/** One GET of a static file of the release. */
function file(operationId: string, summary: string, ok: Json, parameters: Json[] = []): Json {
  return {
    get: {
      operationId,
      tags: ['Pliki BIP'],
      summary,
      ...(parameters.length > 0 ? { parameters } : {}),
      responses: { 200: ok, ...(parameters.length > 0 ? { 404: NOT_FOUND } : {}) },
    },
  };
}

const slug: Json = { $ref: '#/components/parameters/Slug' };

/** The static files every release publishes, at their routes (schemas/rules/routes.ts). */
function filePaths(schemaNames: readonly string[]): Json {
  return {
    [routes.bipFeedAtom()]: file('feedAtom', 'Obowiązujące procedury (Atom 1.0)', text('application/atom+xml', 'Kanał Atom.')),
    [routes.bipFeedJson()]: file(
      'feedJson',
      'Obowiązujące procedury (JSON Feed 1.1) z metryką BIP',
      text('application/feed+json', 'Kanał JSON Feed 1.1; każda pozycja zgodna ze schematem pozycji kanału.', {
        $ref: '#/components/schemas/JsonFeed',
      }),
    ),
    [routes.bipChangesAtom()]: file(
      'changesAtom',
      'Rejestr zmian wszystkich procedur (Atom 1.0)',
      text('application/atom+xml', 'Kanał Atom.'),
    ),
    [routes.bipIndexJson()]: file(
      'procedureIndex',
      'Spis obowiązujących procedur z adresami ich danych',
      text('application/json', 'Spis procedur.', { $ref: '#/components/schemas/ProcedureIndex' }),
    ),
    [routes.bipProcedureJson('{slug}')]: file(
      'procedureJson',
      'Opis jednej procedury z metryką BIP i rejestrem zmian',
      text('application/json', 'Opis procedury.', { $ref: '#/components/schemas/PublicProcedure' }),
      [slug],
    ),
    [routes.bipProcedureJsonLd('{slug}')]: file(
      'procedureJsonLd',
      'Opis jednej procedury w modelu CPSV-AP 3.2.0 (JSON-LD)',
      text('application/ld+json', 'Dokument JSON-LD.', { type: 'object' }),
      [slug],
    ),
    [routes.bipCatalogueJsonLd()]: file(
      'catalogueJsonLd',
      'Wszystkie obowiązujące procedury w modelu CPSV-AP 3.2.0 (JSON-LD)',
      text('application/ld+json', 'Dokument JSON-LD.', { type: 'object' }),
    ),
    [routes.card('{slug}')]: file(
      'procedureCard',
      'Karta procedury do wydruku (PDF/UA)',
      text('application/pdf', 'Plik PDF.', { type: 'string', contentMediaType: 'application/pdf' }),
      [slug],
    ),
    [routes.bipSchema('{name}')]: file(
      'jsonSchema',
      'Schemat JSON dokumentów BIP (JSON Schema 2020-12)',
      text('application/schema+json', 'Schemat JSON.', { type: 'object' }),
      [{ name: 'name', in: 'path', required: true, description: 'Nazwa schematu', schema: { enum: [...schemaNames] } }],
    ),
    [routes.bipOpenApi()]: file(
      'openApi',
      'Ten opis interfejsu (OpenAPI 3.1)',
      text('application/json', 'Dokument OpenAPI.', { type: 'object' }),
    ),
    [routes.sitemap()]: file('sitemap', 'Mapa strony portalu (Sitemaps 0.9)', text('application/xml', 'Mapa strony.')),
    [routes.robots()]: file('robots', 'Zasady dla robotów indeksujących', text('text/plain', 'robots.txt.')),
  };
}

/** The static files' own shapes: the JSON Feed; the public schemas (a procedure, a feed item, the index) by their published address. */
function fileComponents(siteUrl: string): Json {
  const schema = (name: string) => ({ $ref: absolute(siteUrl, routes.bipSchema(name)) });
  return {
    PublicProcedure: schema('public-procedure.schema.json'),
    FeedItem: schema('feed-item.schema.json'),
    JsonFeed: {
      type: 'object',
      required: ['version', 'title', 'items'],
      properties: {
        version: { const: 'https://jsonfeed.org/version/1.1' },
        title: { type: 'string' },
        home_page_url: { type: 'string', format: 'uri' },
        feed_url: { type: 'string', format: 'uri' },
        language: { const: 'pl' },
        _bip: { type: 'object', properties: { itemSchema: { type: 'string', format: 'uri' } } },
        items: { type: 'array', items: { $ref: '#/components/schemas/FeedItem' } },
      },
    },
    ProcedureIndex: schema('procedure-index.schema.json'),
  };
}

/** The whole description as a JSON value (`schemaNames`: the schemas the release publishes). */
export function openApiDocument(site: ApiAddresses, schemaNames: readonly string[]): Json {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Procedury Urzędu Miasta Łodzi — dane publiczne BIP',
      version: '1.0.0',
      summary: 'Opisy procedur z metryką BIP: pliki statyczne każdego wydania i publiczny odczyt rejestru zmian.',
      description:
        'Pliki BIP (kanały Atom i JSON Feed, JSON procedur, CPSV-AP JSON-LD, karty PDF, schematy JSON) są statyczne i dostępne pod adresem portalu. Publiczny odczyt API CMS (bez logowania) zwraca tylko obowiązujące, zatwierdzone wersje i ich pola publiczne. Dokumentacja z przykładami: strona /bip/ portalu.',
      contact: { name: 'Urząd Miasta Łodzi — Łódzkie Centrum Kontaktu z Mieszkańcami', url: absolute(site.siteUrl, routes.bip()) },
    },
    servers: [{ url: site.siteUrl.replace(/\/+$/, ''), description: 'Portal mieszkańca i pliki BIP' }],
    tags: [
      { name: 'Pliki BIP', description: 'Pliki każdego wydania portalu (statyczne, bez logowania).' },
      { name: 'API', description: 'Publiczny odczyt API CMS (bez logowania).' },
    ],
    paths: { ...filePaths(schemaNames), ...apiPaths(site) },
    components: {
      parameters: {
        Slug: {
          name: 'slug',
          in: 'path',
          required: true,
          description: 'Stały identyfikator procedury',
          schema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
        },
        ...(apiComponents.parameters as Json),
      },
      schemas: { ...fileComponents(site.siteUrl), ...(apiComponents.schemas as Json) },
    },
  };
}

/** The file's text. */
export const renderOpenApi = (site: ApiAddresses, schemaNames: readonly string[]) =>
  `${JSON.stringify(openApiDocument(site, schemaNames), null, 2)}\n`;
