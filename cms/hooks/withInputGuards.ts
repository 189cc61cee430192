import type { CollectionConfig } from 'payload';
import { guardInput } from './guardInput';
import { refuseControlCharacters } from './refuseControlCharacters';

/**
 * Every collection checks its input before its own hooks run: ids and the shape of the data
 * (guardInput), and characters no output can carry (refuseControlCharacters) — except where the
 * collection's schema check says the same per field with better words (procedures).
 */
export function withInputGuards(collection: CollectionConfig, { controlCharacters = true } = {}): CollectionConfig {
  const hooks = collection.hooks ?? {};
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [guardInput(collection), ...(hooks.beforeOperation ?? [])],
      beforeValidate: [...(controlCharacters ? [refuseControlCharacters(collection)] : []), ...(hooks.beforeValidate ?? [])],
    },
  };
}
