import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { createTransport, SendMailOptions } from 'nodemailer';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { EventDefinition, EventEnvelope, openSealedBox, ReporterContactSubmitted, ReportSubmitted, SealedReporterDetails } from '@loket/contracts';
import { startService } from '@loket/http';
import { dropDatabase } from '@loket/persistence';
import { keepOutboxWrites, mailsTo, OUTBOX_WRITES, readEvent, SunkMail } from '@loket/testing';
import { intakeConfigFromEnv, SERVICE } from '../intake.config';
import { intakeModule } from '../intake.module';
import { SmtpMailDoor } from './smtp/smtp-mail-door';

/**
 * The mail door in a real SMTP conversation: intake in-process with its own fresh database, the real broker, its
 * SMTP listener on a free port, nodemailer as the sender's mail server and the local mail sink as the relay that
 * carries intake's answers. The demo gazetteer places the Dorpsstraat.
 */
describe('mail to the loket (real SMTP, PostgreSQL and Kafka)', () => {
  let app: INestApplication;
  let base: string;
  let db: DataSource;
  let smtpPort: number;
  const loket = 'meldingen@loket.localhost';
  const sealing = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  const config = intakeConfigFromEnv({
    ...process.env,
    LOKET_INTAKE_DB_NAME: `loket_intake_test_${randomBytes(4).toString('hex')}`,
    LOKET_SEALING_PUBLIC_KEY: Buffer.from(sealing.publicKey).toString('base64'),
    LOKET_GEOCODER: 'gazetteer',
    LOKET_MAIL_INTAKE: 'smtp',
    LOKET_MAIL_INTAKE_PORT: '0',
    LOKET_MAIL_INTAKE_ADDRESS: loket,
    LOKET_MAIL_INTAKE_MAX_BYTES: String(2 * 1024 * 1024),
    LOKET_PUBLIC_URL: 'http://loket.test',
  });

  beforeAll(async () => {
    app = await startService({ service: SERVICE, title: 'intake', module: intakeModule(config), port: 0, host: '127.0.0.1', logLevel: 'warn' });
    base = `${await app.getUrl()}/api/v1`.replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    await keepOutboxWrites(db); // the relay deletes what it published: the tests read what was written
    smtpPort = app.get(SmtpMailDoor).address().port;
  });
  afterAll(async () => {
    await app.close();
    await dropDatabase(config.database);
  });

  /** A sender nobody else in the mail sink has: letters only, so no redaction or parser reads it as something else. */
  const newSender = () => `melder.${Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join('')}@example.nl`;
  const send = async (mail: SendMailOptions) => {
    const transport = createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    try {
      return await transport.sendMail({ to: loket, ...mail });
    } finally {
      transport.close();
    }
  };
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        ['reports', 'report_photos', OUTBOX_WRITES, 'mail_reports_awaiting_location', 'mail_report_photos_awaiting_location'].map(async (table) => [
          table,
          Number((await db.query(`SELECT count(*) AS n FROM "${table}"`))[0].n),
        ]),
      ),
    );
  /** Every row of every table intake has, as text. */
  const everythingStored = async (): Promise<string> => {
    const tables: { table_name: string }[] = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
    const rows = await Promise.all(tables.map(async ({ table_name }) => [table_name, await db.query(`SELECT * FROM "${table_name}"`)]));
    return JSON.stringify(rows, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('latin1') : value)).toLowerCase();
  };
  /** The events written for a report, as a consumer reads them (personal fields opened with the report's key). */
  const eventsOf = async <T extends object>(definition: EventDefinition<T>, reportId: string): Promise<T[]> => {
    const rows: { envelope: EventEnvelope<T> }[] = await db.query(`SELECT envelope FROM ${OUTBOX_WRITES} WHERE envelope->>'type' = $1 AND envelope->'payload'->>'reportId' = $2`, [definition.type, reportId]);
    return Promise.all(rows.map(async (row) => (await readEvent(definition, JSON.stringify(row.envelope), config.messaging.subjectKeys)).payload));
  };
  const reportsBy = async (marker: string): Promise<{ id: string; channel: string; lat: number | null; lon: number | null; description: string; observed_at: Date | null }[]> =>
    db.query(`SELECT id, channel, lat, lon, description, observed_at FROM reports WHERE description LIKE $1`, [`%${marker}%`]);
  const sealedDetailsOf = async (reportId: string): Promise<SealedReporterDetails> => {
    const [event] = await eventsOf(ReporterContactSubmitted, reportId);
    return openSealedBox(event!.sealed, new Map([[event!.sealed.kid, sealing.privateKey]])) as SealedReporterDetails;
  };
  const exifJpeg = () =>
    sharp({ create: { width: 80, height: 60, channels: 3, background: '#446688' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'LoketMailCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 2400/100' } })
      .toBuffer();
  const marker = () => Array.from(randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join('');

  it('makes a mail with a photo and an address in its text a report on channel email with a pin and the photo without EXIF, and keeps the sender\'s address nowhere', async () => {
    const sender = newSender();
    const word = marker();
    const photo = await exifJpeg();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    await send({
      from: `Anna Mailmelder <${sender}>`,
      subject: `Grofvuil ${word}`,
      text: 'Er ligt al een week grofvuil op de stoep bij de Dorpsstraat 12.\n\nMet vriendelijke groet,\nAnna Mailmelder\n06-12345678',
      attachments: [{ filename: 'IMG_0042.jpg', content: photo, contentType: 'image/jpeg' }],
    });
    const [report] = await reportsBy(word);
    expect(report).toMatchObject({ channel: 'email', description: `Grofvuil ${word}\n\nEr ligt al een week grofvuil op de stoep bij de Dorpsstraat 12.` });
    // The gazetteer places number 12 of 1–40 along the Dorpsstraat.
    expect(report!.lat).toBeCloseTo(52.3738 + (52.3722 - 52.3738) * (11 / 39), 5);
    expect(report!.lon).toBeCloseTo(4.8905 + (4.8935 - 4.8905) * (11 / 39), 5);
    const [event] = await eventsOf(ReportSubmitted, report!.id);
    expect(event).toMatchObject({ channel: 'email', location: { lat: report!.lat, lon: report!.lon }, category: null, reporterTier: 'anonymous' });
    expect(event!.photos).toHaveLength(1);
    const [stored] = (await db.query(`SELECT data FROM report_photos WHERE report_id = $1`, [report!.id])) as { data: Buffer }[];
    expect((await sharp(stored!.data).metadata()).exif).toBeUndefined();
    expect(stored!.data.toString('latin1')).not.toContain('LoketMailCam');
    expect(await sealedDetailsOf(report!.id)).toMatchObject({ contact: { email: sender, name: 'Anna Mailmelder' }, tier: 'anonymous', consentToContact: true });
    const everything = await everythingStored();
    expect(everything).toContain(word);
    for (const trace of [sender, 'mailmelder', '12345678']) expect(everything).not.toContain(trace);
    expect(await mailsTo(sender)).toEqual([]); // the receipt is the feedback service's, not the door's
  });

  it('asks the sender of a mail without an address for the place and keeps the report back until it is given', async () => {
    const sender = newSender();
    const word = marker();
    const before = await counts();
    await send({
      from: sender,
      subject: `Kapotte lantaarnpaal ${word}`,
      text: 'Hij brandt al een week niet, vlak bij de speeltuin.\n\nVerzonden vanaf mijn iPhone',
      attachments: [{ filename: 'paal.jpg', content: await exifJpeg() }],
      messageId: `<${word}@phone.example.nl>`,
    });
    expect(await counts()).toEqual({ ...before, mail_reports_awaiting_location: before['mail_reports_awaiting_location']! + 1, mail_report_photos_awaiting_location: before['mail_report_photos_awaiting_location']! + 1 });
    const everything = await everythingStored();
    expect(everything).not.toContain(sender);
    expect(everything).not.toContain('loketmailcam'); // the photo waits cleaned

    const [question] = (await mailsTo(sender)) as SunkMail[];
    expect(question).toMatchObject({ subject: `Re: Kapotte lantaarnpaal ${word}` });
    expect(question!.text).toContain('Waar is het?');
    expect(question!.text).toContain('Where is it?');
    expect(question!.text).toContain('binnen 7 dagen');
    const token = /http:\/\/loket\.test\/melding-aanvullen\/([A-Za-z0-9_-]{43})/.exec(question!.text)?.[1];
    expect(token).toBeDefined();
    expect(everything).not.toContain(token!.toLowerCase());

    const shown = await fetch(`${base}/mail-reports/${token}`);
    expect(shown.status).toBe(200);
    expect(await shown.json()).toMatchObject({ description: `Kapotte lantaarnpaal ${word}\n\nHij brandt al een week niet, vlak bij de speeltuin.`, photos: 1 });
    expect((await fetch(`${base}/mail-reports/${'x'.repeat(43)}`)).status).toBe(404);
    const badPlace = await fetch(`${base}/mail-reports/${token}/location`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lat: 91, lon: 4.9 }) });
    expect(badPlace.status).toBe(400);
    expect(await reportsBy(word)).toEqual([]);

    const where = { lat: 52.3731, lon: 4.8922 };
    const completed = await fetch(`${base}/mail-reports/${token}/location`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(where) });
    expect(completed.status).toBe(201);
    const { reportId } = (await completed.json()) as { reportId: string };
    const [report] = await reportsBy(word);
    expect(report).toMatchObject({ id: reportId, channel: 'email', ...where });
    expect(report!.observed_at).not.toBeNull(); // when the mail came in; submitted now
    const [event] = await eventsOf(ReportSubmitted, reportId);
    expect(event).toMatchObject({ channel: 'email', location: where, observedAt: new Date(report!.observed_at!).toISOString() });
    expect(event!.photos).toHaveLength(1);
    expect(await sealedDetailsOf(reportId)).toMatchObject({ contact: { email: sender }, language: 'nl', trackingCode: expect.stringMatching(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/) });
    expect(await counts()).toMatchObject({ mail_reports_awaiting_location: before['mail_reports_awaiting_location'], mail_report_photos_awaiting_location: before['mail_report_photos_awaiting_location'] });
    const again = await fetch(`${base}/mail-reports/${token}/location`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(where) });
    expect(again.status).toBe(404);
    expect(await reportsBy(word)).toHaveLength(1);

    // The same mail delivered again later is not answered again.
    await send({ from: sender, subject: `Kapotte lantaarnpaal ${word}`, text: 'Hij brandt al een week niet, vlak bij de speeltuin.', messageId: `<${word}@phone.example.nl>` });
    expect(await mailsTo(sender)).toHaveLength(1);
  });

  it('never answers an auto-reply or a bounce, and makes no report of them', async () => {
    const sender = newSender();
    // A domain of this run only: the shared mail sink keeps every earlier run's mail.
    const daemon = `MAILER-DAEMON@${marker()}.example.nl`;
    const before = await counts();
    await send({
      from: sender,
      subject: 'Automatisch antwoord: Waar is het?',
      text: 'Ik ben afwezig tot en met 12 januari. Voor dringende zaken: bel de Dorpsstraat 12.',
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
    });
    await send({
      envelope: { from: '', to: [loket] },
      from: `Mail Delivery System <${daemon}>`,
      subject: 'Undelivered Mail Returned to Sender',
      text: `This is the mail system. Your message to ${sender} could not be delivered.`,
      headers: { 'Content-Type': 'multipart/report; report-type=delivery-status; boundary="b"' },
    });
    expect(await counts()).toEqual(before);
    expect(await mailsTo(sender)).toEqual([]);
    expect(await mailsTo(daemon)).toEqual([]);
  });

  it('makes one report of the same Message-ID delivered twice', async () => {
    const sender = newSender();
    const word = marker();
    const mail = { from: sender, subject: `Losse tegels ${word}`, text: 'Losse stoeptegels voor Hoekstraat 30.', messageId: `<${word}@example.nl>` };
    await send(mail);
    await send(mail);
    expect(await reportsBy(word)).toHaveLength(1);
  });

  it('refuses mail for another address and mail over the maximum size in the SMTP conversation', async () => {
    const sender = newSender();
    await expect(send({ from: sender, to: 'iemand@elders.example.nl', subject: 'Relay?', text: 'Dorpsstraat 12' })).rejects.toMatchObject({ responseCode: 550 });
    await expect(
      send({ from: sender, subject: 'Te groot', text: 'Dorpsstraat 12', attachments: [{ filename: 'groot.bin', content: randomBytes(3 * 1024 * 1024) }] }),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect(await mailsTo(sender)).toEqual([]);
  });
});
