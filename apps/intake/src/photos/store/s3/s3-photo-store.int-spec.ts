import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { signedPhotoPath } from '@loket/contracts';
import { ProblemException, RateLimits, startService } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { intakeConfigFromEnv, SERVICE } from '../../../intake.config';
import { intakeModule } from '../../../intake.module';
import { FollowableCases } from '../../../reports/follow-case/followable-cases';
import { IdempotencyRecords } from '../../../reports/idempotency/idempotency-records';
import { SealingKey } from '../../../reports/sealing-key';
import { SubmitReport } from '../../../reports/submit-report/submit-report.use-case';
import { cleanPhoto } from '../../upload/clean-photo';
import { PhotoStore, PhotoStoreUnavailableError, PhotoToStore } from '../photo-store';
import type { S3PhotoStoreConfig } from '../photo-store.config';
import { TaxonomyInForce } from '../../../taxonomy/taxonomy-in-force';
import { ForwardedChatReader } from '../../../reports/chat-forward/forwarded-chat-reader';
import { PhotoBucket } from './photo-bucket';
import { S3PhotoStore } from './s3-photo-store';
import { SweepUnnamedPhotoObjects } from './sweep-unnamed-photo-objects';
import { keepOutboxWrites, OUTBOX_WRITES } from '@loket/testing';

const S3_URL = `http://127.0.0.1:${process.env['LOKET_S3_PORT'] ?? 9090}`;

/**
 * Intake with LOKET_PHOTO_STORE=s3 against the local S3-compatible server (deploy/local/s3/s3.sh, started by
 * infra.sh up), its own fresh database and the real broker. Each run has its own key prefix, so the sweep sees
 * only this run's objects.
 */
describe('S3 photo store (real S3-compatible server and PostgreSQL)', () => {
  let app: INestApplication;
  let base: string;
  let db: DataSource;
  let store: PhotoStore;
  let bucket: PhotoBucket;
  const config = intakeConfigFromEnv({
    ...process.env,
    LOKET_INTAKE_DB_NAME: `loket_intake_test_${randomBytes(4).toString('hex')}`,
    LOKET_PHOTO_LINK_SECRET: randomBytes(32).toString('base64'),
    LOKET_SEALING_PUBLIC_KEY: Buffer.from(
      generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }).publicKey,
    ).toString('base64'),
    LOKET_PHOTO_STORE: 's3',
    LOKET_S3_ENDPOINT: S3_URL,
    LOKET_S3_REGION: 'us-east-1',
    LOKET_S3_BUCKET: process.env['LOKET_S3_BUCKET'] ?? 'loket-photos',
    LOKET_S3_ACCESS_KEY_ID: 'loket-test',
    LOKET_S3_SECRET_ACCESS_KEY: 'loket-test-secret',
    LOKET_S3_KEY_PREFIX: `test-${randomBytes(6).toString('hex')}/`,
  });
  const s3 = config.photos.store as S3PhotoStoreConfig;

  beforeAll(async () => {
    const answer = await fetch(`${S3_URL}/${s3.bucket}?list-type=2&max-keys=1`).catch((error: Error) => error);
    if (answer instanceof Error || !answer.ok) throw new Error(`no S3-compatible server with bucket ${s3.bucket} at ${S3_URL}: start it with deploy/local/s3/s3.sh start`);
    app = await startService({ service: SERVICE, title: 'intake', module: intakeModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn' });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await keepOutboxWrites(db); // the relay deletes what it published: the tests read what was written
    store = app.get(PhotoStore);
    bucket = app.get(PhotoBucket);
  });
  afterAll(async () => {
    const left = await bucket?.list(s3.keyPrefix, undefined, 1000);
    await bucket?.delete(left?.objects.map((o) => o.key) ?? []); // this run's objects: the local server's disk stays small
    await app?.close();
    await dropDatabase(config.database);
  });

  const gpsJpeg = () =>
    sharp({ create: { width: 80, height: 60, channels: 3, background: '#446688' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'LoketTestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 2400/100' } })
      .toBuffer();
  const report = { description: 'Lantaarnpaal brandt niet bij de speeltuin', category: 'openbare-ruimte', subcategory: 'straatverlichting', location: { lat: 52.1, lon: 5.1 } };
  const insertReport = (tx: { query: DataSource['query'] }, id: string) =>
    tx.query(
      `INSERT INTO reports (id, reporter_ref, kind, description, reporter_tier, channel, submitted_at) VALUES ($1, $2, 'report', 'a test report', 'anonymous', 'web', now())`,
      [id, `ref-${id.slice(0, 8)}`],
    );
  const photoOf = async (reportId: string): Promise<PhotoToStore> => ({ ...(await cleanPhoto(await gpsJpeg(), 'photo.jpg')), id: randomUUID(), reportId, position: 1 });
  const rowsOf = (reportId: string): Promise<{ id: string; object_key: string | null; data: Buffer | null }[]> =>
    db.query(`SELECT id, object_key, data FROM report_photos WHERE report_id = $1`, [reportId]);

  it('stores a posted report photo as an object, cleaned, and gives it only by a signed link for that report', async () => {
    const body = new FormData();
    body.set('report', JSON.stringify(report));
    body.append('photos', new Blob([await gpsJpeg()], { type: 'image/jpeg' }), 'photo.jpg');
    const response = await fetch(`${base}/api/v1/reports`, { method: 'POST', body });
    expect(response.status).toBe(201);
    const { reportId } = (await response.json()) as { reportId: string };

    const [row] = await rowsOf(reportId);
    expect(row!.data).toBeNull();
    expect(row!.object_key).toMatch(new RegExp(`^${s3.keyPrefix}[0-9a-f-]{36}$`));
    expect(row!.object_key).not.toContain(reportId);
    const object = await bucket.get(row!.object_key!);
    expect(object).not.toBeNull();
    expect((await sharp(object!).metadata()).exif).toBeUndefined();
    expect(object!.toString('latin1')).not.toContain('LoketTestCam');

    const expires = Math.floor(Date.now() / 1000) + 60;
    const served = await fetch(base + signedPhotoPath(config.photos.linkSecret, { reportId, photoId: row!.id, expires }));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await served.arrayBuffer()).equals(object!)).toBe(true);
    const otherReport = randomUUID();
    expect((await fetch(base + signedPhotoPath(config.photos.linkSecret, { reportId: otherReport, photoId: row!.id, expires }))).status).toBe(404);
  });

  it('keeps one object for a report sent twice with the same Idempotency-Key (the replay removes its own)', async () => {
    const objects = async () => new Set((await bucket.list(s3.keyPrefix, undefined, 1000)).objects.map((o) => o.key));
    const before = await objects();
    const photo = await gpsJpeg();
    const key = `s3-retry-${randomBytes(6).toString('hex')}`;
    const send = () => {
      const body = new FormData();
      body.set('report', JSON.stringify(report));
      body.append('photos', new Blob([photo], { type: 'image/jpeg' }), 'photo.jpg');
      return fetch(`${base}/api/v1/reports`, { method: 'POST', body, headers: { 'idempotency-key': key } });
    };
    const [first, again] = [await send(), await send()];
    expect([first.status, again.status]).toEqual([201, 201]);
    const { reportId } = (await first.json()) as { reportId: string };
    const rows = await rowsOf(reportId);
    const added = [...(await objects())].filter((key) => !before.has(key));
    expect(added).toEqual(rows.map((row) => row.object_key));
  });

  it('reads a photo saved in a committed transaction only for its own report', async () => {
    const reportId = randomUUID();
    const photo = await photoOf(reportId);
    const prepared = await store.prepare([photo]);
    await db.transaction(async (tx) => {
      await insertReport(tx, reportId);
      await store.save(tx, prepared);
    });
    expect(await bucket.get(prepared[0]!.objectKey!)).not.toBeNull();
    expect(await store.read(reportId, photo.id)).toEqual({ contentType: 'image/jpeg', data: photo.data });
    expect(await store.read(randomUUID(), photo.id)).toBeNull();
    expect(await store.read(reportId, randomUUID())).toBeNull();
  });

  it('removes the objects of a transaction that failed, and keeps those a committed row names', async () => {
    const reportId = randomUUID();
    const prepared = await store.prepare([await photoOf(reportId)]);
    const failed = db.transaction(async (tx) => {
      await insertReport(tx, reportId);
      await store.save(tx, prepared);
      throw new Error('the outbox could not be written');
    });
    await expect(failed).rejects.toThrow('the outbox could not be written');
    expect(await bucket.get(prepared[0]!.objectKey!)).not.toBeNull();
    await store.abandon(prepared);
    expect(await bucket.get(prepared[0]!.objectKey!)).toBeNull();
    expect(await rowsOf(reportId)).toEqual([]);

    const committedId = randomUUID();
    const committed = await store.prepare([await photoOf(committedId)]);
    await db.transaction(async (tx) => {
      await insertReport(tx, committedId);
      await store.save(tx, committed);
    });
    await store.abandon(committed); // as after a commit whose answer was lost: the row names it, so it stays
    expect(await bucket.get(committed[0]!.objectKey!)).not.toBeNull();
  });

  it('sweeps an object no committed row names once it is older than the grace period, and nothing else', async () => {
    const orphanReport = randomUUID();
    const orphan = await store.prepare([await photoOf(orphanReport)]);
    await expect(
      db.transaction(async (tx) => {
        await insertReport(tx, orphanReport);
        await store.save(tx, orphan);
        throw new Error('intake stopped before it could remove the objects');
      }),
    ).rejects.toThrow();
    const keptReport = randomUUID();
    const kept = await store.prepare([await photoOf(keptReport)]);
    await db.transaction(async (tx) => {
      await insertReport(tx, keptReport);
      await store.save(tx, kept);
    });

    const sweep = app.get(SweepUnnamedPhotoObjects);
    expect(await sweep.sweepOnePage(new Date())).toBe(0); // within the grace period: its report may still be committing
    expect(await bucket.get(orphan[0]!.objectKey!)).not.toBeNull();
    const later = new Date(Date.now() + (s3.sweepGraceMinutes + 1) * 60_000);
    expect(await sweep.sweepOnePage(later)).toBe(1);
    expect(await bucket.get(orphan[0]!.objectKey!)).toBeNull();
    expect(await bucket.get(kept[0]!.objectKey!)).not.toBeNull();
    expect(await store.read(keptReport, kept[0]!.id)).not.toBeNull();
  });

  it('refuses a report with photos with a 503 and stores nothing of it when the server does not answer', async () => {
    const deadBucket = new PhotoBucket({ ...s3, endpoint: 'http://127.0.0.1:9' });
    const deadStore = new S3PhotoStore(db, deadBucket, s3.keyPrefix);
    const submit = new SubmitReport(db, app.get(Outbox), app.get(SealingKey), deadStore, app.get(FollowableCases), app.get(RateLimits), app.get(IdempotencyRecords), app.get(TaxonomyInForce), app.get(ForwardedChatReader));
    const count = async () => Number((await db.query(`SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM ${OUTBOX_WRITES}) AS n`))[0].n);
    try {
      await expect(deadStore.prepare([await photoOf(randomUUID())])).rejects.toBeInstanceOf(PhotoStoreUnavailableError);
      const before = await count();
      const refused = await submit.execute(report, undefined, undefined, [{ name: 'photo.jpg', bytes: await gpsJpeg() }]).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ProblemException);
      expect(refused).toMatchObject({ status: 503, problemType: 'photo-store-unavailable' });
      expect(await count()).toBe(before);
    } finally {
      deadBucket.onApplicationShutdown();
    }
  });
});
