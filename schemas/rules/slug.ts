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
