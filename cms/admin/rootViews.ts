import type { Config } from 'payload';

type RootViews = NonNullable<NonNullable<NonNullable<Config['admin']>['components']>['views']>;

/** Admin views outside any one document (e.g. the consultant's card and search), registered in payload.config.ts. */
export const rootViews: RootViews = {};
