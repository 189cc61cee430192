import feedItemSchema from '../schemas/feed-item.schema.json' with { type: 'json' };
import procedureSchema from '../schemas/procedure.schema.json' with { type: 'json' };
import procedureIndexSchema from '../schemas/procedure-index.schema.json' with { type: 'json' };
import publicProcedureSchema from '../schemas/public-procedure.schema.json' with { type: 'json' };
import { absolute, routes } from '../schemas/rules/routes';
import { PUBLIC_SCHEMA_NAMES, type PublicSchemaName } from './publicSchemaNames';

type Json = unknown;
type JsonObject = Record<string, Json>;

/** The JSON Schemas a release publishes (`routes.bipSchema(name)`), by the public document each describes. */
const PUBLIC_SCHEMAS: Record<PublicSchemaName, JsonObject> = {
  'public-procedure.schema.json': publicProcedureSchema as JsonObject,
  'feed-item.schema.json': feedItemSchema as JsonObject,
  'procedure-index.schema.json': procedureIndexSchema as JsonObject,
};

/** Schemas the public ones take definitions from, by the name their `$ref`s use. */
const SOURCES: Record<string, JsonObject> = {
  'procedure.schema.json': procedureSchema as JsonObject,
  'public-procedure.schema.json': publicProcedureSchema as JsonObject,
};

/** Our validator's own keywords (schemas/ajv.ts): a consumer's validator does not know them, and in strict mode refuses them. */
const OWN_KEYWORDS = new Set(['textKind', 'dateWindow', 'x-internal']);
/** NRB with its checksum is our own format; a consumer gets its shape (26 digits, spaces allowed between). */
const NRB_PATTERN = '^(?: *[0-9]){26} *$';

/** The value at a JSON pointer (`/properties/title`). */
function at(schema: JsonObject, pointer: string): Json {
  let value: Json = schema;
  for (const part of pointer.split('/').filter(Boolean)) {
    value = (value as JsonObject | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (value === undefined) throw new Error(`Schemat: brak ${pointer}`);
  }
  return value;
}

/**
 * Copies a subschema of `source` for the published bundle: `$ref`s into other schemas (or into
 * `source` itself, when it is not the published one) become refs into the bundle's `$defs`,
 * filled as they are met; our own keywords go, our own format becomes a pattern.
 */
function copy(value: Json, source: string, defs: JsonObject, root: string): Json {
  if (Array.isArray(value)) return value.map((v) => copy(v, source, defs, root));
  if (typeof value !== 'object' || value === null) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value as JsonObject)) {
    if (OWN_KEYWORDS.has(key)) continue;
    if (key === 'format' && child === 'nrb') out.pattern = NRB_PATTERN;
    else if (key === '$ref' && typeof child === 'string') out.$ref = refInBundle(child, source, defs, root);
    else out[key] = copy(child, source, defs, root);
  }
  return out;
}

function refInBundle(ref: string, source: string, defs: JsonObject, root: string): string {
  const [file = '', pointer = ''] = ref.split('#');
  const target = file === '' ? source : file;
  if (target === root) return `#${pointer}`;
  const name = `${target.replace(/\.schema\.json$/, '')}${pointer.replace(/\//g, '.').replace(/\$/g, '')}`;
  if (!(name in defs)) {
    const schema = SOURCES[target];
    if (!schema) throw new Error(`Schemat: nieznane odwołanie ${ref}`);
    defs[name] = {};
    defs[name] = copy(at(schema, pointer), target, defs, root);
  }
  return `#/$defs/${name}`;
}

/**
 * A public schema as a release publishes it: self-contained (every definition it takes from the
 * exchange schema copied into its `$defs`, so nothing of the exchange format's internal fields is
 * published), under its stable address as `$id`, in plain JSON Schema 2020-12 that any validator
 * reads. Validates exactly what the publisher validates, less our own checks of control
 * characters and the NRB checksum.
 */
export function publishedSchema(name: PublicSchemaName, siteUrl: string): JsonObject {
  const defs: JsonObject = {};
  const body = copy(PUBLIC_SCHEMAS[name], name, defs, name) as JsonObject;
  return {
    ...body,
    $id: absolute(siteUrl, routes.bipSchema(name)),
    $defs: { ...((body.$defs as JsonObject | undefined) ?? {}), ...defs },
  };
}

/** The schema files of a release, by their file in it. */
export function schemaFiles(siteUrl: string): Record<string, string> {
  return Object.fromEntries(
    PUBLIC_SCHEMA_NAMES.map((name) => [
      routes.bipSchema(name).replace(/^\//, ''),
      `${JSON.stringify(publishedSchema(name, siteUrl), null, 2)}\n`,
    ]),
  );
}

/** The address a public JSON document names as its `$schema`. */
export const schemaUrl = (name: PublicSchemaName, siteUrl: string) => absolute(siteUrl, routes.bipSchema(name));
