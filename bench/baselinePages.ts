import type { PublicProcedure } from '../publisher/types';
import { renderMarkdown } from '../templates/markdown';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** The baseline of the publish benchmark: the same procedure page with plain template functions. */
export function baselinePage(p: PublicProcedure): string {
  const section = (title: string, html: string) => `<h2>${esc(title)}</h2>${html}`;
  return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${esc(p.title)}</title></head><body><main><h1>${esc(p.title)}</h1>
<p>${esc(p.summary)}</p>
${section('Najważniejsze etapy realizacji procedury', `<ol>${p.steps.map((s) => `<li>${esc(s.name)}${s.online ? ' @' : ''}${s.comment ? ` — ${esc(s.comment)}` : ''}</li>`).join('')}</ol>`)}
${section('Sposób załatwienia sprawy', renderMarkdown(p.howTo))}
${p.additionalInfo ? section('Informacje uzupełniające', renderMarkdown(p.additionalInfo)) : ''}
${section('Miejsce załatwienia', renderMarkdown(p.place))}
${section('Umawianie/rezerwacja wizyty', renderMarkdown(p.appointments))}
${section('Opłaty', p.fees.length ? `<ul>${p.fees.map((f) => `<li>${esc(f.type)}: ${esc(f.amount)}</li>`).join('')}</ul>` : '<p>brak</p>')}
${section('Formy i miejsce składania dokumentów', renderMarkdown(p.submissionChannels))}
${section('Podstawa prawna', `<ul>${p.legalBasis.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>`)}
${section('Tryb odwoławczy', renderMarkdown(p.appeal))}
</main></body></html>`;
}
