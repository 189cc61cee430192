import busboy from 'busboy';
import type { Request } from 'express';
import { findDisallowedCharacter } from '../../../schemas/controlCharacters';
import { jsonDepth } from './jsonDepth';
import { guardMessages } from './messages';

/** Why a multipart body is refused, or undefined when Payload may read it. */
export type MultipartProblem = string | undefined;

function fileNameProblem(name: string): MultipartProblem {
  if (!name.trim()) return guardMessages.fileNameMissing;
  if (name.length > 255 || /[/\\]/.test(name) || name === '.' || name === '..' || findDisallowedCharacter(name, 'line')) {
    return guardMessages.fileNameInvalid;
  }
  return undefined;
}

function payloadFieldProblem(value: string, maxDepth: number): MultipartProblem {
  if (jsonDepth(value) > maxDepth) return guardMessages.tooDeep(maxDepth);
  try {
    JSON.parse(value);
    return undefined;
  } catch {
    return guardMessages.badJson;
  }
}

/**
 * Reads a multipart body (its size already checked against Content-Length) into memory and
 * checks what Payload would otherwise trip over: the `_payload` field must be JSON within the
 * depth limit, and a file must have a plain file name (no path, no control characters). Resolves
 * with the bytes to hand on, or the problem to answer with 400.
 */
export function readMultipart(req: Request, maxDepth: number): Promise<{ body: Buffer; problem: MultipartProblem }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let problem: MultipartProblem;
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fieldSize: 1024 * 1024, fields: 50, files: 5 } });
    } catch {
      req.resume();
      resolve({ body: Buffer.alloc(0), problem: guardMessages.badMultipart });
      return;
    }
    parser.on('field', (name, value) => {
      if (name === '_payload') problem ??= payloadFieldProblem(value, maxDepth);
    });
    parser.on('file', (_name, stream, info) => {
      problem ??= fileNameProblem(info.filename ?? '');
      stream.resume();
    });
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      resolve({ body: Buffer.concat(chunks), problem });
    };
    parser.on('error', () => {
      problem ??= guardMessages.badMultipart;
      // The rest of the body is read and dropped, so the answer can be sent.
      req.unpipe(parser);
      req.resume();
      req.once('end', settle);
      if (req.readableEnded) settle();
    });
    parser.on('close', settle);
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', reject);
    req.pipe(parser);
  });
}
