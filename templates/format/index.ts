/**
 * Every formatting rule of what a resident or a member of staff reads: the portal, the PDF card and
 * the admin use these and write none of their own. Intl and plain TypeScript only (no Node API),
 * so the admin's browser bundle can import them as they are.
 */

export { formatDate, formatDateTime } from './dates';
export { DURATION_UNITS, type DurationUnit, formatDuration } from './durations';
export { formatFee, NO_FEES } from './fees';
export { FILE_TYPES, fileDetails, fileTypeLabel, formatFileSize, type MediaType } from './files';
export { countOf, formatNumber, type PluralForms, pluralForm } from './plural';
