/**
 * The JSON Schemas each release publishes at `routes.bipSchema(name)`: one per kind of public JSON
 * document (a procedure's JSON, a JSON Feed item, the index of procedures). A list of names only, so the page plan (which
 * `astro build` loads too) does not carry the schemas themselves.
 */
export const PUBLIC_SCHEMA_NAMES = ['public-procedure.schema.json', 'feed-item.schema.json', 'procedure-index.schema.json'] as const;
export type PublicSchemaName = (typeof PUBLIC_SCHEMA_NAMES)[number];
