export { selectLive } from '../schemas/rules/live';
export { PublishBusyError } from './lock';
export { type PublishOptions, type PublishSummary, PublishValidationError, publish, TEMPLATE_VERSION } from './publish';
export { refreshSearch } from './refreshSearch';
