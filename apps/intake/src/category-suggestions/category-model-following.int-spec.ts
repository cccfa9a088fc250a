import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CategorySuggester, loadRepositoryExamples } from '@loket/category-suggestion';
import { CategoryModelActivated } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, publishEvent } from '@loket/testing';
import { intakeConfigFromEnv, SERVICE } from '../intake.config';
import { intakeModule } from '../intake.module';

/**
 * Intake in-process with its consumer: while a resident types, it suggests by the built-in model, then by each
 * category suggester version routing activates (`category-model.activated`), and by the built-in one again after a
 * roll-back to it.
 */
describe('intake follows category-model.activated (real PostgreSQL and Kafka)', () => {
  const run = randomBytes(4).toString('hex');
  const sealing = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  const config = intakeConfigFromEnv({
    ...process.env,
    LOKET_INTAKE_DB_NAME: `loket_intake_category_model_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-intake-category-model-${run}`,
    LOKET_SEALING_PUBLIC_KEY: Buffer.from(sealing.publicKey).toString('base64'),
    LOKET_SUGGESTIONS_RATE_LIMIT_PER_MINUTE: '60000',
  });
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    app = await startService({ service: SERVICE, title: 'intake', module: intakeModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn', beforeListen: connectEventConsumers });
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    await dropDatabase(config.database);
  });

  const suggests = async (text: string) => {
    const response = await fetch(`${url}/api/v1/category-suggestions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ description: text }) });
    expect(response.status).toBe(200);
    return (await response.json()) as { category: string; subcategory: string; confidence: number }[];
  };
  const answerOf = (suggester: CategorySuggester, text: string) =>
    suggester.suggest(text, 5).map(({ category, subcategory, confidence }) => ({ category, subcategory, confidence: Math.round(confidence * 1000) / 1000 }));
  // Activation numbers far above any an earlier run on this broker used, so this run's are the newest.
  const base = Math.floor(Date.now() / 1000);
  const activated = (activation: number, version: number, examples: { text: string; category: string; subcategory: string }[]) =>
    publishEvent(CategoryModelActivated, { activation: base + activation, version, activatedAt: new Date().toISOString(), examples });

  it('suggests by the version routing activated, and by the built-in model after a roll-back', async () => {
    const text = 'de lantaarn is kapot en het is donker';
    const builtIn = CategorySuggester.fromRepositoryExamples();
    const examples = Array.from({ length: 40 }, (_, i) => ({ text: `lantaarn kapot donker ${i % 2 ? 'oversteek' : 'fietsers'}`, category: 'veiligheid', subcategory: 'verkeersonveilig' }));
    const version7 = CategorySuggester.train([...loadRepositoryExamples(), ...examples]);
    expect(answerOf(version7, text)[0]).toMatchObject({ category: 'veiligheid', subcategory: 'verkeersonveilig' });
    expect(await suggests(text)).toEqual(answerOf(builtIn, text));

    await activated(1, 7, examples);
    await expectEventually(async () => expect(await suggests(text)).toEqual(answerOf(version7, text)), { timeoutMs: 60_000 });

    await activated(2, 0, []);
    await expectEventually(async () => expect(await suggests(text)).toEqual(answerOf(builtIn, text)), { timeoutMs: 60_000 });
    const kept: { activation: number; version: number }[] = await app.get(DataSource).query(`SELECT activation, version FROM received_category_models ORDER BY activation`);
    expect(kept.map((k) => [k.activation - base, k.version])).toEqual([[1, 7], [2, 0]]);
  });
});
