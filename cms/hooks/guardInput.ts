import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, NotFound, ValidationError } from 'payload';
import { messages } from '../../schemas';
import { databaseKind } from '../database';
import { checkInputShape, type ShapeProblem } from './inputShape';
import { whereProblem } from './queryShape';

const EXPECTED: Record<ShapeProblem['expected'], string> = {
  text: 'string',
  number: 'number',
  boolean: 'boolean',
  object: 'object',
  array: 'array',
  id: 'identyfikator',
  date: 'data',
  option: 'jedna z wartości listy',
};

const numericIds = () => databaseKind() !== 'mongodb';
const isValidId = (id: unknown) => (numericIds() ? /^[1-9]\d{0,14}$/.test(String(id)) : /^[0-9a-f]{24}$/i.test(String(id)));

/**
 * Before any operation of a collection: an id in the URL that cannot be an id is a 404, incoming
 * data of the wrong shape (see inputShape.ts) or naming a document that does not exist is a 400
 * with the field's Polish label — never a 500 from deep inside Payload or the database.
 */
export function guardInput(collection: CollectionConfig): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    const { id, data, where } = args as { id?: unknown; data?: unknown; where?: unknown };
    if (id !== undefined && id !== null && !isValidId(id)) throw new NotFound(req.t);
    const badQuery = whereProblem(where, collection.fields, numericIds());
    if (badQuery) throw new APIError(badQuery, 400, undefined, true);
    if ((operation !== 'create' && operation !== 'update') || data === undefined) return args;
    const { problems, references } = checkInputShape(collection.fields, data, { numericIds: numericIds() });
    const errors = problems.map((p) => ({ path: p.path, label: p.label, message: messages.type(p.label, EXPECTED[p.expected]) }));
    const byCollection = new Map<string, typeof references>();
    for (const reference of references)
      byCollection.set(reference.collection, [...(byCollection.get(reference.collection) ?? []), reference]);
    for (const [target, refs] of byCollection) {
      const ids = [...new Set(refs.map((r) => String(r.id)))];
      const found = await req.payload.find({
        collection: target as never,
        where: { id: { in: ids } },
        limit: ids.length,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        ...(target === 'procedures' ? { draft: true } : {}),
        req,
      });
      const existing = new Set(found.docs.map((doc) => String((doc as { id: unknown }).id)));
      for (const ref of refs)
        if (!existing.has(String(ref.id)))
          errors.push({ path: ref.path, label: ref.label, message: messages.notFound(ref.label, String(ref.id)) });
    }
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req }, req.t);
    return args;
  };
}
