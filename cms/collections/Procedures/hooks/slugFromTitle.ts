import type { FieldHook } from 'payload';
import { slugify } from '../../../../schemas/rules/slug';

/** An empty slug is made from the title once; a set slug is never changed by this hook. */
export const slugFromTitle: FieldHook = ({ value, data, originalDoc }) => {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof originalDoc?.slug === 'string' && originalDoc.slug.length > 0) return originalDoc.slug;
  const title = data?.title;
  return typeof title === 'string' && title.trim() ? slugify(title) : value;
};

/** A copy gets its own slug ("…-kopia", then "…-kopia-2" …); the unique check reports a clash. */
export const slugOfCopy: FieldHook = ({ value }) => {
  const base = typeof value === 'string' && value ? value.replace(/-kopia(-\d+)?$/, '') : 'procedura';
  return `${base.slice(0, 100)}-kopia-${Date.now().toString(36)}`;
};
