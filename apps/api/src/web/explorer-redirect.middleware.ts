import { Injectable, NestMiddleware } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@zhirong/core';
import { NextFunction, Request, Response } from 'express';

/** The web app's API explorer (GraphiQL, bundled from npm: nothing loads from another host). */
export const EXPLORER_PATH = '/admin/explorer';

/**
 * In development a browser opening GET /graphql (asking for a page, not JSON) gets the
 * explorer, as it used to get Apollo's landing page; programs' requests pass on to the API.
 */
@Injectable()
export class ExplorerRedirectMiddleware implements NestMiddleware {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (!this.config.isDevelopment || req.method !== 'GET' || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.redirect(302, EXPLORER_PATH);
  }
}
