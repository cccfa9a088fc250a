import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import express, { Express, NextFunction, Request, Response } from 'express';
import { apiRouteOf, digestUnsubscribePageOf, open311RouteOf, reporterLinkPageOf } from './api-route';
import { GatewayConfig } from './gateway.config';
import { proxyTo } from './proxy';
import { securityHeaders } from './security-headers';

/**
 * Loket's one origin: the web bundle (any unknown page falls back to index.html, the app routes it), the
 * services' APIs under /api/<service>/..., Open311 GeoReport v2 under /open311/v2 (intake), and /config.json for the browser. Security headers on every answer.
 */
export function createGateway(config: GatewayConfig): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.set(securityHeaders({ secure: req.secure, connectOrigins: config.extraConnectOrigins, tileOrigins: config.tileOrigins }));
    next();
  });
  app.use(compression());
  app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/config.json', (_req, res) => void res.set('cache-control', 'no-cache').json(config.web));
  app.get('/api/v1/reporter-links/{*rest}', (req: Request, res: Response, next: NextFunction) => {
    const page = reporterLinkPageOf(req.path);
    if (page && req.accepts(['application/json', 'text/html']) === 'text/html') return void res.redirect(303, page);
    next();
  });
  app.get('/api/v1/neighbourhood-digests/unsubscribe/{*rest}', (req: Request, res: Response, next: NextFunction) => {
    const page = digestUnsubscribePageOf(req.path);
    if (page) return void res.redirect(303, page);
    next();
  });
  app.use('/api', (req: Request, res: Response) => {
    const route = apiRouteOf(req.originalUrl);
    if (!route) return void problem(res, 404, 'Not Found', `No API at ${req.originalUrl.split('?')[0]}.`);
    proxyTo(config.services[route.service], route, req, res, req.secure);
  });
  app.use('/open311', (req: Request, res: Response) => {
    const route = open311RouteOf(req.originalUrl);
    if (!route) return void problem(res, 404, 'Not Found', `No Open311 at ${req.originalUrl.split('?')[0]}.`);
    proxyTo(config.services[route.service], route, req, res, req.secure);
  });
  app.use('/assets', express.static(join(config.webDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(config.webDir, { index: false, maxAge: '1h' }));
  const indexHtml = join(config.webDir, 'index.html');
  app.use((req: Request, res: Response) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !existsSync(indexHtml)) {
      return void problem(res, 404, 'Not Found', `Nothing at ${req.path}.`);
    }
    res.set('cache-control', 'no-cache').sendFile(indexHtml);
  });
  app.use((error: Error & { status?: number }, req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 600 ? error.status : 500;
    problem(res, status, status === 404 ? 'Not Found' : 'Internal Server Error', status === 404 ? `Nothing at ${req.path}.` : 'Something went wrong.');
  });
  return app;
}

function problem(res: Response, status: number, title: string, detail: string): void {
  res.status(status).type('application/problem+json').send(JSON.stringify({ type: 'about:blank', title, status, detail }));
}
