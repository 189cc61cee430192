import { absolute } from '../../schemas/rules/routes';

/** A URL with a scheme (an e-form on ePUAP, a file already absolute); a route has none. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A link of the section model as a full URL, for what is read away from the portal (the PDF card,
 * CPSV-AP): a route under the portal's address, an external address as it is.
 */
export function absoluteUrl(siteUrl: string, routeOrUrl: string): string {
  if (HAS_SCHEME.test(routeOrUrl)) return routeOrUrl;
  return absolute(siteUrl, routeOrUrl.startsWith('/') ? routeOrUrl : `/${routeOrUrl}`);
}
