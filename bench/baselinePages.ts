import type { PageSpec, ViewProps } from '../publisher/pages';
import type { PublicProcedure } from '../schemas/types.generated';
import { renderMarkdown } from '../templates/markdown';

/**
 * The baseline of the publish benchmark: the same pages as the portal (publisher/pages.ts plans
 * them), with the same sections, written by plain template functions — what the Astro portal's
 * cost is compared against.
 */
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
const list = (items: readonly string[] | undefined) => (items?.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '');
const section = (id: string, title: string, html: string) => (html ? `<h2 id="${id}">${esc(title)}</h2>${html}` : '');
const links = (items: readonly { slug: string; title: string }[]) =>
  `<ul>${items.map((p) => `<li><a href="/procedury/${p.slug}/">${esc(p.title)}</a></li>`).join('')}</ul>`;

/** The BIP feeds every page names as alternates, and a procedure page its own JSON and JSON-LD (issue 13). */
const FEED_LINKS =
  '<link rel="alternate" type="application/atom+xml" title="Procedury (BIP, Atom)" href="/bip/feed.atom"><link rel="alternate" type="application/feed+json" title="Procedury (BIP, JSON Feed)" href="/bip/feed.json"><link rel="alternate" type="application/atom+xml" title="Rejestr zmian procedur (BIP, Atom)" href="/bip/zmiany.atom">';
const ownLinks = (slug: string) =>
  `<link rel="alternate" type="application/json" title="Dane procedury (JSON)" href="/bip/procedury/${slug}.json"><link rel="alternate" type="application/ld+json" title="Dane procedury (CPSV-AP, JSON-LD)" href="/bip/procedury/${slug}.jsonld">`;
/** JSON in a script element: `<` escaped, so no text closes the element. */
const jsonLdScript = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

const layout = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="pl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} — Urząd Miasta Łodzi</title>${FEED_LINKS}${head}</head><body><a href="#tresc">Przejdź do treści</a><header><a href="/">Jak załatwić sprawę w Łodzi</a><nav><a href="/szukaj/">Szukaj</a> <a href="/a-z/">Procedury A–Z</a></nav></header><main id="tresc">${body}</main><footer><a href="/deklaracja-dostepnosci/">Deklaracja dostępności</a></footer></body></html>`;

/** The residents' error report at the end of a procedure page (issue 14). */
const feedbackForm = (slug: string) =>
  `<section><h2 id="zglos-blad">Czy te informacje są aktualne? Zgłoś błąd</h2><form method="post" action="/api/feedback"><input type="hidden" name="procedure" value="${slug}"><input type="hidden" name="return" value="/procedury/${slug}/"><label for="zglos-tresc">Co jest nieaktualne lub błędne?</label><textarea id="zglos-tresc" name="message" required maxlength="1000"></textarea><button type="submit">Zgłoś błąd</button></form></section>`;

function procedureBody(p: PublicProcedure): string {
  const doc = (d: NonNullable<PublicProcedure['requiredDocuments']>[number]) =>
    `<li>${esc(d.name)}${d.file ? ` <a href="${d.file.url}" download>Pobierz (${d.file.size} B)</a>` : ''}${(d.eForms ?? []).map((f) => ` <a href="${esc(f.url)}">${esc(f.platform)}</a>`).join('')}</li>`;
  return [
    `<p class="lead">${esc(p.summary)}</p>`,
    section(
      'etapy',
      'Najważniejsze etapy realizacji procedury',
      `<ol>${p.steps.map((s) => `<li><strong>${esc(s.name)}</strong>${s.online ? ' <span>@ (można załatwić bez wizyty w urzędzie)</span>' : ''}${s.comment ? `<div>${esc(s.comment)}</div>` : ''}</li>`).join('')}</ol>`,
    ),
    section('online', 'Czynności możliwe do załatwienia drogą elektroniczną', list(p.onlineActions)),
    section('przydatne', 'Przydatne informacje', list(p.usefulInfo)),
    section('sposob', 'Sposób załatwienia sprawy', renderMarkdown(p.howTo)),
    section('uzupelniajace', 'Informacje uzupełniające', p.additionalInfo ? renderMarkdown(p.additionalInfo) : ''),
    section(
      'termin',
      'Termin realizacji',
      `${p.deadline.value ? `<p>${p.deadline.value} ${p.deadline.unit}</p>` : ''}${p.deadline.description ? renderMarkdown(p.deadline.description) : ''}`,
    ),
    section('miejsce', 'Miejsce załatwienia', renderMarkdown(p.place)),
    section('wizyty', 'Umawianie/rezerwacja wizyty', renderMarkdown(p.appointments)),
    section(
      'oplaty',
      'Opłaty',
      p.fees.length
        ? `<table><tbody>${p.fees.map((f) => `<tr><td>${esc(f.type)}</td><td>${esc(f.amount)}</td><td>${esc(f.account ?? '—')}</td><td>${esc(f.remarks ?? '')}</td></tr>`).join('')}</tbody></table>`
        : '<p>brak</p>',
    ),
    section('skladanie', 'Formy i miejsce składania dokumentów', renderMarkdown(p.submissionChannels)),
    section('termin-skladania', 'Termin składania dokumentów', p.submissionDeadline ? renderMarkdown(p.submissionDeadline) : ''),
    section('dokumenty', 'Wymagane dokumenty', p.requiredDocuments ? `<ul>${p.requiredDocuments.map(doc).join('')}</ul>` : ''),
    section('pozostale', 'Pozostałe dokumenty', list(p.otherDocuments?.map((d) => d.name))),
    section('podstawa', 'Podstawa prawna', list(p.legalBasis)),
    section('odwolanie', 'Tryb odwoławczy', renderMarkdown(p.appeal)),
    section(
      'ponowne',
      'Warunki ponownego wykorzystywania informacji publicznej',
      p.reuseConditions ? renderMarkdown(p.reuseConditions) : '',
    ),
    section('powiazane', 'Powiązane procedury', p.related ? links(p.related) : ''),
    section(
      'metryka',
      'Metryka (BIP)',
      `<dl><dt>Jednostka</dt><dd>${esc(p.unit)}</dd><dt>Komórka</dt><dd>${esc(p.department)}</dd><dt>Informację wytworzył(a)</dt><dd>${esc(p.bip.createdBy.join(', '))}</dd><dt>Data wytworzenia</dt><dd>${p.bip.createdAt}</dd><dt>Informację wprowadził(a)</dt><dd>${esc(p.bip.publishedBy)}</dd><dt>Ostatnia zmiana</dt><dd>${p.bip.modifiedAt.slice(0, 10)} (wersja ${p.bip.version})</dd>${p.bip.lastVerifiedAt ? `<dt>Ostatnia weryfikacja</dt><dd>${p.bip.lastVerifiedAt.slice(0, 10)}</dd>` : ''}</dl>`,
    ),
  ].join('\n');
}

const views: { [V in keyof ViewProps]: (props: ViewProps[V]) => string } = {
  HomePage: ({ departments, total }) =>
    layout(
      'Jak załatwić sprawę',
      `<h1>Jak załatwić sprawę w Urzędzie Miasta Łodzi</h1><form action="/szukaj/"><label for="q">Czego szukasz?</label><input id="q" name="q"><button>Szukaj</button></form><p><a href="/a-z/">Wszystkie procedury (${total})</a></p><ul>${departments.map((d) => `<li><a href="/wydzialy/${d.slug}/">${esc(d.name)}</a> (${d.count})</li>`).join('')}</ul>`,
    ),
  ProcedurePage: ({ procedure: p, departmentSlug, cardBytes }) =>
    layout(
      p.title,
      `<nav><a href="/">Strona główna</a> › <a href="/wydzialy/${departmentSlug}/">${esc(p.department)}</a></nav><article><h1>${esc(p.title)}</h1><p><a href="/procedury/${p.slug}/karta.pdf" download>Karta procedury (PDF, ${cardBytes ?? 0} B)</a></p>${p.keywords?.length ? `<p>Inne nazwy i słowa kluczowe: ${esc(p.keywords.join(', '))}</p>` : ''}${procedureBody(p)}</article><p><a href="/procedury/${p.slug}/rejestr-zmian/">Rejestr zmian</a></p>${feedbackForm(p.slug)}`,
      `${ownLinks(p.slug)}${jsonLdScript({
        '@context': 'https://schema.org',
        '@type': 'GovernmentService',
        name: p.title,
        description: p.summary,
        url: `/procedury/${p.slug}/`,
        provider: {
          '@type': 'GovernmentOrganization',
          name: p.unit,
          department: { '@type': 'GovernmentOrganization', name: p.department },
        },
        dateModified: p.bip.modifiedAt,
        ...(p.keywords?.length ? { alternateName: p.keywords } : {}),
      })}`,
    ),
  RegisterPage: ({ procedure: p }) =>
    layout(
      `Rejestr zmian: ${p.title}`,
      `<h1>Rejestr zmian: ${esc(p.title)}</h1><table><tbody>${[...p.bip.changeRegister]
        .reverse()
        .map((r) => `<tr><td>${r.version}</td><td>${r.date.slice(0, 10)}</td><td>${esc(r.by)}</td><td>${esc(r.note)}</td></tr>`)
        .join('')}</tbody></table>`,
    ),
  ArchivePage: ({ version, current }) =>
    layout(
      version.title,
      `<div role="note">Wersja archiwalna. <a href="/procedury/${current.slug}/">Obowiązująca wersja</a></div><h1>${esc(version.title)}</h1>${procedureBody(version)}`,
    ),
  DepartmentPage: ({ department }) => layout(department.name, `<h1>${esc(department.name)}</h1>${links(department.procedures)}`),
  AzPage: ({ procedures }) => layout('Procedury od A do Z', `<h1>Procedury od A do Z</h1>${links(procedures)}`),
  SearchPage: ({ procedures }) => layout('Szukaj sprawy', `<h1>Szukaj sprawy</h1>${links(procedures)}`),
  DepartmentsPage: ({ departments }) =>
    layout(
      'Wydziały',
      `<h1>Wydziały</h1><ul>${departments.map((d) => `<li><a href="/wydzialy/${d.slug}/">${esc(d.name)}</a> (${d.count})</li>`).join('')}</ul>`,
    ),
  BipPage: ({ siteUrl }) => layout('Dane otwarte BIP', `<h1>Dane otwarte BIP</h1><p>${esc(siteUrl)}/bip/feed.atom</p>`),
  AccessibilityPage: ({ updated }) => layout('Deklaracja dostępności', `<h1>Deklaracja dostępności</h1><p>${updated}</p>`),
  NotFoundPage: () => layout('Nie znaleziono strony', '<h1>Nie znaleziono strony</h1>'),
};

export function baselinePage(spec: PageSpec): string {
  return (views[spec.view] as (props: unknown) => string)(spec.props);
}
