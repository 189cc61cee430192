/**
 * The CMS's anonymous API in the OpenAPI description (openapi.ts): what it answers a reader who
 * is not signed in (cms/collections: `register-entries` — live approved versions and their public
 * fields; `departments` — names and units; `/health`), and the residents' error report.
 * Payload's REST conventions: lists paginated (`limit`, `page`, `sort`, `where`).
 */
import { routes } from '../../schemas/rules/routes';

type Json = Record<string, unknown>;

export interface ApiAddresses {
  /** The portal's address (PUBLIC_URL). */
  siteUrl: string;
  /** The API's address (ADMIN_URL; the portal's when the two share an origin). */
  apiUrl: string;
}

const json = (description: string, schema: Json): Json => ({ description, content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ERROR = json('Błąd zapytania (komunikat po polsku).', ref('Errors'));

function read(operationId: string, summary: string, schema: Json, parameters: Json[]): Json {
  return {
    get: {
      operationId,
      tags: ['API'],
      summary,
      security: [],
      parameters,
      responses: { 200: json('Wynik.', schema), 400: ERROR, 404: json('Nie ma takiego zapisu.', ref('Errors')) },
    },
  };
}

const LIST = ['Limit', 'Page', 'Sort', 'Where', 'Depth'].map((name) => ({ $ref: `#/components/parameters/${name}` }));
const ID = { name: 'id', in: 'path', required: true, description: 'Identyfikator zapisu', schema: { type: ['integer', 'string'] } };

/** The paths the API's address answers (each with `servers`: not the portal's address when the API has its own). */
export function apiPaths({ apiUrl }: ApiAddresses): Json {
  const servers = [{ url: apiUrl.replace(/\/+$/, ''), description: 'API CMS' }];
  const on = (item: Json) => ({ servers, ...item });
  return {
    '/api/register-entries': on(
      read('listRegisterEntries', 'Obowiązujące zatwierdzone wersje procedur (rejestr zmian)', ref('RegisterEntryList'), LIST),
    ),
    '/api/register-entries/{id}': on(read('getRegisterEntry', 'Jedna obowiązująca wersja procedury', ref('RegisterEntry'), [ID])),
    '/api/departments': on(read('listDepartments', 'Komórki organizacyjne', ref('DepartmentList'), LIST)),
    '/api/departments/{id}': on(read('getDepartment', 'Jedna komórka organizacyjna', ref('Department'), [ID])),
    [routes.health()]: on({
      get: {
        operationId: 'health',
        tags: ['API'],
        summary: 'Czy CMS i jego baza danych działają (formularz „Zgłoś błąd” sprawdza to przed wysłaniem)',
        security: [],
        responses: { 200: json('Działa.', ref('Health')), 503: json('Nie działa.', ref('Health')) },
      },
    }),
    [routes.feedback()]: on({
      post: {
        operationId: 'reportError',
        tags: ['API'],
        summary: 'Zgłoszenie błędu w opisie procedury przez mieszkańca (bez danych osobowych)',
        security: [],
        requestBody: {
          required: true,
          content: { 'application/x-www-form-urlencoded': { schema: ref('Feedback') }, 'application/json': { schema: ref('Feedback') } },
        },
        responses: {
          200: { description: 'Podziękowanie (strona HTML, dla formularza).', content: { 'text/html': { schema: { type: 'string' } } } },
          201: json('Przyjęte.', { type: 'object', properties: { message: { type: 'string' } } }),
          400: ERROR,
          429: { description: 'Za dużo zgłoszeń z tego adresu; spróbuj później.' },
        },
      },
    }),
  };
}

const timestamps = { createdAt: { type: 'string', format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' } };

/** Payload's paginated list of `item`. */
const page = (item: string): Json => ({
  type: 'object',
  required: ['docs', 'totalDocs', 'limit', 'page'],
  properties: {
    docs: { type: 'array', items: ref(item) },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    totalPages: { type: 'integer' },
    page: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasPrevPage: { type: 'boolean' },
    hasNextPage: { type: 'boolean' },
    prevPage: { type: ['integer', 'null'] },
    nextPage: { type: ['integer', 'null'] },
  },
});

const integer = (description: string, extra: Json = {}) => ({ in: 'query', description, schema: { type: 'integer', ...extra } });

export const apiComponents: { parameters: Json; schemas: Json } = {
  parameters: {
    Limit: { name: 'limit', ...integer('Ile zapisów na stronie (0: wszystkie)', { minimum: 0 }) },
    Page: { name: 'page', ...integer('Numer strony wyników', { minimum: 1 }) },
    Sort: { name: 'sort', in: 'query', description: 'Pole sortowania; „-” przed nazwą: malejąco', schema: { type: 'string' } },
    Where: {
      name: 'where',
      in: 'query',
      style: 'deepObject',
      explode: true,
      description: 'Filtr Payload, np. where[slug][equals]=wymiana-dowodu-osobistego (tylko po polach publicznych)',
      schema: { type: 'object' },
    },
    Depth: { name: 'depth', ...integer('Głębokość rozwijania powiązań', { minimum: 0, maximum: 3 }) },
  },
  schemas: {
    RegisterEntry: {
      type: 'object',
      description: 'Zatwierdzona wersja procedury obowiązująca dziś: jej metryka i treść publiczna (jak JSON procedury w BIP).',
      required: ['id', 'slug', 'title', 'kind', 'version', 'decidedAt', 'publicContent'],
      properties: {
        id: { type: ['integer', 'string'] },
        slug: { type: 'string' },
        title: { type: 'string' },
        kind: { const: 'approval' },
        version: { type: 'integer', minimum: 1 },
        note: { type: ['string', 'null'], description: 'Opis zmiany' },
        decidedByName: { type: 'string', description: 'Zatwierdził(a)' },
        decidedAt: { type: 'string', format: 'date-time' },
        submittedByName: { type: ['string', 'null'] },
        submittedAt: { type: ['string', 'null'], format: 'date-time' },
        isLive: { const: true },
        files: { type: ['array', 'null'], description: 'Pliki zatwierdzonej wersji (nazwa, SHA-256, rozmiar, typ)' },
        publicContent: ref('PublicProcedure'),
        ...timestamps,
      },
    },
    RegisterEntryList: page('RegisterEntry'),
    Department: {
      type: 'object',
      required: ['id', 'name', 'unit'],
      properties: { id: { type: ['integer', 'string'] }, name: { type: 'string' }, unit: { type: 'string' }, ...timestamps },
    },
    DepartmentList: page('Department'),
    Health: { type: 'object', required: ['status'], properties: { status: { enum: ['ok', 'error'] } } },
    Feedback: {
      type: 'object',
      required: ['procedure', 'message'],
      properties: {
        procedure: { type: 'string', description: 'Identyfikator procedury (slug)' },
        message: { type: 'string', maxLength: 1000, description: 'Co jest nieaktualne lub błędne (bez danych osobowych)' },
        return: { type: 'string', description: 'Ścieżka strony portalu, do której prowadzi podziękowanie' },
      },
    },
    Errors: {
      type: 'object',
      properties: { errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' } } } } },
    },
  },
};
