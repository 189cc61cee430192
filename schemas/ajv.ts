import type { AnySchemaObject } from 'ajv/dist/2020';
import Ajv2020 from 'ajv/dist/2020';
import type { SchemaValidateFunction } from 'ajv/dist/types';
import addFormats from 'ajv-formats';
import { findDisallowedCharacter, type TextKind } from './controlCharacters';
import { isCalendarDate } from './dates';
import feedItemSchema from './feed-item.schema.json' with { type: 'json' };
import { isValidNrb } from './nrb';
import procedureSchema from './procedure.schema.json' with { type: 'json' };
import publicProcedureSchema from './public-procedure.schema.json' with { type: 'json' };

export const PROCEDURE_SCHEMA_ID = procedureSchema.$id;
export const PUBLIC_PROCEDURE_SCHEMA_ID = publicProcedureSchema.$id;
export const FEED_ITEM_SCHEMA_ID = feedItemSchema.$id;

interface DateWindow {
  from: string;
  to: string;
}

/** Custom keyword: `{"dateWindow": {"from": "validFrom", "to": "validTo"}}` — `to` may not precede `from`. */
const validateDateWindow: SchemaValidateFunction = (schema: DateWindow, data: Record<string, unknown>, _parentSchema, dataCxt) => {
  const from = data?.[schema.from];
  const to = data?.[schema.to];
  // Impossible dates are reported by `format`; the window is compared only between real dates.
  if (typeof from !== 'string' || typeof to !== 'string' || !isCalendarDate(from) || !isCalendarDate(to) || to >= from) return true;
  validateDateWindow.errors = [
    {
      keyword: 'dateWindow',
      instancePath: `${dataCxt?.instancePath ?? ''}/${schema.to}`,
      params: { from, to, fromKey: schema.from, toKey: schema.to },
      message: 'window reversed',
    },
  ];
  return false;
};

/** Custom keyword: `{"textKind": "line" | "multiline"}` — no control characters (multi-line text keeps tab and newlines). */
const validateTextKind: SchemaValidateFunction = (kind: TextKind, data: unknown, _parentSchema, dataCxt) => {
  if (typeof data !== 'string') return true;
  const found = findDisallowedCharacter(data, kind);
  if (!found) return true;
  validateTextKind.errors = [
    { keyword: 'textKind', instancePath: dataCxt?.instancePath ?? '', params: { ...found, kind }, message: 'control' },
  ];
  return false;
};

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true });
  addFormats(ajv, ['date', 'date-time', 'uri']);
  ajv.addFormat('nrb', { type: 'string', validate: isValidNrb });
  // Annotation only: names the keys that never leave the CMS (template footnote *).
  ajv.addKeyword({ keyword: 'x-internal', schemaType: 'array' });
  ajv.addKeyword({
    keyword: 'dateWindow',
    type: 'object',
    schemaType: 'object',
    errors: true,
    validate: validateDateWindow,
  });
  ajv.addKeyword({
    keyword: 'textKind',
    type: 'string',
    schemaType: 'string',
    errors: true,
    validate: validateTextKind,
  });
  ajv.addSchema(procedureSchema as AnySchemaObject);
  ajv.addSchema(publicProcedureSchema as AnySchemaObject);
  ajv.addSchema(feedItemSchema as AnySchemaObject);
  return ajv;
}

export const ajv = createAjv();

export const schemas = {
  procedure: procedureSchema as AnySchemaObject,
  publicProcedure: publicProcedureSchema as AnySchemaObject,
  feedItem: feedItemSchema as AnySchemaObject,
} as const;

/** Keys of the exchange format that are internal (never published). */
export const INTERNAL_KEYS: readonly string[] = procedureSchema['x-internal'];
