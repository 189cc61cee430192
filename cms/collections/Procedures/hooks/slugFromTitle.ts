import type { FieldHook } from 'payload';

const POLISH: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };

/** A short, stable tag of a text (FNV-1a, base 36): the slug of a title with no letters or digits. */
function tagOf(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * "Wymiana dowodu osobistego – Łódź" → "wymiana-dowodu-osobistego-lodz". A title with nothing
 * to keep (emoji, other scripts) still gets a slug: "procedura-<tag of the title>".
 */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[ąćęłńóśźż]/g, (letter) => POLISH[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
  return slug || `procedura-${tagOf(title)}`;
}

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
