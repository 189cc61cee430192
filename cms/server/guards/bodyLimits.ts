import express, { type RequestHandler, type Response } from 'express';
import { JSON_BODY_LIMIT, maxUploadBytes } from '../../env';
import { jsonDepth } from './jsonDepth';
import { errorBody, guardMessages } from './messages';
import { readMultipart } from './multipart';

/** Deepest JSON a request may carry: a procedure is about six levels deep. */
export const MAX_JSON_DEPTH = 32;
/** A multipart body is the file plus its form fields. */
const MULTIPART_OVERHEAD = 1024 * 1024;

/** 413 at once, and the connection closed: the rest of an oversized body is never read. */
function tooLarge(res: Response, limit: number): void {
  res.setHeader('Connection', 'close');
  res.status(413).json(errorBody(guardMessages.tooLarge(mb(limit))));
}

/** The residents' report form (cms/quality/feedback/endpoint.ts). */
export const isFeedbackPost = (req: { method: string; baseUrl: string; path: string }) =>
  req.method === 'POST' && `${req.baseUrl}${req.path}`.replace(/\/+$/, '') === '/api/feedback';

const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The body as bytes, read once with a limit (express.raw answers 413 from Content-Length before reading). */
const readJson = express.raw({ type: () => true, limit: JSON_BODY_LIMIT });

/**
 * Limits on every API request body, before Payload reads it: JSON (and GraphQL) at most 1 MB and
 * `MAX_JSON_DEPTH` levels, parsed here once so that malformed JSON is a Polish 400, not a 500;
 * uploads (multipart) at most `MAX_UPLOAD_MB` plus form overhead, refused from Content-Length
 * before a byte is read; any other content type 415. The JSON body is handed on as bytes.
 */
export const bodyLimits: RequestHandler = (req, res, next) => {
  if (!hasBody(req.method)) return next();
  const length = req.headers['content-length'];
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const chunked = length === undefined && req.headers['transfer-encoding'] !== undefined;
  if (!type && length === '0') return next();
  if (!type && !chunked && length === undefined) return next();
  if (type === 'multipart/form-data') {
    const limit = maxUploadBytes() + MULTIPART_OVERHEAD;
    if (length === undefined) return res.status(411).json(errorBody(guardMessages.lengthRequired));
    if (Number(length) > limit) return tooLarge(res, limit);
    readMultipart(req, MAX_JSON_DEPTH).then(({ body, problem }) => {
      if (problem) return res.status(400).json(errorBody(problem));
      req.body = body;
      next();
    }, next);
    return;
  }
  // The admin sends long queries as a form body with `X-Payload-HTTP-Method-Override: GET`; the
  // portal's plain HTML "Zgłoś błąd" form posts one to /api/feedback. Both within the JSON limit.
  const isForm =
    type === 'application/x-www-form-urlencoded' && (req.headers['x-payload-http-method-override'] === 'GET' || isFeedbackPost(req));
  if (type !== 'application/json' && type !== 'application/graphql' && !isForm) {
    return res.status(415).json(errorBody(guardMessages.unsupportedType(type || '(brak)')));
  }
  // Refused from the announced length alone: nothing of the body is read (body-parser would drain it first).
  if (length !== undefined && Number(length) > JSON_BODY_LIMIT) return tooLarge(res, JSON_BODY_LIMIT);
  readJson(req, res, (error?: unknown) => {
    if (error) {
      const status = (error as { status?: number }).status ?? 400;
      return res
        .status(status === 413 ? 413 : 400)
        .json(errorBody(status === 413 ? guardMessages.tooLarge(mb(JSON_BODY_LIMIT)) : guardMessages.badJson));
    }
    const text = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    if (type === 'application/json' && text.trim() !== '') {
      if (jsonDepth(text) > MAX_JSON_DEPTH) return res.status(400).json(errorBody(guardMessages.tooDeep(MAX_JSON_DEPTH)));
      try {
        JSON.parse(text);
      } catch {
        return res.status(400).json(errorBody(guardMessages.badJson));
      }
    }
    next();
  });
};
