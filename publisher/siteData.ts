import { slugify } from '../schemas/rules/slug';
import type { PublishedProcedure } from './types';

/** What the Astro portal is built from (one JSON file per release build). */
export interface SiteData {
  generatedAt: string;
  siteUrl: string;
  procedures: PublishedProcedure[];
  departments: { slug: string; name: string; unit: string; procedures: { slug: string; title: string }[] }[];
}

function departmentSlug(name: string): string {
  return slugify(name);
}

export function buildSiteData(published: readonly PublishedProcedure[], siteUrl: string, generatedAt: string): SiteData {
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
    procedures: [...published].sort((a, b) => collator.compare(a.procedure.title, b.procedure.title)),
    departments,
  };
}
