/**
 * A field's path in the exchange format (`requiredDocuments.1.formats`) as the editor reads it:
 * the template's heading of its section and the item's number ("Wymagane dokumenty, poz. 2").
 */
export function describeField(path: string, labels: Readonly<Record<string, string>>): string {
  const [top = '', ...rest] = path.split('.');
  const index = rest.find((segment) => /^\d+$/.test(segment));
  const label = labels[top] ?? top;
  return index === undefined ? label : `${label}, poz. ${Number(index) + 1}`;
}
