import { slugify } from '../schemas/rules/slug';
import type { PublishedProcedure } from './types';

/** What the Astro portal is built from (one JSON file per release build). */
export interface SiteData {
  generatedAt: string;
  siteUrl: string;
  /** The API's address (where the "Zgłoś błąd" form posts; the portal's own when they share an origin). */
  apiUrl: string;
  /** Each PDF card's size in bytes, by slug (known once the cards are made; the pages show it). */
  cardBytes?: Record<string, number>;
  procedures: PublishedProcedure[];
  departments: { slug: string; name: string; unit: string; procedures: { slug: string; title: string }[] }[];
}

function departmentSlug(name: string): string {
  return slugify(name);
}

export function buildSiteData(
  published: readonly PublishedProcedure[],
  siteUrl: string,
  generatedAt: string,
  extra: { apiUrl?: string; cardBytes?: Record<string, number> } = {},
): SiteData {
  const collator = new Intl.Collator('pl', { sensitivity: 'base' });
  const byDepartment = new Map<string, SiteData['departments'][number]>();
  for (const { procedure: p } of published) {
    const slug = departmentSlug(p.department);
    const department = byDepartment.get(slug) ?? { slug, name: p.department, unit: p.unit, procedures: [] };
    department.procedures.push({ slug: p.slug, title: p.title });
    byDepartment.set(slug, department);
  }
  const departments = [...byDepartment.values()]
    .map((d) => ({ ...d, procedures: d.procedures.sort((a, b) => collator.compare(a.title, b.title)) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return {
    generatedAt,
    siteUrl,
    apiUrl: extra.apiUrl ?? siteUrl,
    ...(extra.cardBytes ? { cardBytes: extra.cardBytes } : {}),
    procedures: [...published].sort((a, b) => collator.compare(a.procedure.title, b.procedure.title)),
    departments,
  };
}
