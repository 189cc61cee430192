import { createHash } from 'node:crypto';
import { feedbackMessages as m } from './messages';

/** A piece of HTML built here; anything else put into a page is text and gets escaped. */
class Html {
  constructor(readonly value: string) {}
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML by construction: every interpolated value is escaped unless it is `Html` made by this tag. */
function html(strings: TemplateStringsArray, ...values: (string | Html)[]): Html {
  return new Html(
    strings.reduce((out, part, i) => {
      const value = values[i - 1];
      const text = value instanceof Html ? value.value : String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
      return out + text + part;
    }),
  );
}

const STYLE =
  'body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}a{color:#0b4f9c}h1{font-size:1.75rem;line-height:1.2}';
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'`;

/** The page's own policy: its one inline style, nothing else; no framing, no forms, no scripts. */
export const PAGE_CSP = `default-src 'none'; style-src ${STYLE_HASH}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

function page(title: string, body: Html): string {
  return html`<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} — Baza wiedzy o procedurach</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`.value;
}

/** "Dziękujemy…" with a link back to the procedure (an absolute URL on the portal). */
export function thankYouPage(procedureTitle: string, backUrl: string): string {
  return page(
    m.thanksTitle,
    html`<h1>${m.thanksTitle}</h1>
<p>${m.thanks(procedureTitle)}</p>
<p><a href="${backUrl}">${m.back}</a></p>`,
  );
}

/** A refused report, in words, with the way back (to the procedure when known, else the portal's home page). */
export function errorPage(message: string, backUrl: string, toProcedure: boolean): string {
  return page(
    m.errorTitle,
    html`<h1>${m.errorTitle}</h1>
<p>${message}</p>
<p><a href="${backUrl}">${toProcedure ? m.back : m.home}</a></p>`,
  );
}
