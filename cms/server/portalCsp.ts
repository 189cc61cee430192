import { createHash } from 'node:crypto';
import fs from 'node:fs';

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const cache = new Map<string, { key: string; policy: string }>();

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy of one portal page: scripts only from the portal itself plus the
 * page's own inline scripts by hash (the search page's), styles likewise (every page's inline
 * CSS), nothing framed and no framing, forms only to the portal. A data block
 * (`application/ld+json`) is not a script and needs no hash. Computed once per file version.
 */
export function portalCsp(file: string): string {
  const stat = fs.statSync(file);
  const key = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
  const cached = cache.get(file);
  if (cached?.key === key) return cached.policy;
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, tag, attributes = '', body = ''] of fs.readFileSync(file, 'utf8').matchAll(INLINE)) {
    if (tag?.toLowerCase() === 'style') styles.add(hash(body));
    else if (!/\bsrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes)) scripts.add(hash(body));
  }
  const policy = [
    "default-src 'self'",
    `script-src 'self'${scripts.size > 0 ? " 'wasm-unsafe-eval'" : ''}${[...scripts].map((h) => ` ${h}`).join('')}`,
    `style-src 'self'${[...styles].map((h) => ` ${h}`).join('')}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  cache.set(file, { key, policy });
  return policy;
}
