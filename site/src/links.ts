import { routes } from '../../schemas/rules/routes';

/** A `<link rel="alternate">` of a page: another format of what it shows. */
export interface Alternate {
  type: string;
  title: string;
  href: string;
}

/** The BIP feeds every page of the portal names (issue 13: discoverable by readers and crawlers). */
export const FEEDS: readonly Alternate[] = [
  { type: 'application/atom+xml', title: 'Procedury (BIP, Atom)', href: routes.bipFeedAtom() },
  { type: 'application/feed+json', title: 'Procedury (BIP, JSON Feed)', href: routes.bipFeedJson() },
  { type: 'application/atom+xml', title: 'Rejestr zmian procedur (BIP, Atom)', href: routes.bipChangesAtom() },
];

/** A procedure's own data: its public JSON and its CPSV-AP JSON-LD. */
export const procedureAlternates = (slug: string): Alternate[] => [
  { type: 'application/json', title: 'Dane procedury (JSON)', href: routes.bipProcedureJson(slug) },
  { type: 'application/ld+json', title: 'Dane procedury (CPSV-AP, JSON-LD)', href: routes.bipProcedureJsonLd(slug) },
];
