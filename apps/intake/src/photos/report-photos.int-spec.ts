import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { ReportSubmitted, signedPhotoPath } from '@loket/contracts';
import { startService } from '@loket/http';
import { dropDatabase } from '@loket/persistence';
import { intakeConfigFromEnv, SERVICE } from '../intake.config';
import { intakeModule } from '../intake.module';
import { keepOutboxWrites, OUTBOX_WRITES, readEvent } from '@loket/testing';

/** Photos and answers on intake in-process over HTTP, with its own fresh database and the real broker. */
describe('POST /api/v1/reports with photos and answers (real PostgreSQL and Kafka)', () => {
  let app: INestApplication;
  let base: string;
  let db: DataSource;
  const config = intakeConfigFromEnv({
    ...process.env,
    LOKET_INTAKE_DB_NAME: `loket_intake_test_${randomBytes(4).toString('hex')}`,
    LOKET_PHOTO_LINK_SECRET: randomBytes(32).toString('base64'),
    LOKET_SEALING_PUBLIC_KEY: Buffer.from(
      generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }).publicKey,
    ).toString('base64'),
  });

  beforeAll(async () => {
    app = await startService({ service: SERVICE, title: 'intake', module: intakeModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn' });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await keepOutboxWrites(db); // the relay deletes what it published: the tests read what was written
  });
  afterAll(async () => {
    await app.close();
    await dropDatabase(config.database);
  });

  const report = { description: 'Lantaarnpaal brandt niet bij de speeltuin', category: 'openbare-ruimte', subcategory: 'straatverlichting', location: { lat: 52.1, lon: 5.1 } };
  const gpsJpeg = () =>
    sharp({ create: { width: 80, height: 60, channels: 3, background: '#446688' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'LoketTestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 2400/100' } })
      .toBuffer();
  const form = (json: unknown, files: { bytes: Buffer; name?: string; field?: string; type?: string }[] = []) => {
    const body = new FormData();
    if (json !== undefined) body.set('report', typeof json === 'string' ? json : JSON.stringify(json));
    for (const f of files) body.append(f.field ?? 'photos', new Blob([f.bytes], { type: f.type ?? 'image/jpeg' }), f.name ?? 'photo.jpg');
    return body;
  };
  const post = (body: FormData | string) =>
    fetch(`${base}/api/v1/reports`, { method: 'POST', body, ...(typeof body === 'string' ? { headers: { 'content-type': 'application/json' } } : {}) });
  const counts = async () => ({
    reports: Number((await db.query(`SELECT count(*) AS n FROM reports`))[0].n),
    photos: Number((await db.query(`SELECT count(*) AS n FROM report_photos`))[0].n),
    events: Number((await db.query(`SELECT count(*) AS n FROM ${OUTBOX_WRITES}`))[0].n),
  });

  it('stores a report with its photo cleaned of EXIF and GPS and its answers, and publishes photo ids, not bytes', async () => {
    const original = await gpsJpeg();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const before = await counts();
    const response = await post(form({ ...report, answers: { 'lamp-number': ' 12-345 ' } }, [{ bytes: original }]));
    expect(response.status).toBe(201);
    const { reportId } = (await response.json()) as { reportId: string };
    expect(await counts()).toEqual({ reports: before.reports + 1, photos: before.photos + 1, events: before.events + 2 });

    const [photo] = (await db.query(`SELECT id, content_type, data, width, height FROM report_photos WHERE report_id = $1`, [reportId])) as { id: string; content_type: string; data: Buffer; width: number; height: number }[];
    expect(photo).toMatchObject({ content_type: 'image/jpeg', width: 80, height: 60 });
    const stored = await sharp(photo!.data).metadata();
    expect(stored.exif).toBeUndefined();
    expect(photo!.data.toString('latin1')).not.toContain('LoketTestCam');

    const [{ answers }] = await db.query(`SELECT answers FROM reports WHERE id = $1`, [reportId]);
    expect(answers).toEqual([expect.objectContaining({ questionId: 'lamp-number', value: '12-345', label: { nl: 'Lampnummer (op de paal)', en: 'Lamp number (on the pole)' } })]);
    const [{ envelope: written }] = await db.query(`SELECT envelope FROM ${OUTBOX_WRITES} WHERE envelope->>'type' = 'report.submitted' AND envelope->'payload'->>'reportId' = $1`, [reportId]);
    expect(JSON.stringify(written)).not.toContain('12-345'); // the answers are sealed under the report's key
    expect(JSON.stringify(written).length).toBeLessThan(4000);
    const envelope = await readEvent(ReportSubmitted, JSON.stringify(written), config.messaging.subjectKeys);
    expect(envelope.payload.photos).toEqual([{ photoId: photo!.id, contentType: 'image/jpeg', bytes: photo!.data.length, width: 80, height: 60 }]);
    expect(envelope.payload.answers).toEqual(answers);
  });

  it('stores a HEIC photo as an upright JPEG without EXIF or GPS', async () => {
    const heic = readFileSync(join(__dirname, 'upload', '__fixtures__', 'quadrants-rotated-gps.heic')); // 64x48, turned by irot, EXIF with GPS
    expect(heic.toString('latin1')).toContain('LoketTestCam');
    const response = await post(form(report, [{ bytes: heic, name: 'IMG_0001.HEIC', type: 'image/heic' }]));
    expect(response.status).toBe(201);
    const { reportId } = (await response.json()) as { reportId: string };

    const [photo] = (await db.query(`SELECT id, content_type, data, width, height FROM report_photos WHERE report_id = $1`, [reportId])) as { id: string; content_type: string; data: Buffer; width: number; height: number }[];
    expect(photo).toMatchObject({ content_type: 'image/jpeg', width: 48, height: 64 });
    const stored = await sharp(photo!.data).metadata();
    expect(stored).toMatchObject({ format: 'jpeg', width: 48, height: 64 });
    expect(stored.exif).toBeUndefined();
    expect(photo!.data.toString('latin1')).not.toContain('LoketTestCam');

    const expires = Math.floor(Date.now() / 1000) + 60;
    const served = await fetch(base + signedPhotoPath(config.photos.linkSecret, { reportId, photoId: photo!.id, expires }));
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).exif).toBeUndefined();
  });

  it('gives a stored photo only for a valid signed link that has not expired', async () => {
    const response = await post(form(report, [{ bytes: await gpsJpeg() }]));
    const { reportId } = (await response.json()) as { reportId: string };
    const [{ id: photoId, data }] = await db.query(`SELECT id, data FROM report_photos WHERE report_id = $1`, [reportId]);
    const expires = Math.floor(Date.now() / 1000) + 60;
    const ok = await fetch(base + signedPhotoPath(config.photos.linkSecret, { reportId, photoId, expires }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/jpeg');
    expect(ok.headers.get('cache-control')).toContain('no-store');
    expect(Buffer.from(await ok.arrayBuffer()).equals(data)).toBe(true);

    const forged = await fetch(base + signedPhotoPath(randomBytes(32).toString('base64'), { reportId, photoId, expires }));
    const expired = await fetch(base + signedPhotoPath(config.photos.linkSecret, { reportId, photoId, expires: Math.floor(Date.now() / 1000) - 1 }));
    const unsigned = await fetch(`${base}/internal/v1/reports/${reportId}/photos/${photoId}`);
    expect([forged.status, expired.status, unsigned.status]).toEqual([403, 403, 403]);
    expect(await expired.json()).toMatchObject({ detail: 'The photo link has expired' });
    const otherReport = '00000000-0000-4000-8000-000000000000';
    expect((await fetch(base + signedPhotoPath(config.photos.linkSecret, { reportId: otherReport, photoId, expires }))).status).toBe(404);
    expect((await fetch(`${base}/api/v1/reports/${reportId}/photos/${photoId}`)).status).toBe(404);
  });

  it('answers a retried multipart request with the same Idempotency-Key once, and refuses the key with other photos', async () => {
    const key = `photo-retry-${randomBytes(6).toString('hex')}`;
    const photo = await gpsJpeg();
    const send = (bytes: Buffer) => fetch(`${base}/api/v1/reports`, { method: 'POST', body: form(report, [{ bytes }]), headers: { 'idempotency-key': key } });
    const before = await counts();
    const first = await send(photo);
    const again = await send(photo);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(await again.json()).toEqual(await first.json());
    expect(await counts()).toEqual({ reports: before.reports + 1, photos: before.photos + 1, events: before.events + 2 });
    const other = await send(await sharp(photo).flop().jpeg().toBuffer());
    expect(other.status).toBe(409);
    expect(await counts()).toEqual({ reports: before.reports + 1, photos: before.photos + 1, events: before.events + 2 });
  });

  it('keeps taking JSON reports, with answers checked the same way', async () => {
    const response = await post(JSON.stringify({ ...report, category: 'zorg', subcategory: 'verward-gedrag', answers: { 'someone-in-danger': true } }));
    expect(response.status).toBe(201);
    const { reportId } = (await response.json()) as { reportId: string };
    const [{ answers }] = await db.query(`SELECT answers FROM reports WHERE id = $1`, [reportId]);
    expect(answers).toEqual([expect.objectContaining({ questionId: 'someone-in-danger', value: true, urgent: true })]);
  });

  const bigJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(30 * 1024 * 1024, 0x20)]);
  const damagedHeic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(2048, 1)]);
  const badRequests: [string, () => Promise<FormData | string>, number, string | RegExp, string[]][] = [
    ['a "photo" that is a PDF named photo.jpg', async () => form(report, [{ bytes: Buffer.from('%PDF-1.7 not a photo at all') }]), 415, /photo 1 is not a JPEG, PNG or HEIC/, []],
    ['a good photo followed by a non-image', async () => form(report, [{ bytes: await gpsJpeg() }, { bytes: Buffer.from('<svg onload=alert(1)>'), type: 'image/svg+xml' }]), 415, /photo 2/, []],
    ['a 30 MB photo', async () => form(report, [{ bytes: bigJpeg }]), 413, /larger than 10 MB/, []],
    ['four photos', async () => form(report, await Promise.all([1, 2, 3, 4].map(async () => ({ bytes: await gpsJpeg() })))), 400, /At most 3 photos/, ['photos']],
    ['a damaged HEIC photo', async () => form(report, [{ bytes: damagedHeic, name: 'IMG_0001.HEIC', type: 'image/heic' }]), 415, /photo 1 looks like a photo but cannot be read/, []],
    ['bad answers', async () => form({ ...report, category: 'veiligheid', subcategory: 'inbraak', answers: { 'someone-in-danger': 'ja', 'lamp-number': '1' } }, [{ bytes: await gpsJpeg() }]), 400, /answers\./, ['answers.someone-in-danger', 'answers.happening-now', 'answers.lamp-number']],
    ['a text answer that is too long', async () => JSON.stringify({ ...report, answers: { 'lamp-number': 'x'.repeat(21) } }), 400, /at most 20 characters/, ['answers.lamp-number']],
    ['no report field', async () => form(undefined, [{ bytes: await gpsJpeg() }]), 400, /Field "report"/, ['report']],
    ['a report field that is not JSON', async () => form('{"description": ', [{ bytes: await gpsJpeg() }]), 400, /not valid JSON/, ['report']],
    ['a file in another field', async () => form(report, [{ bytes: await gpsJpeg(), field: 'attachment' }]), 400, /photos/, []],
    ['an invalid report with a good photo', async () => form({ ...report, location: { lat: 91, lon: 5 } }, [{ bytes: await gpsJpeg() }]), 400, /location\.lat/, ['location.lat']],
  ];

  it.each(badRequests)('refuses %s with a clear problem and stores and publishes nothing', async (_, body, status, detail, fields) => {
    const before = await counts();
    const response = await post(await body());
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await response.json()) as { detail: string; errors?: { field: string }[] };
    expect(problem.detail).toMatch(detail);
    for (const field of fields) expect(problem.errors?.map((e) => e.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });
});
