import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TaxonomyPublished } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { SEED_TAXONOMY, Taxonomy } from '@loket/taxonomy';
import { expectEventually, publishEvent } from '@loket/testing';
import { intakeConfigFromEnv, SERVICE } from '../intake.config';
import { intakeModule } from '../intake.module';

/** Intake in-process with its consumer: it checks answers by the seed, then by each taxonomy routing publishes. */
describe('intake follows taxonomy.published (real PostgreSQL and Kafka)', () => {
  const run = randomBytes(4).toString('hex');
  const sealing = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  const config = intakeConfigFromEnv({
    ...process.env,
    LOKET_INTAKE_DB_NAME: `loket_intake_taxonomy_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-intake-taxonomy-${run}`,
    LOKET_SEALING_PUBLIC_KEY: Buffer.from(sealing.publicKey).toString('base64'),
  });
  const question = `vraag-${run}`;
  let app: INestApplication;
  let url: string;
  let db: DataSource;

  beforeAll(async () => {
    app = await startService({ service: SERVICE, title: 'intake', module: intakeModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn', beforeListen: connectEventConsumers });
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
    await dropDatabase(config.database);
  });

  const report = (answers: Record<string, unknown>) =>
    fetch(`${url}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'Zakken met afval op de stoep', category: 'afval', subcategory: 'zwerfafval', location: { lat: 52.09, lon: 5.12 }, answers }),
    });
  const withQuestion = (): Taxonomy => {
    const taxonomy = structuredClone(SEED_TAXONOMY);
    const litter = taxonomy.categories.find((c) => c.code === 'afval')!.sub.find((s) => s.code === 'zwerfafval')!;
    litter.questions = [{ id: question, kind: 'number', label: { nl: 'Hoeveel zakken?', en: 'How many bags?' }, required: true, min: 1, max: 50, integer: true }];
    return taxonomy;
  };
  const keptVersions = async () => (await db.query(`SELECT version FROM received_taxonomies ORDER BY version`)).map((r: { version: number }) => r.version);

  it('checks by the seed until a version arrives, then by the highest version it kept, once per version', async () => {
    const before = await report({ [question]: 3 });
    expect(before.status).toBe(400);
    expect(JSON.stringify(await before.json())).toContain(`answers.${question}`);

    const published = { version: 2, publishedAt: new Date().toISOString(), taxonomy: withQuestion() };
    await publishEvent(TaxonomyPublished, published, 'routing');
    await publishEvent(TaxonomyPublished, published, 'routing');
    await expectEventually(async () => expect(await keptVersions()).toEqual([2]), { timeoutMs: 60_000 });

    expect((await report({ [question]: 3 })).status).toBe(201);
    const missing = await report({});
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { errors: unknown }).errors).toEqual([{ field: `answers.${question}`, messages: [expect.stringContaining('required')] }]);
    const stored = await db.query(`SELECT answers FROM reports`);
    expect(JSON.stringify(stored)).toContain(question);

    await publishEvent(TaxonomyPublished, { version: 1, publishedAt: new Date().toISOString(), taxonomy: SEED_TAXONOMY }, 'routing');
    await expectEventually(async () => expect(await keptVersions()).toEqual([1, 2]), { timeoutMs: 60_000 });
    expect((await report({ [question]: 4 })).status).toBe(201);
  });
});
