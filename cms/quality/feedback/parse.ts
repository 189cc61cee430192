import { findDisallowedCharacter } from '../../../schemas/controlCharacters';
import { feedbackMessages as m } from './messages';

/** The longest report (code points): a resident describes one problem, not a document. */
export const MAX_MESSAGE_LENGTH = 1000;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_SLUG = 200;
/** A path on the portal (a fragment allowed): no scheme, no host (`//x`), no backslashes, nothing but URL path characters. */
const PORTAL_PATH = /^\/(?!\/)[A-Za-z0-9/._~%#-]{0,299}$/;

export interface FeedbackInput {
  slug: string;
  message: string;
  /** Where the thank-you page links back to (a path on the portal), when the form gave a valid one. */
  returnPath?: string;
  /** The form's hidden trap field, which people leave empty and bots fill in. */
  isBot: boolean;
}

export type Parsed = { ok: true; input: FeedbackInput } | { ok: false; message: string; slug?: string };

/** The form's fields (urlencoded) or a JSON object, as one record of single texts; a list or an object is refused. */
export function fieldsOf(type: string, body: string): Record<string, string> | { error: string } {
  if (type === 'application/x-www-form-urlencoded') {
    const params = new URLSearchParams(body);
    const out: Record<string, string> = {};
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key);
      if (values.length > 1) return { error: m.notText(key) };
      out[key] = values[0] ?? '';
    }
    return out;
  }
  let data: unknown;
  try {
    data = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return { error: m.badBody };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: m.badBody };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') return { error: m.notText(key) };
    out[key] = value;
  }
  return out;
}

/** The report's fields checked: a Polish message for the first problem. */
export function parseFeedback(fields: Record<string, string>): Parsed {
  const slug = (fields.procedure ?? '').trim();
  if (slug === '') return { ok: false, message: m.procedureMissing };
  if (slug.length > MAX_SLUG || !SLUG.test(slug)) return { ok: false, message: m.noSuchProcedure };
  const message = (fields.message ?? '').trim();
  if (message === '') return { ok: false, message: m.messageMissing, slug };
  const length = [...message].length;
  if (length > MAX_MESSAGE_LENGTH) return { ok: false, message: m.messageTooLong(MAX_MESSAGE_LENGTH, length), slug };
  const bad = findDisallowedCharacter(message, 'multiline');
  if (bad) return { ok: false, message: m.controlCharacter(bad.position), slug };
  const returnPath = fields.return?.trim();
  return {
    ok: true,
    input: {
      slug,
      message,
      ...(returnPath && PORTAL_PATH.test(returnPath) ? { returnPath } : {}),
      isBot: (fields.website ?? '').trim() !== '',
    },
  };
}
