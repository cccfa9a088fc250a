import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startService } from '@loket/http';
import { dropDatabase } from '@loket/persistence';
import { intakeConfigFromEnv, SERVICE } from '../intake.config';
import { intakeModule } from '../intake.module';

/**
 * Intake's limits as an operator runs them: two instances behind one proxy hop (the gateway), counting in the one
 * database they share; real PostgreSQL and Kafka.
 */
describe('rate limits of intake (two instances, one database, behind the gateway)', () => {
  const instances: INestApplication[] = [];
  const urls: string[] = [];
  let db: DataSource;
  const config = intakeConfigFromEnv({
    ...process.env,
    LOKET_INTAKE_DB_NAME: `loket_intake_limits_${randomBytes(4).toString('hex')}`,
    LOKET_TRUST_PROXY_HOPS: '1',
    LOKET_REPORTS_RATE_LIMIT_PER_HOUR: '4',
    LOKET_RECEIPTS_PER_ADDRESS_PER_DAY: '2',
    LOKET_SUGGESTIONS_RATE_LIMIT_PER_MINUTE: '3',
    LOKET_SEALING_PUBLIC_KEY: Buffer.from(
      generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }).publicKey,
    ).toString('base64'),
  });
  const previousHops = process.env['LOKET_TRUST_PROXY_HOPS'];

  beforeAll(async () => {
    process.env['LOKET_TRUST_PROXY_HOPS'] = '1'; // read by the HTTP platform when the module is made
    for (let i = 0; i < 2; i++) {
      const app = await startService({ service: SERVICE, title: 'intake', module: intakeModule(config), port: 0, host: '127.0.0.1', logLevel: 'error' });
      instances.push(app);
      urls.push((await app.getUrl()).replace('[::1]', '127.0.0.1'));
    }
    db = instances[0].get(DataSource);
  });
  afterAll(async () => {
    if (previousHops === undefined) delete process.env['LOKET_TRUST_PROXY_HOPS'];
    else process.env['LOKET_TRUST_PROXY_HOPS'] = previousHops;
    for (const app of instances) await app.close();
    await dropDatabase(config.database);
  });

  /** As the gateway forwards it: whatever the client claimed, then the address the gateway saw. */
  const report = (instance: number, seenByGateway: string, body: object, claimed?: string) =>
    fetch(`${urls[instance]}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': [claimed, seenByGateway].filter(Boolean).join(', ') },
      body: JSON.stringify(body),
    });
  const valid = { description: 'Kapotte lantaarnpaal bij het speeltuintje', category: 'openbare-ruimte', location: { lat: 52.1, lon: 5.1 } };
  const reportCount = async () => Number((await db.query(`SELECT count(*) AS n FROM reports`))[0].n);

  it('counts one client across both instances, by the address the gateway saw, whatever the client claims', async () => {
    const statuses = [
      (await report(0, '203.0.113.7', valid, '198.51.100.1')).status,
      (await report(1, '203.0.113.7', valid, '198.51.100.2')).status,
      (await report(0, '203.0.113.7', valid)).status,
      (await report(1, '203.0.113.7', valid, '198.51.100.3')).status,
    ];
    expect(statuses).toEqual([201, 201, 201, 201]);
    const refused = await report(1, '203.0.113.7', valid, '198.51.100.4');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ status: 429, detail: expect.stringMatching(/Too many reports from your address/) });
    expect((await report(0, '203.0.113.8', valid)).status).toBe(201); // another client has its own budget
  });

  it('sends at most the configured receipts a day to one e-mail address, however it is written; a refused report is not stored', async () => {
    const withEmail = (email: string) => ({ ...valid, contact: { email } });
    expect((await report(0, '203.0.113.20', withEmail('anna@example.nl'))).status).toBe(201);
    expect((await report(1, '203.0.113.21', withEmail('Anna@Example.nl'))).status).toBe(201);
    const before = await reportCount();
    const refused = await report(0, '203.0.113.22', withEmail(' ANNA@example.nl '.trim()));
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ type: expect.stringContaining('too-many-receipts'), detail: expect.stringMatching(/without an e-mail address/) });
    expect(await reportCount()).toBe(before);
    expect((await report(0, '203.0.113.22', valid)).status).toBe(201); // the same person without an address
    expect((await report(0, '203.0.113.22', withEmail('bram@example.nl'))).status).toBe(201);
  });

  it('limits category suggestions as you type, per client', async () => {
    const suggest = (client: string) =>
      fetch(`${urls[1]}/api/v1/category-suggestions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ description: 'lantaarnpaal kapot' }),
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await suggest('203.0.113.30')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await suggest('203.0.113.31')).status).toBe(200);
  });

  it('keeps neither an address nor an e-mail address in its counts', async () => {
    const stored = JSON.stringify(await db.query(`SELECT * FROM rate_limit_windows`));
    expect(stored).toContain('reports');
    expect(stored).not.toMatch(/203\.0\.113|198\.51\.100|anna|example\.nl/i);
  });
});
