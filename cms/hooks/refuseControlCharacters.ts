import { type CollectionBeforeValidateHook, type CollectionConfig, type Field, ValidationError } from 'payload';
import { messages } from '../../schemas';
import { codePointLabel, findDisallowedCharacter } from '../../schemas/controlCharacters';

type Label = string | { pl?: string } | undefined;

function labelOf(fields: readonly Field[], name: string): string {
  for (const field of fields) {
    if ('name' in field && field.name === name) {
      const label = (field as { label?: Label }).label;
      return typeof label === 'string' ? label : (label?.pl ?? name);
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      const found = labelOf(field.fields, name);
      if (found !== name) return found;
    }
  }
  return name;
}

/** The first string anywhere in the data with a character no output can carry, with its top-level field. */
function findInData(value: unknown, field: string): { field: string; codePoint: number; position: number } | undefined {
  if (typeof value === 'string') {
    const found = findDisallowedCharacter(value, 'multiline');
    return found ? { field, ...found } : undefined;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findInData(item, field);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) {
      const found = findInData(item, field);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Control characters (other than tab and newlines), lone surrogates and non-characters are
 * refused in every collection, with the field's Polish label: nothing stored can break a feed or
 * be cut short by the database. (Procedures get the schema's own, per-field rule.)
 */
export function refuseControlCharacters(collection: CollectionConfig): CollectionBeforeValidateHook {
  return ({ data, req }) => {
    for (const [name, value] of Object.entries(data ?? {})) {
      const found = findInData(value, name);
      if (!found) continue;
      const label = labelOf(collection.fields, name);
      const message = messages.controlCharacter(label, codePointLabel(found.codePoint), found.position);
      throw new ValidationError({ collection: collection.slug, errors: [{ path: name, label, message }], req }, req.t);
    }
    return data;
  };
}
