import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReporterContactSubmitted, sealFor, Topics } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, publishEvent, testEnvironment, tokenFor } from '@loket/testing';
import { feedbackConfigFromEnv } from './feedback.config';
import { feedbackModule } from './feedback.module';

const ROOT = resolve(__dirname, '../../..');

/**
 * The dead-letter workflow through the real feedback service: an event it cannot process (sealed for a key it does
 * not hold yet) is parked; an administrator sees it, and after the fix (the key is deployed) replays it over HTTP
 * with a real Keycloak token and it is applied once; another is discarded with a reason; nobody else may do either.
 */
describe('dead letters in the feedback service: admin API and CLI (real Kafka, PostgreSQL, Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const keyPair = () =>
    generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  const deployed = keyPair();
  const rotated = keyPair(); // the key intake already seals with, not yet deployed to feedback: the "bug"
  const b64 = (pem: string) => Buffer.from(pem).toString('base64');
  const env = (privateKeys: string) => ({
    ...process.env,
    LOKET_FEEDBACK_DB_NAME: `loket_dead_letters_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-feedback-dead-letters-${run}`,
    LOKET_SEALING_PRIVATE_KEYS: privateKeys,
    LOKET_FEEDBACK_DATA_KEYS: `data-${run}:${randomBytes(32).toString('base64')}`,
    LOKET_FEEDBACK_LINK_SECRET: randomBytes(32).toString('base64'),
  });
  const before = feedbackConfigFromEnv(env(`deployed-${run}:${b64(deployed.privateKey)}`));
  const after = feedbackConfigFromEnv(env(`deployed-${run}:${b64(deployed.privateKey)},rotated-${run}:${b64(rotated.privateKey)}`));
  after.dataKeys = before.dataKeys;
  let app: INestApplication;
  let url: string;
  let admin: string;
  let professional: string;

  const start = async (config: typeof before) => {
    app = await startService({ service: 'feedback', title: 'feedback', module: feedbackModule(config), host: '127.0.0.1', port: 0, logLevel: 'warn', beforeListen: connectEventConsumers });
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  };
  const api = async (method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as Record<string, never> };
  };
  const contactSealedFor = (kid: string, publicKey: string) => {
    const reportId = randomUUID();
    const sealed = sealFor({ kid, publicKey }, {
      trackingCode: 'ABCD-EFGH-JKMN-PQRS-TUVW', contact: { email: `melder.${run}@example.nl`, name: 'Melder' },
      consentToContact: true, language: 'nl', tier: 'resident',
    });
    return publishEvent(ReporterContactSubmitted, { reportId, reporterRef: `rr_${randomBytes(16).toString('base64url')}`, sealed });
  };
  type Letter = { eventId: string; id: string; reason: string; attempts: number };
  /** A new consumer group reads the shared topics from the start, old test events included: page through all. */
  const parkedFor = (eventId: string) =>
    expectEventually(async () => {
      let found: Letter | undefined;
      let after: string | null = null;
      do {
        const query = `status=parked&topic=${Topics.ReporterContactSubmittedV1}&limit=200${after ? `&after=${after}` : ''}`;
        const page = await api('GET', `/api/v1/admin/dead-letters?${query}`, admin);
        expect(page.status).toBe(200);
        found = (page.body['items'] as Letter[]).find((l) => l.eventId === eventId);
        after = page.body['nextAfter'];
      } while (!found && after);
      expect(found).toBeDefined();
      return found!;
    }, { timeoutMs: 60_000 });
  const db = () => app.get(DataSource);

  beforeAll(async () => {
    [admin, professional] = await Promise.all([tokenFor('admin'), tokenFor('gemeente.stadsbeheer')]);
    await start(before);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await dropDatabase(before.database);
  });

  it('parks an event it cannot process, shows it to administrators only, counts it, and after the fix replays it exactly once', async () => {
    const event = await contactSealedFor(`rotated-${run}`, rotated.publicKey);
    const letter = await parkedFor(event.id);
    expect(letter).toMatchObject({ reason: `sealed reporter details: no private key for sealed box kid "rotated-${run}"`, attempts: 1 });
    expect((await api('GET', '/api/v1/admin/dead-letters', professional)).status).toBe(403);
    expect((await api('GET', '/api/v1/admin/dead-letters')).status).toBe(401);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(new RegExp(`loket_dead_letters_parked\\{topic="${Topics.ReporterContactSubmittedV1.replace(/\./g, '\\.')}",reason="sealed reporter details: no private key for sealed box kid \\\\"rotated-${run}\\\\"",service="feedback"\\} 1`));

    await app.close(); // the fix: the new key is deployed
    await start(after);
    expect((await api('POST', `/api/v1/admin/dead-letters/${letter.id}/replay`, professional, {})).status).toBe(403);
    expect((await api('POST', `/api/v1/admin/dead-letters/${letter.id}/replay`, admin, { reason: 'sealing key deployed' })).status).toBe(204);

    await expectEventually(async () => {
      const reporters = await db().query(`SELECT report_id FROM reporters WHERE report_id = $1`, [event.payload.reportId]);
      expect(reporters).toHaveLength(1);
    }, { timeoutMs: 60_000 });
    const inbox = await db().query(`SELECT consumer FROM inbox_messages WHERE event_id = $1`, [event.id]);
    expect(inbox).toHaveLength(1);
    const replayed = await api('GET', `/api/v1/admin/dead-letters?status=replayed&limit=200`, admin);
    expect(replayed.body['items']).toEqual([
      expect.objectContaining({ id: letter.id, status: 'replayed', resolvedBy: 'admin', resolutionReason: 'sealing key deployed' }),
    ]);
    expect((await api('POST', `/api/v1/admin/dead-letters/${letter.id}/replay`, admin, {})).status).toBe(409);
  }, 240_000);

  it('discards only with a reason, records who did it, and the CLI lists it', async () => {
    const lost = keyPair();
    const event = await contactSealedFor(`lost-${run}`, lost.publicKey);
    const letter = await parkedFor(event.id);

    const noReason = await api('POST', `/api/v1/admin/dead-letters/${letter.id}/discard`, admin, {});
    expect(noReason.status).toBe(400);
    expect((await api('POST', `/api/v1/admin/dead-letters/${letter.id}/discard`, professional, { reason: 'x' })).status).toBe(403);
    const discarded = await api('POST', `/api/v1/admin/dead-letters/${letter.id}/discard`, admin, { reason: 'sealed with a key that was never issued' });
    expect(discarded.status).toBe(204);
    const [row] = await db().query(`SELECT status, resolved_by, resolved_at, resolution_reason FROM dead_letters WHERE id = $1`, [letter.id]);
    expect(row).toMatchObject({ status: 'discarded', resolved_by: 'admin', resolution_reason: 'sealed with a key that was never issued' });
    expect(row.resolved_at).toBeInstanceOf(Date);

    const { keycloakUrl, realm } = testEnvironment();
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'dlq', '--', 'list', '--service', 'feedback', '--status', 'discarded'], {
      cwd: ROOT,
      env: { ...process.env, LOKET_DLQ_USERNAME: 'admin', LOKET_DLQ_PASSWORD: 'loket-demo', LOKET_FEEDBACK_URL: url, LOKET_KEYCLOAK_URL: keycloakUrl, LOKET_KEYCLOAK_REALM: realm },
    });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`feedback\t${letter.id}\tdiscarded\t`);
    expect(lines[0]).toContain(`${event.id}`);
    expect(lines[0]).toContain('by admin at');
  }, 120_000);
});
