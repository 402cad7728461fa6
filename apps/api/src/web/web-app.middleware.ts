import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, NestMiddleware } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';

/** The web app's build (`npm run web:build`; `npm start` and `npm test` run it): served at `/`, same origin as /graphql. */
export const WEB_ROOT = join(__dirname, '..', '..', '..', '..', 'dist', 'web');
const API_PATHS = /^\/(graphql|health|api)(\/|$|\?)/;

/**
 * Files of the build (hashed assets cached for a year), and index.html for every other GET
 * that asks for a page, so the app's router decides; API paths never reach it.
 */
@Injectable()
export class WebAppMiddleware implements NestMiddleware {
  private readonly files = express.static(WEB_ROOT, {
    index: false,
    setHeaders: (res, path) => res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  private readonly index = join(WEB_ROOT, 'index.html');

  use(req: Request, res: Response, next: NextFunction): void {
    if (API_PATHS.test(req.originalUrl) || (req.method !== 'GET' && req.method !== 'HEAD') || !existsSync(this.index)) return next();
    // Nest mounts route middleware the way app.use(path) does, which strips a leading segment
    // from req.url; the file to serve is named by the whole path.
    req.url = req.originalUrl;
    this.files(req, res, () => {
      if (!req.accepts('html') || req.path.startsWith('/assets/')) return next();
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(this.index);
    });
  }
}
