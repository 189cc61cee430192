import type { FieldHook } from 'payload';

const POLISH: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };

/** "Wymiana dowodu osobistego – Łódź" → "wymiana-dowodu-osobistego-lodz". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[ąćęłńóśźż]/g, (letter) => POLISH[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
}

/** An empty slug is made from the title once; a set slug is never changed by this hook. */
export const slugFromTitle: FieldHook = ({ value, data, originalDoc }) => {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof originalDoc?.slug === 'string' && originalDoc.slug.length > 0) return originalDoc.slug;
  const title = data?.title;
  return typeof title === 'string' && title.trim() ? slugify(title) : value;
};
