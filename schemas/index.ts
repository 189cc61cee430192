export { INTERNAL_KEYS, schemas } from './ajv';
export { isCalendarDate } from './dates';
export { describePath, schemaAtPath } from './describe';
export { messages, plural } from './messages.pl';
export { isValidNrb, normalizeNrb } from './nrb';
export type { ValidateOptions, ValidationIssue } from './validate';
export { validateFeedItem, validateProcedure, validateProcedureField, validatePublicProcedure } from './validate';
