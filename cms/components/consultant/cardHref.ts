/** The card's own route under the admin (registered in cms/admin/rootViews.ts). */
export const CARD_PATH = '/karta';

/** Where the card of a procedure opens: search results, the recent list and the dashboard link here. */
export const cardHref = (slug: string): string => `/admin${CARD_PATH}/${encodeURIComponent(slug)}`;
