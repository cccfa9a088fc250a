import { INestApplication, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { AddressInfo, createServer } from 'node:net';
import { HttpExposure } from '../exposure/http-exposure';
import { ReadinessRegistry } from '../routes/readiness-registry';
import { HttpPlatformModule } from './http-platform.module';
import { startService } from './start-service';

@Injectable()
class BrokenDependency implements OnModuleInit {
  constructor(private readonly readiness: ReadinessRegistry) {}
  onModuleInit(): void {
    this.readiness.register({ name: 'database', check: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.7:5432 as loket_admin')) });
  }
}

async function portNobodyUses(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function serviceWith(exposure: HttpExposure): Promise<{ app: INestApplication; url: string }> {
  @Module({ imports: [HttpPlatformModule.forService('exposure-test', exposure)], providers: [BrokenDependency] })
  class ExposureTestModule {}
  const app = await startService({ service: 'exposure-test', title: 'test', module: ExposureTestModule, port: 0, host: '127.0.0.1', logLevel: 'fatal' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

describe('startService: what a service shows of itself', () => {
  it('outside production: docs and metrics on the service port; readiness names the check that is down, not why', async () => {
    const { app, url } = await serviceWith({ apiDocs: true, trustProxyHops: 0, metrics: { where: 'service-port' } });
    try {
      expect((await fetch(`${url}/api/docs/openapi.json`)).status).toBe(200);
      expect(await (await fetch(`${url}/metrics`)).text()).toContain('# HELP');
      const ready = await fetch(`${url}/health/ready`);
      expect(ready.status).toBe(503);
      const body = await ready.text();
      expect(JSON.parse(body)).toEqual({ status: 'not-ready', checks: { database: { status: 'down' } } });
      expect(body).not.toMatch(/ECONNREFUSED|10\.0\.0\.7|loket_admin/);
    } finally {
      await app.close();
    }
  });

  it('as configured for production: no docs, and metrics only on their own port', async () => {
    const metricsPort = await portNobodyUses();
    const { app, url } = await serviceWith({ apiDocs: false, trustProxyHops: 0, metrics: { where: 'own-port', port: metricsPort, host: '127.0.0.1' } });
    try {
      expect((await fetch(`${url}/api/docs/openapi.json`)).status).toBe(404);
      expect((await fetch(`${url}/api/docs`)).status).toBe(404);
      expect((await fetch(`${url}/metrics`)).status).toBe(404);
      expect(await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text()).toContain('# HELP');
      expect((await fetch(`http://127.0.0.1:${metricsPort}/health/ready`)).status).toBe(404);
    } finally {
      await app.close();
    }
    await expect(fetch(`http://127.0.0.1:${metricsPort}/metrics`)).rejects.toThrow();
  });
});
