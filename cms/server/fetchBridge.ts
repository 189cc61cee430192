import { Readable } from 'node:stream';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';

/** An Express request as a Fetch API `Request` (what Payload's route handlers take). */
export function toFetchRequest(req: ExpressRequest): Request {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  // A JSON body was read (and checked) by guards/bodyLimits.ts; anything else streams through.
  const body = Buffer.isBuffer(req.body) ? req.body : hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined;
  return new Request(url, {
    method: req.method,
    headers,
    ...(body !== undefined ? { body, duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes a Fetch API `Response` to Express, streaming the body and keeping every Set-Cookie. */
export async function sendFetchResponse(response: Response, res: ExpressResponse): Promise<void> {
  res.status(response.status);
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() !== 'set-cookie') res.append(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject);
  });
}
