import type { CollectionConfig } from 'payload';

type EditViews = NonNullable<NonNullable<NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']>['edit']>;

/**
 * The procedure's own views in the admin beside the edit form (tabs of the document): the
 * comparison with the live version, the preview, the version history, the consultant's card.
 * Each is registered here, so the collection config stays a list of fields.
 */
export const procedureViews: EditViews = {};
