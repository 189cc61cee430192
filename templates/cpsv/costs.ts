import type { PublicProcedure } from '../../schemas/types.generated';
import { node, type Part } from './graph';
import { AUTHORITY, pl, type SiteIris } from './vocabulary';

/**
 * The amount when "Opłaty" gives exactly one sum in złoty ("17 zł", "1 250,50 zł", "107 PLN");
 * undefined for anything else ("kwota wskazana w informacji…", "od 17 zł"), which stays text only.
 */
export function amountInZloty(amount: string): number | undefined {
  const match = /^\s*(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[,.](\d{1,2}))?\s*(?:zł|PLN)\.?\s*$/i.exec(amount);
  if (!match) return undefined;
  const whole = (match[1] as string).replace(/[ \u00a0]/g, '');
  return Number(`${whole}.${match[2] ?? '0'}`);
}

/** A fee as a person reads it: what for, how much, the remarks and the account to pay into. */
function costDescription(fee: PublicProcedure['fees'][number]): string {
  return [`${fee.type}: ${fee.amount}`, fee.remarks, fee.account ? `Numer rachunku: ${fee.account}` : undefined]
    .filter((text): text is string => Boolean(text?.trim()))
    .map((text) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`))
    .join(' ');
}

/**
 * "Opłaty" as costs. CPSV-AP's shape types the value xsd:double (the context coerces a JSON number to
 * it); every fee of a Polish office is paid in złoty, so the currency is PLN even when the amount is
 * only described. An empty "Opłaty" (shown as "brak") gives no cost.
 */
export function costParts(iris: SiteIris, p: PublicProcedure): Part {
  const part: Part = { links: [], nodes: [] };
  p.fees.forEach((fee, i) => {
    const id = `${iris.service(p.slug)}#oplata-${i + 1}`;
    part.links.push(id);
    part.nodes.push(
      node({
        '@id': id,
        '@type': 'Cost',
        'Cost.identifier': `${p.slug}/oplata-${i + 1}`,
        'Cost.hasValue': amountInZloty(fee.amount),
        'Cost.currency': AUTHORITY.pln,
        'Cost.description': [pl(costDescription(fee))],
      }),
    );
  });
  if (p.fees.length > 0) part.nodes.push({ '@id': AUTHORITY.pln, '@type': 'Concept' });
  return part;
}
