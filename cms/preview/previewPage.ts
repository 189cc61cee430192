import { inlineSources } from '../server/portalCsp';
import { previewMessages as m } from './messages';
import { PREVIEW_SANDBOX } from './sandbox';

/** Where the preview's links lead. */
export interface PreviewPlaces {
  /** The portal's address (`PUBLIC_URL`): every other page of the portal is there. */
  portalUrl: string;
  /** The portal's route of this procedure's card, and the preview's card that stands in for it. */
  cardRoute: string;
  cardUrl: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE =
  '.lckm-preview{background:#fff7bf;border-bottom:6px solid #b58105;color:#0b0c0c;padding:0.75rem 1rem;font-size:1rem}' +
  '.lckm-preview p,.lckm-preview ul{max-width:58rem;margin:0.25rem auto}.lckm-preview ul{padding-left:1.5rem}' +
  '.lckm-preview .lckm-preview__title{font-size:1.25rem;font-weight:700}' +
  '.lckm-preview__incomplete{border-top:2px solid #b58105;margin-top:0.5rem;padding-top:0.25rem}';

/** What the banner says besides that this is a preview: both come from the draft's check, never its text. */
export interface PreviewNotes {
  /** The draft is marked internal: it will not be published. */
  isInternal: boolean;
  /** What must be filled in or corrected before the draft can be submitted (Polish messages). */
  problems: readonly string[];
}

/** Beyond this many problems, the first ones are listed and the rest counted (the form marks them all): the page stays in view. */
const LISTED_PROBLEMS = 5;

function incompleteNotice(problems: readonly string[]): string {
  if (problems.length === 0) return '';
  const listed = problems.length > LISTED_PROBLEMS + 1 ? problems.slice(0, LISTED_PROBLEMS) : problems;
  const items = listed.map((problem) => `<li>${escapeHtml(problem)}</li>`);
  if (listed.length < problems.length) items.push(`<li>${escapeHtml(m.incompleteMore(problems.length - listed.length))}</li>`);
  return (
    '<div class="lckm-preview__incomplete">' +
    `<p class="lckm-preview__title">${escapeHtml(m.incompleteTitle)}</p>` +
    `<p>${escapeHtml(m.incompleteText)}</p><ul>${items.join('')}</ul></div>`
  );
}

/** The banner: fixed markup and fixed text, and the check's messages escaped; nothing of the draft's content. */
function banner({ isInternal, problems }: PreviewNotes): string {
  const lines = [
    `<p class="lckm-preview__title">${escapeHtml(m.bannerTitle)}</p>`,
    `<p>${escapeHtml(m.bannerText)}</p>`,
    ...(isInternal ? [`<p><strong>${escapeHtml(m.bannerInternal)}</strong></p>`] : []),
    incompleteNotice(problems),
  ];
  return `<div class="lckm-preview" role="region" aria-label="${escapeHtml(m.bannerLabel)}">${lines.join('')}</div>`;
}

const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g;
const ROOT_RELATIVE = /(\s(?:href|src)=")(\/(?!\/)[^"]*)"/g;

/**
 * One start tag with its addresses made to work away from the portal: a root-relative address
 * leads to the portal (the page is served from the API), the card to the card of the draft; a
 * link that leaves the page opens a new tab (the portal is not framed, and the frame runs
 * sandboxed). Attribute values come escaped from the views, so a `"` or `>` never ends one early.
 */
function rewriteTag(name: string, attributes: string, places: PreviewPlaces): string {
  let rewritten = attributes.replace(
    ROOT_RELATIVE,
    (_all, before: string, url: string) => `${before}${url === places.cardRoute ? places.cardUrl : `${places.portalUrl}${url}`}"`,
  );
  if (name.toLowerCase() === 'a' && /\shref="(?!#)/.test(rewritten) && !/\starget=/.test(rewritten)) {
    rewritten += ' target="_blank" rel="noopener"';
  }
  return `<${name}${rewritten}>`;
}

function insertOnce(html: string, at: RegExp, insert: (found: string) => string): string {
  const found = at.exec(html);
  if (!found) throw new Error(`preview: the rendered page has no ${at.source}`);
  return html.slice(0, found.index) + insert(found[0]) + html.slice(found.index + found[0].length);
}

/**
 * The portal page as the preview serves it: the page the publisher would write, with the
 * preview's banner at the top, "Podgląd: " before its title, `noindex`, and its links made to
 * work from the admin (see `rewriteTag`). Nothing of the page's own content is touched.
 */
export function previewPage(html: string, places: PreviewPlaces, notes: PreviewNotes): string {
  let page = html.replace(START_TAG, (_all, name: string, attributes = '') => rewriteTag(name, attributes, places));
  page = insertOnce(page, /<title>/, (tag) => `${tag}${escapeHtml(m.titlePrefix)}`);
  page = insertOnce(page, /<\/head>/, (tag) => `<meta name="robots" content="noindex"><style>${STYLE}</style>${tag}`);
  return insertOnce(page, /<body\b[^>]*>/, (tag) => `${tag}${banner(notes)}`);
}

/**
 * The preview's Content-Security-Policy, computed like the portal's (cms/server/portalCsp.ts):
 * scripts, styles and images only from the portal plus the page's own inline code by hash. The
 * page is served from the API's origin, so it is also sandboxed (`PREVIEW_SANDBOX`) and may be
 * framed only by the admin (an IPv6 literal cannot be named in `frame-ancestors`; 'self' covers it).
 */
export function previewPolicy(html: string, portalOrigin: string, adminOrigins: readonly string[]): string {
  const { scripts, styles } = inlineSources(html);
  const hashes = (list: readonly string[]) => list.map((h) => ` ${h}`).join('');
  const ancestors = adminOrigins.filter((origin) => !origin.includes('['));
  return [
    `default-src ${portalOrigin}`,
    `script-src ${portalOrigin}${hashes(scripts)}`,
    `style-src ${portalOrigin}${hashes(styles)}`,
    `img-src ${portalOrigin} data:`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors 'self'${ancestors.map((origin) => ` ${origin}`).join('')}`,
    `sandbox ${PREVIEW_SANDBOX}`,
  ].join('; ');
}
