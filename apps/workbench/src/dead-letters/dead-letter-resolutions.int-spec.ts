import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Topics } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, testKafka, tokenFor } from '@loket/testing';
import { SERVICE, workbenchConfigFromEnv } from '../workbench.config';
import { workbenchModule } from '../workbench.module';

/** The workbench parks what it cannot process; an administrator's discard lands in its chained audit log. */
describe('dead letters in the workbench (real PostgreSQL, Kafka and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const config = workbenchConfigFromEnv({
    ...process.env,
    LOKET_WORKBENCH_DB_NAME: `loket_workbench_dead_letters_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-workbench-dead-letters-${run}`,
  });
  let app: INestApplication;
  let base: string;
  const tokens = { admin: '', coordinator: '' };

  beforeAll(async () => {
    [tokens.admin, tokens.coordinator] = await Promise.all(['admin', 'coordinator'].map((user) => tokenFor(user)));
    app = await startService({ service: SERVICE, title: 'workbench', module: workbenchModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn', beforeListen: connectEventConsumers });
    base = `${await app.getUrl()}/api/v1`.replace('[::1]', '127.0.0.1');
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await dropDatabase(config.database);
  });

  const http = async (who: keyof typeof tokens, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[who]}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as Record<string, never> };
  };

  it('parks a malformed case event and records its discard, by whom, in the audit chain', async () => {
    const marker = randomUUID();
    const producer = testKafka(`dead-letters-${run}`).producer();
    await producer.connect();
    await producer.send({ topic: Topics.CaseOpenedV1, messages: [{ key: marker, value: JSON.stringify({ garbage: marker }) }] });
    await producer.disconnect();

    const letter = await expectEventually(async () => {
      const page = await http('admin', 'GET', `/admin/dead-letters?topic=${Topics.CaseOpenedV1}&status=parked`);
      expect(page.status).toBe(200);
      const found = (page.body['items'] as { id: string; value: string; reason: string }[]).find((l) => l.value.includes(marker));
      expect(found).toBeDefined();
      return found!;
    }, { timeoutMs: 60_000 });
    expect(letter.reason).toMatch(/^invalid envelope/);
    expect((await http('coordinator', 'POST', `/admin/dead-letters/${letter.id}/discard`, { reason: 'garbage' })).status).toBe(403);
    expect((await http('admin', 'POST', `/admin/dead-letters/${letter.id}/discard`, { reason: 'a test producer wrote garbage' })).status).toBe(204);

    const log = await http('admin', 'GET', '/audit-log?actor=admin&limit=50');
    expect(log.status).toBe(200);
    const entry = (log.body['items'] as { action: string; details: Record<string, unknown>; actor: { username: string } }[]).find(
      (e) => e.action === 'dead-letter.discarded',
    );
    expect(entry).toMatchObject({ actor: { username: 'admin' }, details: { deadLetterId: letter.id, topic: Topics.CaseOpenedV1 } });
  }, 120_000);
});
