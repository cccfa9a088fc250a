import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { startService } from '@loket/http';
import { dropDatabase } from '@loket/persistence';
import { intakeConfigFromEnv, SERVICE } from '../intake.config';
import { intakeModule } from '../intake.module';

/** The geocoder route of intake in-process, with the offline gazetteer and a small rate limit. */
describe('GET /api/v1/geocoder/search (real PostgreSQL and Kafka, offline gazetteer)', () => {
  let app: INestApplication;
  let url: string;
  const config = intakeConfigFromEnv({
    ...process.env,
    LOKET_INTAKE_DB_NAME: `loket_intake_geocoder_${randomBytes(4).toString('hex')}`,
    LOKET_GEOCODER: 'gazetteer',
    LOKET_GEOCODER_RATE_LIMIT_PER_MINUTE: '5',
    LOKET_SEALING_PUBLIC_KEY: Buffer.from(
      generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }).publicKey,
    ).toString('base64'),
  });

  beforeAll(async () => {
    app = await startService({ service: SERVICE, title: 'intake', module: intakeModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn' });
    url = `${await app.getUrl()}/api/v1/geocoder/search`.replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app.close();
    await dropDatabase(config.database);
  });

  it('finds an address of the demo municipality without a token', async () => {
    const response = await fetch(`${url}?q=${encodeURIComponent('Dorpsstraat 12')}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ label: 'Dorpsstraat 12, 1901 AB Demostad', lat: expect.any(Number), lon: expect.any(Number) }]);
  });

  it('answers a missing or too short query with a 400 problem', async () => {
    for (const query of ['', '?q=a', '?q=Dorpsstraat&limit=99']) {
      const response = await fetch(`${url}${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('limits requests per address: a 429 problem with Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${url}?q=Marktplein`);
      statuses.push(response.status);
      retryAfter ??= response.headers.get('retry-after');
    }
    expect(statuses.slice(0, 1)).toEqual([200]);
    expect(statuses.at(-1)).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
