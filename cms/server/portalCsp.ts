import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { adminUrl, hasSeparateAdminOrigin, originOf } from '../env';

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const cache = new Map<string, { key: string; policy: string }>();

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP sources of a page's inline code: each inline script and style by its hash, as the page carries it. */
export interface InlineSources {
  scripts: string[];
  styles: string[];
}

/**
 * The hashes of one page's inline scripts and styles. A script with `src` is not inline, and a
 * data block (`application/ld+json`) is not a script: neither needs a hash.
 */
export function inlineSources(html: string): InlineSources {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, tag, attributes = '', body = ''] of html.matchAll(INLINE)) {
    if (tag?.toLowerCase() === 'style') styles.add(hash(body));
    else if (!/\bsrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes)) scripts.add(hash(body));
  }
  return { scripts: [...scripts], styles: [...styles] };
}

const sources = (list: readonly string[]) => list.map((h) => ` ${h}`).join('');

/**
 * The Content-Security-Policy of one portal page's HTML: scripts only from the portal itself plus
 * the page's own inline scripts by hash (the search page's), styles likewise (every page's inline
 * CSS), nothing framed and no framing, forms only to the portal — and to the API's origin when it
 * has its own, where the "Zgłoś błąd" form posts (/api/feedback).
 */
export function portalPolicy(html: string): string {
  const { scripts, styles } = inlineSources(html);
  return [
    "default-src 'self'",
    `script-src 'self'${scripts.length > 0 ? " 'wasm-unsafe-eval'" : ''}${sources(scripts)}`,
    `style-src 'self'${sources(styles)}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${hasSeparateAdminOrigin() ? ` ${originOf(adminUrl())}` : ''}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of one portal page file (`portalPolicy` of its HTML), computed once per file version. */
export function portalCsp(file: string): string {
  const stat = fs.statSync(file);
  const key = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
  const cached = cache.get(file);
  if (cached?.key === key) return cached.policy;
  const policy = portalPolicy(fs.readFileSync(file, 'utf8'));
  cache.set(file, { key, policy });
  return policy;
}
