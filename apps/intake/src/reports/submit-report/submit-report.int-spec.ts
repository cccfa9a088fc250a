import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventEnvelope, openSealedBox, ReporterContactSubmitted, ReporterContactSubmittedV1, SealedReporterDetails } from '@loket/contracts';
import { startService } from '@loket/http';
import { dropDatabase } from '@loket/persistence';
import { keepOutboxWrites, OUTBOX_WRITES, readEvent, tokenFor } from '@loket/testing';
import { intakeConfigFromEnv, SERVICE } from '../../intake.config';
import { intakeModule } from '../../intake.module';
import { IdempotencyRecords } from '../idempotency/idempotency-records';

/** Intake in-process over HTTP, with its own fresh database and the real broker. */
describe('POST /api/v1/reports (real PostgreSQL and Kafka)', () => {
  let app: INestApplication;
  let url: string;
  let db: DataSource;
  const sealing = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  const config = intakeConfigFromEnv({
    ...process.env,
    LOKET_INTAKE_DB_NAME: `loket_intake_test_${randomBytes(4).toString('hex')}`,
    LOKET_SEALING_PUBLIC_KEY: Buffer.from(sealing.publicKey).toString('base64'),
  });

  beforeAll(async () => {
    app = await startService({ service: SERVICE, title: 'intake', module: intakeModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn' });
    url = `${await app.getUrl()}/api/v1/reports`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await keepOutboxWrites(db); // the relay deletes what it published: the tests read what was written
  });
  afterAll(async () => {
    await app.close();
    await dropDatabase(config.database);
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const counts = async () => ({
    reports: Number((await db.query(`SELECT count(*) AS n FROM reports`))[0].n),
    events: Number((await db.query(`SELECT count(*) AS n FROM ${OUTBOX_WRITES}`))[0].n),
  });
  const valid = { description: 'Losliggende stoeptegels bij de school', category: 'openbare-ruimte', location: { lat: 52.1, lon: 5.1 } };

  it('stores a valid report with its two events and answers 201', async () => {
    const before = await counts();
    const response = await post(JSON.stringify({ ...valid, contact: { email: 'piet@example.nl' } }));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ reportId: expect.any(String), trackingCode: expect.stringMatching(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/) });
    expect(await counts()).toEqual({ reports: before.reports + 1, events: before.events + 2 });
    const stored = JSON.stringify([await db.query(`SELECT * FROM reports`), await db.query(`SELECT envelope FROM ${OUTBOX_WRITES}`)]);
    expect(stored).toContain('Losliggende stoeptegels');
    expect(stored).not.toContain('piet@example.nl');
  });

  const badRequests: [string, string, string[]][] = [
    ['malformed JSON', '{"description": "kapot', []],
    ['a missing description', JSON.stringify({ location: valid.location }), ['description']],
    ['a wrong-typed latitude', JSON.stringify({ ...valid, location: { lat: '52.1', lon: 5.1 } }), ['location.lat']],
    ['coordinates out of range', JSON.stringify({ ...valid, location: { lat: 91, lon: -181 } }), ['location.lat', 'location.lon']],
    ['an unknown field', JSON.stringify({ ...valid, priority: 'urgent' }), ['priority']],
    ['an invalid e-mail address', JSON.stringify({ ...valid, contact: { email: 'not-an-address' } }), ['contact.email']],
    ['a body that is not an object', '[1, 2, 3]', ['']],
    ['an oversized body', JSON.stringify({ ...valid, description: 'x'.repeat(100_000) }), []],
  ];

  it.each(badRequests)('answers %s with a 400 problem naming the fields, storing and publishing nothing', async (_, body, fields) => {
    const before = await counts();
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem).toMatchObject({ status: 400, type: expect.any(String), title: expect.any(String) });
    for (const field of fields) expect(problem.errors.map((e) => e.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  /** What intake sealed for the feedback service about one report, opened with the feedback service's private key. */
  const sealedFor = async (reportId: string): Promise<SealedReporterDetails> => {
    const rows: { envelope: EventEnvelope<ReporterContactSubmittedV1> }[] = await db.query(
      `SELECT envelope FROM ${OUTBOX_WRITES} WHERE envelope->>'type' = 'reporter.contact-submitted' AND envelope->'payload'->>'reportId' = $1`,
      [reportId],
    );
    expect(rows).toHaveLength(1);
    const box = (await readEvent(ReporterContactSubmitted, JSON.stringify(rows[0]!.envelope), config.messaging.subjectKeys)).payload.sealed;
    return openSealedBox(box, new Map([[box.kid, sealing.privateKey]])) as SealedReporterDetails;
  };

  it('takes consent to professional contact only when given (absent means no) and seals the subject of a signed-in reporter only', async () => {
    const anonymous = (await (await post(JSON.stringify(valid))).json()) as { reportId: string };
    expect(await sealedFor(anonymous.reportId)).toMatchObject({ consentToProfessionalContact: false, tier: 'anonymous' });
    expect(await sealedFor(anonymous.reportId)).not.toHaveProperty('subject');
    const token = await tokenFor('bewoner');
    const signedIn = await post(JSON.stringify({ ...valid, consentToProfessionalContact: true }), { authorization: `Bearer ${token}` });
    expect(signedIn.status).toBe(201);
    const subject = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub as string;
    expect(await sealedFor(((await signedIn.json()) as { reportId: string }).reportId)).toMatchObject({ consentToProfessionalContact: true, tier: 'resident', subject });
    const stored = JSON.stringify(await db.query(`SELECT * FROM reports`));
    expect(stored).not.toContain(subject); // only inside the sealed box, never in intake's own tables
    const notABoolean = await post(JSON.stringify({ ...valid, consentToProfessionalContact: 'yes' }));
    expect(notABoolean.status).toBe(400);
  });

  it('answers a retried request with the same Idempotency-Key once, with the first answer', async () => {
    const key = `retry-${randomUUID()}`;
    const before = await counts();
    const first = await (await post(JSON.stringify(valid), { 'idempotency-key': key })).json();
    const again = await post(JSON.stringify(valid), { 'idempotency-key': key });
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(first);
    expect(await counts()).toEqual({ reports: before.reports + 1, events: before.events + 2 });
  });

  it('keeps an Idempotency-Key so that the table alone opens nothing, and forgets it after its keeping time', async () => {
    const key = `private-${randomUUID()}`;
    const first = await (await post(JSON.stringify({ ...valid, contact: { email: 'idem@example.nl' } }), { 'idempotency-key': key })).json() as { trackingCode: string; reportId: string };
    const stored = await db.query(`SELECT key_hash, request_hash, encode(sealed_response, 'escape') AS sealed FROM idempotency_records`);
    const text = JSON.stringify(stored);
    expect(stored.length).toBeGreaterThan(0);
    for (const secret of [key, first.trackingCode, first.reportId, 'idem@example.nl']) expect(text).not.toContain(secret);
    await db.query(`UPDATE idempotency_records SET created_at = now() - interval '25 hours'`);
    await app.get(IdempotencyRecords).forgetExpired();
    expect(await db.query(`SELECT 1 FROM idempotency_records`)).toEqual([]);
    const afterExpiry = await post(JSON.stringify({ ...valid, contact: { email: 'idem@example.nl' } }), { 'idempotency-key': key });
    expect(afterExpiry.status).toBe(201);
    expect(((await afterExpiry.json()) as { trackingCode: string }).trackingCode).not.toBe(first.trackingCode); // a new report, not the forgotten answer
  });

  it('refuses the same Idempotency-Key with another body (409)', async () => {
    const key = `reuse-${randomUUID()}`;
    await post(JSON.stringify(valid), { 'idempotency-key': key });
    const other = await post(JSON.stringify({ ...valid, description: 'iets anders' }), { 'idempotency-key': key });
    expect(other.status).toBe(409);
  });

  it('suggests categories for Dutch texts it has not seen, best first, and refuses an empty description', async () => {
    const suggest = (description: unknown) =>
      fetch(url.replace('/reports', '/category-suggestions'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ description }) });
    const cases: [string, string][] = [
      ['Achter de flat staan al dagen kapotte stoelen en een koelkast op de stoep', 'afval'],
      ['Om 3 uur snachts nog steeds keiharde muziek bij de buren', 'overlast'],
      ['Ik maak me zorgen om mijn bovenbuurvrouw, ze is erg in de war en loopt in haar nachtjapon buiten', 'zorg'],
    ];
    for (const [text, expected] of cases) {
      const response = await suggest(text);
      expect(response.status).toBe(200);
      const suggestions = (await response.json()) as { category: string; subcategory: string; confidence: number }[];
      expect(suggestions[0]?.category).toBe(expected);
      expect(suggestions.map((s) => s.confidence)).toEqual([...suggestions.map((s) => s.confidence)].sort((a, b) => b - a));
    }
    expect((await suggest('   ')).status).toBe(400);
  });
});
