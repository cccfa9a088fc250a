import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  EventEnvelope, openSealedBox, ReporterContactSubmitted, ReporterContactSubmittedV1, ReportSubmitted, ReportSubmittedV1, SealedReporterDetails,
} from '@loket/contracts';
import { startService } from '@loket/http';
import { dropDatabase } from '@loket/persistence';
import { keepOutboxWrites, OUTBOX_WRITES, readEvent, tokenFor } from '@loket/testing';
import { intakeConfigFromEnv, SERVICE } from '../../intake.config';
import { intakeModule } from '../../intake.module';

/**
 * A chat message forwarded by a volunteer, through intake in-process over HTTP with its own fresh database and the
 * real broker: the group members' names and numbers are gone before anything is stored, in any table of intake.
 */
describe('forwarded chat messages (real PostgreSQL and Kafka)', () => {
  let app: INestApplication;
  let base: string;
  let db: DataSource;
  const sealing = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  const config = intakeConfigFromEnv({
    ...process.env,
    LOKET_INTAKE_DB_NAME: `loket_intake_test_${randomBytes(4).toString('hex')}`,
    LOKET_SEALING_PUBLIC_KEY: Buffer.from(sealing.publicKey).toString('base64'),
  });
  const paste = [
    '[05-12-26 21:03] Marjolein Verstappen: Er wordt weer gedeald in het trappenhuis van de Lindenlaan 40',
    '[05-12-26 21:04] +31 6 48151623: @Marjolein Verstappen zag het ook, bel me op 06-42424242',
    '[05-12-26 21:05] Marjolein Verstappen: <Media weggelaten>',
    '[05-12-26 21:06] Grietje Ouwehand heeft Bartholomeus toegevoegd',
  ].join('\n');
  const members = ['Marjolein', 'Verstappen', '48151623', '42424242', 'Grietje', 'Ouwehand', 'Bartholomeus'];
  const where = { lat: 52.0907, lon: 5.1214 };

  beforeAll(async () => {
    app = await startService({ service: SERVICE, title: 'intake', module: intakeModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn' });
    base = `${await app.getUrl()}/api/v1`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await keepOutboxWrites(db); // the relay deletes what it published: the tests read what was written
  });
  afterAll(async () => {
    await app.close();
    await dropDatabase(config.database);
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  /** Every row of every table intake has, as text. */
  const everythingStored = async (): Promise<string> => {
    const tables: { table_name: string }[] = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
    const rows = await Promise.all(tables.map(async ({ table_name }) => [table_name, await db.query(`SELECT * FROM "${table_name}"`)]));
    return JSON.stringify(rows, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('latin1') : value));
  };
  /** How many rows the tables that hold reports have (rate-limit windows count every request, stored or not). */
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        ['reports', OUTBOX_WRITES, 'idempotency_records', 'report_photos'].map(async (table) => [table, Number((await db.query(`SELECT count(*) AS n FROM "${table}"`))[0].n)]),
      ),
    );
  /** The report's event as a consumer reads it (its personal fields opened with the report's key). */
  const reportEvent = async (reportId: string): Promise<ReportSubmittedV1> => {
    const rows: { envelope: EventEnvelope<ReportSubmittedV1> }[] = await db.query(
      `SELECT envelope FROM ${OUTBOX_WRITES} WHERE envelope->>'type' = 'report.submitted' AND envelope->'payload'->>'reportId' = $1`,
      [reportId],
    );
    return (await readEvent(ReportSubmitted, JSON.stringify(rows[0]!.envelope), config.messaging.subjectKeys)).payload;
  };

  it('previews what a report would hold, storing nothing', async () => {
    const before = await counts();
    const response = await post('/chat-forwards/preview', { chatExport: paste });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      description:
        '[21:03] groepslid 1: Er wordt weer gedeald in het trappenhuis van de Lindenlaan 40\n' +
        '[21:04] groepslid 2: groepslid 1 zag het ook, bel me op [telefoonnummer verwijderd]',
      observedAt: '2026-12-05T20:03:00.000Z',
      messages: 2,
      // the two who wrote, and the two the group event names (who added whom)
      members: 4,
    });
    expect(await counts()).toEqual(before);
  });

  it('stores a volunteer\'s forward as a report on channel chat with the message time, and nothing of the group members anywhere', async () => {
    const token = await tokenFor('vrijwilliger');
    const response = await post(
      '/reports',
      { chatExport: paste, description: 'Uit de buurtapp van de Lindenlaan', category: 'overlast', location: where, contact: { email: 'vrijwilliger.chat@example.nl' } },
      { authorization: `Bearer ${token}`, 'idempotency-key': `chat-${randomUUID()}` },
    );
    expect(response.status).toBe(201);
    const { reportId } = (await response.json()) as { reportId: string };
    const [row] = await db.query(`SELECT description, channel, observed_at, reporter_tier FROM reports WHERE id = $1`, [reportId]);
    expect(row).toMatchObject({ channel: 'chat', reporter_tier: 'volunteer' });
    expect(row.description).toMatch(/^Uit de buurtapp van de Lindenlaan\n\n\[21:03\] groepslid 1: Er wordt weer gedeald/);
    expect(new Date(row.observed_at).toISOString()).toBe('2026-12-05T20:03:00.000Z');
    const event = await reportEvent(reportId);
    expect(event).toMatchObject({ channel: 'chat', observedAt: '2026-12-05T20:03:00.000Z', description: row.description });
    const stored = await everythingStored();
    expect(stored).toContain('trappenhuis van de Lindenlaan 40');
    for (const trace of members) expect(stored).not.toContain(trace);
    // The volunteer is the reporter: their contact goes to the feedback service, sealed, and nobody else's does.
    const sealedRows: { envelope: EventEnvelope<ReporterContactSubmittedV1> }[] = await db.query(
      `SELECT envelope FROM ${OUTBOX_WRITES} WHERE envelope->>'type' = 'reporter.contact-submitted' AND envelope->'payload'->>'reportId' = $1`,
      [reportId],
    );
    const box = (await readEvent(ReporterContactSubmitted, JSON.stringify(sealedRows[0]!.envelope), config.messaging.subjectKeys)).payload.sealed;
    const details = openSealedBox(box, new Map([[box.kid, sealing.privateKey]])) as SealedReporterDetails;
    expect(details).toMatchObject({ contact: { email: 'vrijwilliger.chat@example.nl' }, tier: 'volunteer' });
    expect(JSON.stringify(details)).not.toMatch(/Marjolein|48151623/);
  });

  it('refuses a paste that is not a chat export, and a follow that forwards a chat, naming the field and storing nothing', async () => {
    const before = await counts();
    for (const body of [
      { chatExport: 'Marjolein zegt dat er weer gedeald wordt', location: where },
      { chatExport: '[05-12-99 21:03] Marjolein: morgen', location: where },
      { chatExport: '', location: where },
      { chatExport: paste, follows: randomUUID() },
    ]) {
      const response = await post('/reports', body);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { type: string; detail: string; errors: { field: string }[] };
      if (body.chatExport) expect(problem.type).toMatch(/\/chat-(no-messages|in-the-future)$|validation-error$/);
      expect(problem.errors.map((e) => e.field)).toContain('chatExport');
      expect(problem.detail).not.toContain('Marjolein');
    }
    expect((await post('/chat-forwards/preview', { chatExport: 'geen chat' })).status).toBe(400);
    expect(await counts()).toEqual(before);
  });
});
