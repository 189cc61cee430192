import type { Config } from 'payload';
import { CARD_PATH } from '../components/consultant/cardHref';

type RootViews = NonNullable<NonNullable<NonNullable<Config['admin']>['components']>['views']>;

/** Admin views outside any one document (e.g. the consultant's card and search), registered in payload.config.ts. */
export const rootViews: RootViews = {
  // The consultant's card by the procedure's slug, where the call center's dashboard leads (cms/components/consultant).
  consultantCard: {
    Component: '/components/consultant/ConsultantCardView#ConsultantCardView',
    path: `${CARD_PATH}/:slug`,
    exact: true,
    meta: { title: 'Karta konsultanta' },
  },
};
