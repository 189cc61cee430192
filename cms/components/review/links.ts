/** Addresses of the review views of one procedure, under the admin's own route. */
export interface ReviewPlace {
  adminRoute: string;
  id: number | string;
}

const documentPath = ({ adminRoute, id }: ReviewPlace) => `${adminRoute.replace(/\/$/, '')}/collections/procedures/${id}`;

/** The comparison's path segment, also registered as the view's path in cms/admin/procedureViews.ts. */
export const COMPARISON_PATH = '/porownanie';

/** The comparison of two versions (keys of versionChoices.ts); without keys, the draft against the live version. */
export function comparisonHref(place: ReviewPlace, keys: { from?: string | undefined; to?: string | undefined; showAll?: boolean } = {}) {
  const query = new URLSearchParams();
  if (keys.from) query.set('od', keys.from);
  if (keys.to) query.set('do', keys.to);
  if (keys.showAll) query.set('wszystkie', 'tak');
  const search = query.toString();
  return `${documentPath(place)}${COMPARISON_PATH}${search ? `?${search}` : ''}`;
}

/** Payload's versions path, where the version history is shown. */
export const historyHref = (place: ReviewPlace) => `${documentPath(place)}/versions`;
