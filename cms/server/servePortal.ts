import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, Router } from 'express';
import { portalCsp } from './portalCsp';

/**
 * The live release at `/`, read through the `current` link on every request, so a swap is seen
 * at once. ETag and Last-Modified on everything; pages and feeds revalidate after a minute,
 * files and PDF cards after five. Every page has its Content-Security-Policy; what the publisher
 * keeps for itself (dot-files such as `.manifest.json`) is never served.
 */
export function servePortal(currentDir: string): RequestHandler {
  const router = Router();
  router.use(
    express.static(currentDir, {
      etag: true,
      lastModified: true,
      dotfiles: 'deny',
      redirect: true,
      index: ['index.html'],
      setHeaders: (res, file) => {
        const long = /\.(pdf|docx?|rtf|css|js|woff2?)$/.test(file);
        res.setHeader('Cache-Control', long ? 'public, max-age=300' : 'public, max-age=60, must-revalidate');
        if (file.endsWith('.atom')) res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
        if (file.endsWith('feed.json')) res.setHeader('Content-Type', 'application/feed+json; charset=utf-8');
        if (file.endsWith('.html')) res.setHeader('Content-Security-Policy', portalCsp(file));
      },
    }),
  );
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const notFound = path.join(currentDir, '404.html');
    if (fs.existsSync(notFound)) return res.status(404).setHeader('Content-Security-Policy', portalCsp(notFound)).sendFile(notFound);
    if (!fs.existsSync(currentDir) && req.path === '/') {
      return res
        .status(503)
        .type('html')
        .send(
          '<!doctype html><html lang="pl"><title>Portal w przygotowaniu</title><h1>Portal jest właśnie publikowany</h1><p>Spróbuj za chwilę. Panel: <a href="/admin">/admin</a>.</p></html>',
        );
    }
    next();
  });
  return router;
}
