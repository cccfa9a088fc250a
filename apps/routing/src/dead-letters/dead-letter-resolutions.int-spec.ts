import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Topics } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, testKafka, tokenFor } from '@loket/testing';
import { routingConfigFromEnv, SERVICE } from '../routing.config';
import { routingModule } from '../routing.module';

/** Routing parks what it cannot process; an administrator's replay or discard lands in its admin audit. */
describe('dead letters in routing (real PostgreSQL, Kafka and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const config = routingConfigFromEnv({
    ...process.env,
    LOKET_ROUTING_DB_NAME: `loket_routing_dead_letters_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-routing-dead-letters-${run}`,
  });
  let app: INestApplication;
  let base: string;
  let admin: string;

  beforeAll(async () => {
    admin = await tokenFor('admin');
    app = await startService({ service: SERVICE, title: 'routing', module: routingModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn', beforeListen: connectEventConsumers });
    base = `${await app.getUrl()}/api/v1`.replace('[::1]', '127.0.0.1');
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await dropDatabase(config.database);
  });

  it('parks a malformed report event and records its discard, who and why, in admin_audit', async () => {
    const marker = randomUUID();
    const producer = testKafka(`dead-letters-${run}`).producer();
    await producer.connect();
    await producer.send({ topic: Topics.ReportSubmittedV1, messages: [{ key: marker, value: `not json ${marker}` }] });
    await producer.disconnect();

    const letter = await expectEventually(async () => {
      const response = await fetch(`${base}/admin/dead-letters?topic=${Topics.ReportSubmittedV1}&status=parked`, { headers: { authorization: `Bearer ${admin}` } });
      expect(response.status).toBe(200);
      const found = ((await response.json()) as { items: { id: string; value: string }[] }).items.find((l) => l.value.includes(marker));
      expect(found).toBeDefined();
      return found!;
    }, { timeoutMs: 60_000 });
    const discard = await fetch(`${base}/admin/dead-letters/${letter.id}/discard`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'not an event: a test wrote text' }),
    });
    expect(discard.status).toBe(204);

    const audit = await app.get(DataSource).query(
      `SELECT actor_username, action, before, after FROM admin_audit WHERE subject_type = 'dead-letter' AND subject_id = $1`,
      [letter.id],
    );
    expect(audit).toEqual([
      {
        actor_username: 'admin',
        action: 'dead-letter.discarded',
        before: { status: 'parked' },
        after: { status: 'discarded', topic: Topics.ReportSubmittedV1, eventId: null, reason: 'not an event: a test wrote text' },
      },
    ]);
  }, 120_000);
});
