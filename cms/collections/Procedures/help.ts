import { schemaAtPath, schemas } from '../../../schemas';

/** A limit read from the schema, so that help texts never restate a number. */
export function maxLengthOf(path: string): number {
  const located = schemaAtPath(schemas.procedure, path.split('.'));
  const max = located?.node.maxLength;
  if (typeof max !== 'number') throw new Error(`No maxLength in schema at ${path}`);
  return max;
}

export const LIMITS = {
  title: maxLengthOf('title'),
  summary: maxLengthOf('summary'),
  stepName: maxLengthOf('steps.0.name'),
  stepComment: maxLengthOf('steps.0.comment'),
} as const;
