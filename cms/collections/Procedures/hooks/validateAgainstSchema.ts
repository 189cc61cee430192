import { type CollectionBeforeChangeHook, ValidationError } from 'payload';
import type { ValidationIssue } from '../../../../schemas';
import { messages, validateProcedure } from '../../../../schemas';
import { idOf } from '../../../../schemas/rules/ids';
import { toFieldErrors } from '../../../exchange/fieldErrors';
import { payloadLookups } from '../../../exchange/payloadLookups';
import { toExchange } from '../../../exchange/toExchange';

/**
 * The server-side gate of every write path (admin, REST, GraphQL, Local API): the record, as it
 * will be stored, is checked against `schemas/procedure.schema.json`. A draft may be incomplete but
 * must keep every limit; a published version must pass the whole schema.
 */
export const validateAgainstSchema: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data };
  const lookups = payloadLookups(req.payload, req);
  const record = await toExchange(merged, lookups);
  const partial = merged._status !== 'published';
  const issues: ValidationIssue[] = validateProcedure(record, { partial });

  // Drafts skip Payload's own relationship check: every related procedure must exist, always.
  const relatedIds = (Array.isArray(merged.related) ? merged.related : []).map(idOf);
  for (const [index, id] of relatedIds.entries()) {
    if (!(await lookups.procedureSlug(id))) {
      issues.push({ path: `related.${index}`, code: 'unknown_related', message: messages.unknownRelated(String(id)) });
    }
  }

  if (record.slug) {
    const taken = await req.payload.find({
      collection: 'procedures',
      where: { slug: { equals: record.slug }, ...(originalDoc?.id != null ? { id: { not_equals: originalDoc.id } } : {}) },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    });
    if (taken.docs.length > 0) issues.push({ path: 'slug', code: 'slug_taken', message: messages.slugTaken(record.slug) });
  }

  if (issues.length > 0) {
    req.payload.logger.info({ msg: 'Procedure rejected by schema', slug: record.slug, issues });
    throw new ValidationError({ collection: 'procedures', errors: toFieldErrors(issues), req }, req.t);
  }
  return data;
};
