import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type AnySchemaObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import procedureSchema from '../../schemas/procedure.schema.json' with { type: 'json' };
import { E_AUTH_MEANS, ELI_PATTERN, EVIDENCE_FORMATS, ONLINE_PAYMENT_METHODS } from '../../schemas/quality/additions';
import { eAuthLabels, evidenceFormatLabels, onlinePaymentLabels } from '../../schemas/quality/messages.pl';

interface Fragment {
  file: string;
  pointer: string;
  schema: AnySchemaObject;
}

/** The fragments of `schema-additions.md`: a "Target: `file` → `pointer`" line, then a json block. */
function fragments(): Fragment[] {
  const text = readFileSync(join(import.meta.dirname, '../../schemas/quality/schema-additions.md'), 'utf8');
  const found: Fragment[] = [];
  for (const match of text.matchAll(/^Target: `([^`]+)` → `([^`]+)`.*\n\n```json\n([\s\S]*?)\n```/gm)) {
    found.push({ file: match[1] as string, pointer: match[2] as string, schema: JSON.parse(match[3] as string) as AnySchemaObject });
  }
  return found;
}

function fragment(pointer: string, file = 'procedure.schema.json'): AnySchemaObject {
  const found = fragments().find((f) => f.file === file && f.pointer === pointer);
  if (!found) throw new Error(`no fragment for ${file} ${pointer}`);
  return found.schema;
}

/** Compiled against the real exchange schema's $defs, which some fragments refer to. */
function compile(schema: AnySchemaObject) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv, ['date', 'uri']);
  ajv.addFormat('nrb', true);
  return ajv.compile({ ...schema, $defs: (procedureSchema as AnySchemaObject).$defs });
}

describe('proposed schema additions (schema-additions.md)', () => {
  it('has fragments for both schemas, each parseable, each property described in Polish', () => {
    const all = fragments();
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const { schema, pointer } of all) {
      if (schema.$ref && Object.keys(schema).length === 1) continue;
      expect(schema.description, pointer).toMatch(/\S/);
    }
  });

  it('compiles every self-contained fragment in Ajv strict mode', () => {
    for (const { schema, pointer } of fragments()) {
      if (JSON.stringify(schema).includes('$ref')) continue;
      const strict = new Ajv2020({ strict: true });
      expect(() => strict.compile(schema), pointer).not.toThrow();
    }
  });

  it('keeps the enums equal to the lists the checks read, each with a Polish label', () => {
    expect(fragment('#/$defs/step/properties/eAuth').items.enum).toEqual([...E_AUTH_MEANS]);
    expect(fragment('#/$defs/requiredDocument/properties/formats').items.enum).toEqual([...EVIDENCE_FORMATS]);
    expect(fragment('#/$defs/fee/properties/onlinePayment').items.enum).toEqual([...ONLINE_PAYMENT_METHODS]);
    expect(Object.keys(eAuthLabels)).toEqual([...E_AUTH_MEANS]);
    expect(Object.keys(evidenceFormatLabels)).toEqual([...EVIDENCE_FORMATS]);
    expect(Object.keys(onlinePaymentLabels)).toEqual([...ONLINE_PAYMENT_METHODS]);
  });
});

describe('proposed schema additions accept and reject', () => {
  it('accepts the means of logging in of an online step and rejects unknown or contradictory ones', () => {
    const validate = compile(fragment('#/$defs/step/properties/eAuth'));
    expect(validate(['trusted-profile', 'e-id-card', 'mobywatel'])).toBe(true);
    expect(validate(['none'])).toBe(true);
    expect(validate(['profil zaufany'])).toBe(false);
    expect(validate(['none', 'mobywatel'])).toBe(false);
    expect(validate([])).toBe(false);
    expect(validate(['eidas', 'eidas'])).toBe(false);
  });

  it('accepts evidence formats, their notes and online payment methods within limits', () => {
    expect(compile(fragment('#/$defs/requiredDocument/properties/formats'))(['paper-original', 'scan'])).toBe(true);
    const notes = compile(fragment('#/$defs/requiredDocument/properties/formatNotes'));
    expect(notes('tłumaczenie przysięgłe dokumentów w języku obcym')).toBe(true);
    expect(notes('x'.repeat(301))).toBe(false);
    const payment = compile(fragment('#/$defs/fee/properties/onlinePayment'));
    expect(payment(['blik', 'card'])).toBe(true);
    expect(payment(['none', 'blik'])).toBe(false);
  });

  it('accepts ELI identifiers per legal-basis entry, null meaning "no ELI"', () => {
    const validate = compile(fragment('#/properties/legalBasisEli'));
    const entry = 'ustawa z dnia 8 marca 1990 r. o samorządzie gminnym (Dz. U. z 2024 r. poz. 1465 z późn. zm.)';
    expect(
      validate([
        { entry, eli: 'DU/2024/1465' },
        { entry: 'uchwała Rady Miejskiej w Łodzi', eli: null },
      ]),
    ).toBe(true);
    expect(validate([{ entry, eli: 'DU/2024/0' }])).toBe(false);
    expect(validate([{ entry, eli: 'WDU20240001465' }])).toBe(false);
    expect(validate([{ entry }])).toBe(false);
    expect(ELI_PATTERN.test('MP/2021/10')).toBe(true);
  });

  it('points every public-schema reference at a fragment proposed for the exchange schema', () => {
    const exchangeTargets = new Set(
      fragments()
        .filter((f) => f.file === 'procedure.schema.json')
        .map((f) => f.pointer),
    );
    for (const { file, schema } of fragments().filter((f) => f.file === 'public-procedure.schema.json')) {
      const ref = String(schema.$ref ?? '');
      if (!ref.startsWith('procedure.schema.json#/$defs/date')) {
        expect(exchangeTargets.has(ref.replace('procedure.schema.json', '')), `${file} ${ref}`).toBe(true);
      }
    }
  });
});
