import { INestApplication, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import { createServer, Server } from 'node:http';
import { JsonLogger, Metrics } from '@loket/observability';
import { HttpExposure } from '../exposure/http-exposure';
import { bodyParsingProblems } from '../problem-details/body-parsing-problems';
import { requestContextMiddleware } from '../routes/request-context.middleware';

export interface ServiceStartOptions {
  service: string;
  title: string;
  module: Type<unknown>;
  port: number;
  host: string;
  logLevel: LogLevel;
  bodyLimit?: string;
  /** Larger limits for named routes only (path prefix → limit), e.g. an upload; every other route keeps `bodyLimit`. */
  routeBodyLimits?: Record<string, string>;
  /** Connects transports other than HTTP (the Kafka consumer) before the app starts listening. */
  beforeListen?: (app: INestApplication) => Promise<unknown> | void;
}

/** Creates, wires and starts a service: JSON logs, correlation ids, JSON bodies with a size limit, OpenAPI where shown. */
export async function startService(options: ServiceStartOptions): Promise<INestApplication> {
  const logger = new JsonLogger(options.service, options.logLevel);
  const app = await NestFactory.create(options.module, { bodyParser: false, logger, bufferLogs: true });
  app.use(requestContextMiddleware(app.get(Metrics)));
  const json = ['application/json', 'application/*+json', 'application/geo+json'];
  // A body parsed by a route's own parser is not parsed again by the general one.
  for (const [path, limit] of Object.entries(options.routeBodyLimits ?? {})) app.use(path, express.json({ limit, type: json }));
  app.use(express.json({ limit: options.bodyLimit ?? '64kb', type: json }));
  app.use(bodyParsingProblems);
  app.enableShutdownHooks();
  const exposure = app.get(HttpExposure);
  (app.getHttpAdapter().getInstance() as express.Express).set('trust proxy', exposure.trustProxyHops);
  if (exposure.apiDocs) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle(options.title).setVersion('1').addBearerAuth().build(),
    );
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  }
  await options.beforeListen?.(app);
  await app.startAllMicroservices();
  await app.listen(options.port, options.host);
  if (exposure.metrics.where === 'own-port') await serveMetricsApart(app, exposure.metrics, logger);
  logger.log(`${options.service} listening on http://${options.host}:${options.port}`, 'Bootstrap');
  return app;
}

/** Metrics on a port of their own (an internal network), closed with the service. */
async function serveMetricsApart(app: INestApplication, where: { port: number; host: string }, logger: JsonLogger): Promise<void> {
  const metrics = app.get(Metrics);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(where.port, where.host, resolve));
  (app.getHttpServer() as Server).once('close', () => server.close());
  logger.log(`metrics on http://${where.host}:${where.port}/metrics`, 'Bootstrap');
}
