import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { INestApplication } from '@nestjs/common';
import { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { CaseOpened, CaseOpenedV1 } from '@loket/contracts';
import { startService } from '@loket/http';
import { buildEnvelope, connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, testKafka, tokenFor } from '@loket/testing';
import { SERVICE, workbenchConfigFromEnv } from '../workbench.config';
import { workbenchModule } from '../workbench.module';
import { ExportAuditAnchor } from './anchors/export-audit-anchor.job';
import { TypeormAuditLog } from './persistence/typeorm-audit-log';
import { verifyAuditLog } from './verify-audit-log';

const ROOT = join(__dirname, '../../../..');

/**
 * The audit log with the workbench in-process over HTTP, its own database, the real broker and real
 * Keycloak tokens: reads and changes leave chained entries, administrators query them, and the verify
 * command (`npm run audit:verify`, a child process) accepts the chain — until one entry is altered.
 */
describe('audit log (real PostgreSQL, Kafka and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const env = {
    ...process.env,
    LOKET_WORKBENCH_DB_NAME: `loket_workbench_audit_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-workbench-audit-${run}`,
    // the chain's head signed and kept outside the database; anchored when the test asks (the hourly pass aside)
    LOKET_AUDIT_SIGNING_KEYS: `audit-test:${Buffer.from(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' })).toString('base64')}`,
    LOKET_AUDIT_ANCHOR_FILE: join(mkdtempSync(join(tmpdir(), 'loket-audit-anchors-')), 'anchors.jsonl'),
    LOKET_AUDIT_ANCHOR_INTERVAL_MS: '3600000',
  };
  const config = workbenchConfigFromEnv(env);
  let app: INestApplication;
  let db: DataSource;
  let base: string;
  let producer: Producer;
  const tokens = { municipality: '', police: '', admin: '' };

  beforeAll(async () => {
    app = await startService({
      service: SERVICE,
      title: 'workbench',
      module: workbenchModule(config),
      port: 0,
      host: '127.0.0.1',
      logLevel: 'warn',
      beforeListen: connectEventConsumers,
    });
    base = `${await app.getUrl()}/api/v1`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    producer = testKafka(`audit-test-${run}`).producer({
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    [tokens.municipality, tokens.police, tokens.admin] = await Promise.all(
      ['gemeente.stadsbeheer', 'politie.wijkagent', 'admin'].map((user) => tokenFor(user)),
    );
  });
  afterAll(async () => {
    await producer?.disconnect();
    await app?.close();
    await dropDatabase(config.database);
  });

  const http = async (who: keyof typeof tokens, method: string, path: string, body?: unknown, correlationId?: string) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[who]}`,
        ...(correlationId ? { 'x-correlation-id': correlationId } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of several shapes, asserted by each test
    return { status: response.status, body: (text ? JSON.parse(text) : null) as any };
  };
  const verify = () =>
    promisify(execFile)('npm', ['run', '--silent', 'audit:verify'], { cwd: ROOT, env, timeout: 120_000 }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
    );

  function opened(): CaseOpenedV1 {
    return {
      caseId: randomUUID(),
      organisation: 'municipality',
      team: 'stadsbeheer',
      priority: 'normal',
      sla: { amount: 3, unit: 'days', calendar: 'working' },
      category: { main: 'afval', sub: 'grofvuil', sensitivity: 1 },
      report: {
        reportId: randomUUID(),
        reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
        description: `Grofvuil bij de container (${run})`,
        location: { lat: 52.0907, lon: 5.1214 },
        submittedAt: new Date().toISOString(),
        reporterTier: 'resident',
        areaIds: ['BU03440100'],
      },
      decision: { policyId: 'default', policyVersion: 1, ruleId: 'afval', explanation: 'Rule afval matched' },
      openedAt: new Date().toISOString(),
    };
  }

  /** Routing opens a case (an event: the system's change); returns the envelope's correlation id. */
  async function openCase(payload: CaseOpenedV1): Promise<string> {
    const envelope = buildEnvelope(CaseOpened, payload, 'routing');
    await producer.send({ topic: CaseOpened.topic, messages: [{ key: payload.caseId, value: JSON.stringify(envelope) }] });
    await expectEventually(async () => expect((await http('municipality', 'GET', `/cases/${payload.caseId}`)).status).toBe(200), {
      timeoutMs: 90_000, // a fresh consumer group on the shared broker may first read other runs' events
    });
    return envelope.correlationId;
  }

  const entriesOf = async (caseId: string) => {
    const page = await http('admin', 'GET', `/audit-log?caseId=${caseId}&limit=500`);
    expect(page.status).toBe(200);
    return [...page.body.items].reverse();
  };

  it('records reads and changes, by the system and by people, with roles, organisation and correlation id', async () => {
    const payload = opened();
    const eventCorrelation = await openCase(payload);
    const corr = `audit-${run}`;
    const caseUrl = `/cases/${payload.caseId}`;

    expect((await http('municipality', 'GET', '/cases?status=new&team=stadsbeheer&limit=5', undefined, `${corr}-list`)).status).toBe(200);
    expect((await http('municipality', 'GET', caseUrl, undefined, `${corr}-read`)).status).toBe(200);
    expect((await http('municipality', 'POST', `${caseUrl}/transitions`, { transition: 'assign', expectedVersion: 1 }, `${corr}-assign`)).status).toBe(200);
    const secret = `Buurman zegt dat eigenaar ${randomUUID()} het zelf neerzette`;
    expect((await http('municipality', 'POST', `${caseUrl}/notes`, { visibility: 'internal', text: secret }, `${corr}-note`)).status).toBe(201);
    expect((await http('municipality', 'POST', `${caseUrl}/transitions`, { transition: 'start', expectedVersion: 1 })).status).toBe(409);
    expect((await http('police', 'GET', caseUrl)).status).toBe(404);

    const all = await entriesOf(payload.caseId);
    // Every refused read is audited too: the holding organisation's polls before the case had arrived (not found),
    // and the police's attempt at a case that is not theirs.
    const refusals = all.filter((e: { action: string }) => e.action === 'case.access-refused');
    const entries = all.filter((e: { action: string }) => e.action !== 'case.access-refused');
    const refusedBy = (organisation: string) => refusals.filter((e: { actor: { organisation: string } }) => e.actor.organisation === organisation);
    expect(refusedBy('police')).toEqual([expect.objectContaining({ actor: expect.objectContaining({ kind: 'user', organisation: 'police' }), details: expect.objectContaining({ purpose: 'read' }) })]);
    expect(refusedBy('municipality').every((e: { details: { why: string } }) => e.details.why === 'not-found')).toBe(true);
    expect(refusals).toHaveLength(refusedBy('police').length + refusedBy('municipality').length);
    const municipalityActor = {
      kind: 'user',
      username: 'gemeente.stadsbeheer',
      roles: expect.arrayContaining(['professional']),
      organisation: 'municipality',
    };
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'case.opened',
        actor: { kind: 'system', subject: null, username: null, roles: [], organisation: null },
        correlationId: eventCorrelation,
        details: expect.objectContaining({ organisation: 'municipality', team: 'stadsbeheer', caseVersion: 1 }),
      }),
      // the test's own wait for the case
      ...entries.slice(1, -3).map(() => expect.objectContaining({ action: 'case.read' })),
      expect.objectContaining({ action: 'case.read', actor: expect.objectContaining(municipalityActor), correlationId: `${corr}-read` }),
      expect.objectContaining({
        action: 'case.status-changed',
        actor: expect.objectContaining(municipalityActor),
        correlationId: `${corr}-assign`,
        details: expect.objectContaining({ transition: 'assign', from: 'new', to: 'assigned', caseVersion: 2 }),
      }),
      expect.objectContaining({
        action: 'case.note-added',
        actor: expect.objectContaining(municipalityActor),
        correlationId: `${corr}-note`,
        details: { noteId: expect.any(String), visibility: 'internal' },
      }),
    ]);
    expect(all.every((e: { caseId: string }) => e.caseId === payload.caseId)).toBe(true);
    for (const text of [secret, 'Buurman', payload.report.description, 'Grofvuil', payload.report.reporterRef]) {
      expect(JSON.stringify(all)).not.toContain(text);
    }

    const lists = await http('admin', 'GET', '/audit-log?actor=gemeente.stadsbeheer&limit=500');
    expect(lists.body.items).toContainEqual(
      expect.objectContaining({
        action: 'cases.listed',
        caseId: null,
        correlationId: `${corr}-list`,
        details: { status: 'new', team: 'stadsbeheer', limit: 5, page: 'first', returned: expect.any(Number) },
      }),
    );
    expect(lists.body.items.every((e: { actor: { username: string } }) => e.actor.username === 'gemeente.stadsbeheer')).toBe(true);
  });

  it('pages newest first by cursor, filters by time, and is for administrators only', async () => {
    const all = ((await db.query(`SELECT sequence, occurred_at FROM audit_log_entries ORDER BY sequence DESC`)) as { sequence: string; occurred_at: Date }[]).map(
      (row) => ({ sequence: Number(row.sequence), occurredAt: row.occurred_at.toISOString() }),
    );
    expect(all.length).toBeGreaterThan(4);
    const sequences: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: { sequence: number }[]; nextCursor: string | null } } = await http(
        'admin',
        'GET',
        `/audit-log?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      sequences.push(...page.body.items.map((e) => e.sequence));
      cursor = page.body.nextCursor;
    } while (cursor);
    // reading a page is itself audited, above the pages already taken: the pages hold exactly what was there, newest first
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a));
    expect(sequences.filter((s) => s <= all[0].sequence)).toEqual(all.map((e) => e.sequence));
    expect(sequences[sequences.length - 1]).toBe(1);

    const middle = all[Math.floor(all.length / 2)];
    const later = (await http('admin', 'GET', `/audit-log?limit=500&from=${encodeURIComponent(middle.occurredAt)}`)).body.items;
    expect(later.every((e: { occurredAt: string }) => e.occurredAt >= middle.occurredAt)).toBe(true);
    const earlier = (await http('admin', 'GET', `/audit-log?limit=500&to=${encodeURIComponent(middle.occurredAt)}`)).body.items;
    expect(earlier.every((e: { occurredAt: string }) => e.occurredAt < middle.occurredAt)).toBe(true);

    expect((await http('municipality', 'GET', '/audit-log')).status).toBe(403);
    expect((await http('admin', 'GET', '/audit-log?cursor=bm9wZQ')).status).toBe(400);
    expect((await http('admin', 'GET', '/audit-log?caseId=not-a-uuid')).status).toBe(400);
    expect((await http('admin', 'GET', '/audit-log?from=yesterday')).status).toBe(400);
  });

  it('keeps one unforked chain under concurrent reads and changes, and the database refuses to change it', async () => {
    const cases = [opened(), opened(), opened()];
    await Promise.all(cases.map(openCase));
    await Promise.all(
      cases.flatMap((c) => [
        http('municipality', 'POST', `/cases/${c.caseId}/transitions`, { transition: 'assign', expectedVersion: 1 }),
        http('municipality', 'POST', `/cases/${c.caseId}/notes`, { visibility: 'internal', text: 'tegelijk' }),
        ...Array.from({ length: 5 }, () => http('municipality', 'GET', `/cases/${c.caseId}`)),
        http('municipality', 'GET', '/cases?limit=3'),
      ]),
    );
    const rows: { sequence: string; previous_hash: string; hash: string }[] = await db.query(
      `SELECT sequence, previous_hash, hash FROM audit_log_entries ORDER BY sequence`,
    );
    expect(rows.map((r) => Number(r.sequence))).toEqual(rows.map((_, i) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i].previous_hash).toBe(rows[i - 1].hash);
    const [head] = await db.query(`SELECT last_sequence, last_hash FROM audit_chain_head`);
    expect([Number(head.last_sequence), head.last_hash]).toEqual([rows.length, rows[rows.length - 1].hash]);

    await expect(db.query(`UPDATE audit_log_entries SET action = 'case.read' WHERE sequence = 1`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_log_entries WHERE sequence = 1`)).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_log_entries`)).rejects.toThrow(/append-only/);
  });

  it('verifies with `npm run audit:verify`, and names the entry once one was altered in the database', async () => {
    const good = await verify();
    expect(good.code).toBe(0);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM audit_log_entries`);
    expect(good.stdout).toMatch(new RegExp(`verified: \\d+ entries`));
    expect(Number(/verified: (\d+) entries/.exec(good.stdout)![1])).toBeGreaterThanOrEqual(n);
    // the same check from the console, over HTTP; it is itself recorded
    const fromConsole = await http('admin', 'POST', '/audit-log/verification');
    expect(fromConsole).toMatchObject({ status: 200, body: { ok: true, verified: expect.any(Number), head: { sequence: expect.any(Number) } } });
    expect(fromConsole.body.verified).toBeGreaterThanOrEqual(n);
    expect((await http('municipality', 'POST', '/audit-log/verification')).status).toBe(403);

    const [victim] = await db.query(
      `SELECT sequence FROM audit_log_entries WHERE action = 'case.status-changed' ORDER BY sequence LIMIT 1`,
    );
    // as the database superuser, past the append-only trigger: someone covering their tracks
    await db.transaction(async (tx) => {
      await tx.query(`ALTER TABLE audit_log_entries DISABLE TRIGGER trg_audit_log_entries_append_only`);
      await tx.query(`UPDATE audit_log_entries SET actor_username = 'someone.else' WHERE sequence = $1`, [victim.sequence]);
      await tx.query(`ALTER TABLE audit_log_entries ENABLE TRIGGER trg_audit_log_entries_append_only`);
    });
    const bad = await verify();
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`BROKEN at entry ${victim.sequence} (hash)`);
    expect(bad.stderr).toContain(`${Number(victim.sequence) - 1} entries verified before it`);
    const brokenFromConsole = await http('admin', 'POST', '/audit-log/verification');
    expect(brokenFromConsole.body).toEqual({
      ok: false,
      verified: Number(victim.sequence) - 1,
      anchorsChecked: 0,
      broken: { sequence: Number(victim.sequence), reason: 'hash', detail: expect.any(String) },
    });
  });

  it('anchors the head outside the database, signed, and so catches a consistent rewrite that the chain alone does not show', async () => {
    const anchors = app.get(ExportAuditAnchor);
    const first = await anchors.runOnce();
    const [head] = await db.query(`SELECT last_sequence, last_hash FROM audit_chain_head`);
    expect(first).toMatchObject({ chain: config.database.database, sequence: Number(head.last_sequence), hash: head.last_hash, kid: 'audit-test' });
    expect(await anchors.runOnce()).toBeNull(); // the head did not move
    expect((await http('admin', 'GET', '/audit-log?limit=1')).status).toBe(200); // a read: the head moves
    const second = await anchors.runOnce();
    expect(second!.sequence).toBeGreaterThan(first!.sequence);
    const written = readFileSync(env.LOKET_AUDIT_ANCHOR_FILE, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(written).toEqual([first, second]);

    // As the database superuser, past the append-only trigger: every entry rewritten from the first on (one actor
    // changed), every hash recomputed and the head moved along, as someone who knows the scheme would. (This also
    // re-hashes the entry the test above altered, so the chain is whole again in itself.)
    const log = new TypeormAuditLog(db);
    await db.transaction(async (tx) => {
      const entries = await log.entriesAfter(tx, 0, 1_000_000);
      await tx.query(`ALTER TABLE audit_log_entries DISABLE TRIGGER trg_audit_log_entries_append_only`);
      await tx.query(`DELETE FROM audit_log_entries`);
      await tx.query(`UPDATE audit_chain_head SET last_sequence = 0, last_hash = $1`, ['0'.repeat(64)]);
      const rewritten = entries.map((entry, index) => (index === 0 ? { ...entry, actor: { ...entry.actor, username: 'someone.else' } } : entry));
      await log.append(tx, rewritten);
      await tx.query(`ALTER TABLE audit_log_entries ENABLE TRIGGER trg_audit_log_entries_append_only`);
    });
    // the chain alone: whole
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, anchorsChecked: 0 });
    // against the anchors: rewritten, at the first anchored entry
    const fromConsole = await http('admin', 'POST', '/audit-log/verification');
    expect(fromConsole.body).toMatchObject({ ok: false, anchorsChecked: 0, broken: { sequence: first!.sequence, reason: 'anchor' } });
    const bad = await verify();
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`BROKEN at entry ${first!.sequence} (anchor)`);
  });
});
