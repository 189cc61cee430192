/**
 * CPSV-AP 3.2.0 validation for tests: JSON-LD → RDF with jsonld.js (the official context served from
 * tests/fixtures/cpsv-ap, never the network), then the official SHACL shapes with rdf-validate-shacl.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { CPSV_CONTEXT_URL } from '../../templates/cpsv/vocabulary';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'cpsv-ap');
const officialContext: unknown = JSON.parse(readFileSync(path.join(FIXTURES, 'cpsv-ap.jsonld'), 'utf8'));

/** Serves the official context from the local copy; any other URL is an error, so nothing is fetched. */
export async function documentLoader(url: string): Promise<RemoteDocument> {
  if (url !== CPSV_CONTEXT_URL) throw new Error(`Testy nie pobierają dokumentów z sieci: ${url}`);
  return { document: officialContext as RemoteDocument['document'], documentUrl: url };
}

/**
 * The document as RDF. Safe mode makes jsonld.js fail instead of silently dropping a term the
 * contexts do not define or a relative IRI: a typo would otherwise vanish and still "conform".
 */
export async function toDataset(document: object): Promise<Store> {
  // `safe` is newer than jsonld.js's published types.
  const options: jsonld.Options.ToRdf & { safe: boolean } = { format: 'application/n-quads', documentLoader, safe: true };
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, options)) as string;
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

let validator: SHACLValidator | undefined;

/**
 * A validator of the official shapes, made once per test file (building it costs more than
 * validating one procedure); each `validate` starts a fresh report, so reuse is safe.
 */
function shapesValidator(): SHACLValidator {
  const shapes = () => readFileSync(path.join(FIXTURES, 'cpsv-ap-SHACL.ttl'), 'utf8');
  validator ??= new SHACLValidator(new Store(new Parser({ format: 'Turtle' }).parse(shapes())));
  return validator;
}

export interface ShaclResult {
  focusNode: string;
  path: string;
  /** The constraint component, e.g. http://www.w3.org/ns/shacl#MinCountConstraintComponent. */
  constraint: string;
  severity: string;
  message: string;
}

export interface ShaclReport {
  conforms: boolean;
  results: ShaclResult[];
}

/** Validates one JSON-LD document against the CPSV-AP 3.2.0 shapes; every result, not just the first. */
export async function validateCpsv(document: object): Promise<ShaclReport> {
  const data = await toDataset(document);
  const report = await shapesValidator().validate(data);
  return {
    conforms: report.conforms,
    results: report.results.map((r) => ({
      focusNode: r.focusNode?.value ?? '',
      path: r.path?.value ?? '',
      constraint: r.sourceConstraintComponent?.value ?? '',
      severity: r.severity?.value ?? '',
      message: r.message.map((m) => m.value).join(' '),
    })),
  };
}

/** A report as lines a failing test prints: which node, which property, what is wrong. */
export const describeResults = (report: ShaclReport) =>
  report.results.map((r) => `${r.focusNode} ${r.path}: ${r.constraint.replace(/^.*#/, '')} ${r.message}`).join('\n');
