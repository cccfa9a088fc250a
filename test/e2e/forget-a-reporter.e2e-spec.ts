import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { EventEnvelope, ReportSubmitted, Topics } from '@loket/contracts';
import { createKafka, messagingConfigFromEnv } from '@loket/messaging';
import {
  databaseClient, expectEventually, keepOutboxWrites, LoketServices, mailsTo, OUTBOX_WRITES, randomPlace, readEvent, ScratchKafka, testEnvironment,
  testMessagingEnv, textMarker, tokenFor,
} from '@loket/testing';
import { brokerFilesHolding, everythingOnTheBus, topicsHolding } from './bus-contents';
import { dumpDatabase } from './database-dump';
import { call } from './http-client';

const SERVICES = ['intake', 'routing', 'workbench', 'feedback'] as const;
/** Where messages wait to be published or are remembered as handled: allowed to hold an event until purged. */
const MESSAGE_TABLES = ['public.outbox_messages', 'public.inbox_messages', 'public.dead_letters'];
const LINK = /https?:\/\/[^\s]+\/api\/v1\/reporter-links\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;

/** The tables of a pg_dump --data-only whose rows contain `needle` (case-insensitive). */
function tablesHolding(dump: string, needle: string): string[] {
  const found: string[] = [];
  const lowered = needle.toLowerCase();
  for (const block of dump.split(/\nCOPY /).slice(1)) {
    const table = block.slice(0, block.indexOf(' '));
    const rows = block.slice(block.indexOf('\n'), block.indexOf('\n\\.'));
    if (rows.toLowerCase().includes(lowered)) found.push(table);
  }
  return found;
}

/**
 * "Forget me", everywhere: a resident reports with a distinctive description, address, photo and e-mail address;
 * once the report is a case in the workbench, the resident erases themselves through the link feedback e-mails.
 * Then no table of the four databases holds the description, the postcode or the e-mail address, and no photo
 * row is left. The four services as processes on a broker of their own, real PostgreSQL, Keycloak and mail sink.
 * A second report on the same case, by someone else, keeps its text (the case's link text is rebuilt from it), and
 * the event delivered again changes nothing. Then retention: a second resident's case is worked to closed, and once
 * feedback's records say it closed longer ago than the retention period, the same search finds none of that
 * report's values either, and no service's log file ever held any of them. On the bus the same values never
 * travelled in plain: the events carry them sealed under the report's own key (crypto-shredding), so no topic,
 * dead-letter topic or broker file holds them, and once the key is destroyed what the topics still keep reads as
 * forgotten.
 */
describe('forgetting a reporter in every service', () => {
  let kafka: ScratchKafka;
  let loket: LoketServices;
  let reportId: string;
  let caseId: string;
  let otherReportId: string;
  const place = randomPlace();
  const otherDescription = `Kapotte lantaarnpaal bij de speeltuin, nog steeds donker (${randomBytes(4).toString('hex')})`;
  // letters only: the webhook's description is redacted, and a hex word such as 7394ea99 reads as a postcode with a number
  const distinct = textMarker();
  const description = `Kapotte lantaarnpaal bij de speeltuin, zegt buurvrouw Zwaantje-${distinct}`;
  const letters = Array.from(randomBytes(2), (b) => String.fromCharCode(65 + (b % 26))).join('');
  const postcode = `${1000 + (randomBytes(2).readUInt16BE() % 8999)}${letters}`;
  const email = `vergeet.mij.${distinct}@example.nl`;
  const eventually = { timeoutMs: 90_000 };

  beforeAll(async () => {
    kafka = await ScratchKafka.start();
    // Feedback's retention pass every 2 s instead of hourly, so the retention below is seen within seconds.
    loket = await LoketServices.start({ kafkaBrokers: kafka.brokers, readyTimeoutMs: 180_000, env: { LOKET_FEEDBACK_RETENTION_INTERVAL_MS: '2000' } });
    // This file's own clients (the redelivery below) reach the scratch broker, as the services do.
    process.env['LOKET_KAFKA_BROKERS'] = kafka.brokers;
    const feedback = await databaseClient(loket.databaseOf('feedback'));
    await keepOutboxWrites(feedback); // the relay deletes published rows; the redelivery test needs the envelope
    await feedback.end();
  }, 300_000);
  const brokersBefore = process.env['LOKET_KAFKA_BROKERS'];
  afterAll(async () => {
    if (brokersBefore === undefined) delete process.env['LOKET_KAFKA_BROKERS'];
    else process.env['LOKET_KAFKA_BROKERS'] = brokersBefore;
    await loket?.stop();
    await loket?.dropDatabases();
    await kafka?.destroy();
  }, 120_000);

  /** Rows of one query on a service's database, through a connection of its own. */
  const rowsOf = async (name: (typeof SERVICES)[number], sql: string, params: unknown[] = []) => {
    const client = await databaseClient(loket.databaseOf(name));
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  /** Until every service's relay has published and deleted its outbox rows. */
  const outboxesPurged = () =>
    expectEventually(async () => {
      for (const name of SERVICES) {
        const [{ n }] = await rowsOf(name, `SELECT count(*)::int AS n FROM outbox_messages`);
        expect(n).toBe(0);
      }
    }, eventually);
  /** pg_dump of the four services' databases and of the key vault they share. */
  const dumps = (): Record<string, string> => ({
    ...Object.fromEntries(SERVICES.map((name) => [name, dumpDatabase(loket.databaseOf(name))])),
    keys: dumpDatabase(loket.keysDatabase),
  });
  /** The key vault's row for a report: whether it still holds a key, and whether it was forgotten. */
  const vaultRowOf = async (subject: string) => {
    const client = await databaseClient(loket.keysDatabase);
    try {
      return (await client.query(`SELECT key IS NOT NULL AS keyed, forgotten_at IS NOT NULL AS forgotten FROM subject_keys WHERE subject = $1`, [subject])).rows;
    } finally {
      await client.end();
    }
  };
  /** Where on the broker a value can be found: topics read from the beginning, and the broker's log segment files. */
  const onTheBroker = async (needles: readonly string[]) => {
    const bus = await everythingOnTheBus(kafka.brokers.split(','));
    return Object.fromEntries(needles.map((needle) => [needle, [...topicsHolding(bus, needle), ...brokerFilesHolding(kafka.dir, needle)]]));
  };
  /** The report's `report.submitted` as it is on the topic, read as any consumer reads it (the key vault asked now). */
  const submittedAsReadNow = async (id: string) => {
    const message = (await everythingOnTheBus(kafka.brokers.split(','))).find((m) => m.topic === Topics.ReportSubmittedV1 && m.key === id);
    expect(message).toBeDefined();
    return (await readEvent(ReportSubmitted, message!.value, { ...testEnvironment().db, database: loket.keysDatabase })).payload;
  };
  const whereFound = (all: Record<string, string>, needle: string) =>
    Object.entries(all).flatMap(([service, dump]) => tablesHolding(dump, needle).map((table) => `${service}:${table}`));
  /** The services' own log files (everything each wrote since it started) that contain `needle` (case-insensitive). */
  const logsHolding = (needle: string) =>
    SERVICES.filter((name) => readFileSync(loket.services[name].logFile, 'utf8').toLowerCase().includes(needle.toLowerCase())).map((name) => `${name} log`);

  it('takes the report with its address, photo and e-mail address and makes it a case in the workbench', async () => {
    // Another system hears of new cases with their (redacted) description; no one listens at the target, so the
    // delivery stays queued with its payload.
    const subscription = await call('POST', `${loket.workbench.url}/api/v1/admin/webhook-subscriptions`, {
      token: await tokenFor('admin'),
      body: { name: 'Zaaksysteem', targetUrl: 'http://127.0.0.1:9/hook', channels: ['case.opened'], fields: ['description'] },
    });
    expect(subscription.status).toBe(201);
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#335577' } }).jpeg().toBuffer();
    const form = new FormData();
    form.set('report', JSON.stringify({
      description, category: 'afval', subcategory: 'grofvuil', location: place, address: { postcode, houseNumber: 4711 }, contact: { email },
    }));
    form.append('photos', new Blob([photo], { type: 'image/jpeg' }), 'lantaarn.jpg');
    const response = await fetch(`${loket.intake.url}/api/v1/reports`, { method: 'POST', body: form });
    expect(response.status).toBe(201);
    ({ reportId } = (await response.json()) as { reportId: string });
    const coordinator = await tokenFor('coordinator');
    caseId = await expectEventually(async () => {
      const decision = await call<{ caseId: string }>('GET', `${loket.routing.url}/api/v1/decisions/${reportId}`, { token: coordinator });
      expect(decision.status).toBe(200);
      return decision.body.caseId;
    }, eventually);
    await expectEventually(async () => {
      const [row] = await rowsOf('workbench', `SELECT description, photos FROM case_reports WHERE report_id = $1`, [reportId]);
      expect(row).toMatchObject({ description });
      expect(row.photos).toHaveLength(1);
    }, eventually);
    // Someone else reports the same, without contact details: linked to the same case, and not to be forgotten.
    const other = await call<{ reportId: string }>('POST', `${loket.intake.url}/api/v1/reports`, {
      body: { description: otherDescription, category: 'afval', subcategory: 'grofvuil', location: place },
    });
    expect(other.status).toBe(201);
    otherReportId = other.body.reportId;
    await expectEventually(async () => {
      const [row] = await rowsOf('workbench', `SELECT case_id FROM case_reports WHERE report_id = $1`, [otherReportId]);
      expect(row).toEqual({ case_id: caseId });
    }, eventually);
    // Before: every service holds what it must forget, so the search below can find it.
    const before = dumps();
    expect(whereFound(before, description)).toEqual(expect.arrayContaining([
      'intake:public.reports', 'routing:public.case_reports', 'routing:public.cases', 'routing:public.routing_decisions', 'workbench:public.case_reports',
    ]));
    expect(whereFound(before, postcode)).toContain('routing:public.case_reports');
    expect(whereFound(before, `Zwaantje-${distinct}`)).toContain('workbench:public.webhook_deliveries');
    expect(await rowsOf('intake', `SELECT count(*)::int AS n FROM report_photos WHERE report_id = $1`, [reportId])).toEqual([{ n: 1 }]);
    // On the bus: the report's events are there, under its key, but none of its values travelled in plain.
    expect(await vaultRowOf(reportId)).toEqual([{ keyed: true, forgotten: false }]);
    const found = await onTheBroker([reportId, description, `Zwaantje-${distinct}`, postcode, email]);
    expect(found[reportId]).toEqual(expect.arrayContaining([Topics.ReportSubmittedV1, Topics.CaseOpenedV1, Topics.ReporterContactSubmittedV1]));
    expect(found[reportId]!.some((where) => where.endsWith('.log'))).toBe(true); // the file search does find what is there
    for (const needle of [description, `Zwaantje-${distinct}`, postcode, email]) expect({ needle, found: found[needle] }).toEqual({ needle, found: [] });
    // ... and a consumer reads them with the key
    const submitted = await submittedAsReadNow(reportId);
    expect(submitted).toMatchObject({ description });
    expect(submitted).toHaveProperty('address');
  });

  it('erases the reporter through the erase link feedback e-mails', async () => {
    const receipt = await expectEventually(async () => {
      const mails = await mailsTo(email);
      const withLink = mails.find((m) => LINK.test(m.text));
      expect(withLink).toBeDefined();
      return withLink!;
    }, eventually);
    const manage = new URL(LINK.exec(receipt.text)![0]);
    const asked = await call('POST', `${manage.origin}${manage.pathname}/data-link-requests`, { body: { purpose: 'erase' } });
    expect(asked.status).toBeLessThan(300);
    const eraseMail = await expectEventually(async () => {
      const mail = (await mailsTo(email)).find((m) => m.subject === 'Uw gegevens bij Loket wissen');
      expect(mail).toBeDefined();
      return mail!;
    }, eventually);
    const erase = new URL(LINK.exec(eraseMail.text)![0]);
    const erased = await call<{ removed: { contactDetails: boolean } }>('POST', `${erase.origin}${erase.pathname}/erasure`);
    expect(erased.status).toBe(200);
    expect(erased.body.removed.contactDetails).toBe(true);
  });

  it('leaves no trace of the description, address or e-mail address in any database, and no photo', async () => {
    await expectEventually(async () => {
      for (const name of ['intake', 'routing', 'workbench'] as const) {
        const log = await rowsOf(name, `SELECT reason, removed FROM forget_log WHERE report_id = $1`, [reportId]);
        expect(log).toEqual([{ reason: 'erasure', removed: expect.any(Object) }]);
      }
    }, eventually);
    // The relay deletes an outbox row once published; give it a moment so only what is not yet purged remains.
    await outboxesPurged();
    const after = dumps();
    for (const [what, needle] of [['description', description], ['distinctive word', `Zwaantje-${distinct}`], ['postcode', postcode], ['e-mail address', email]] as const) {
      const found = whereFound(after, needle);
      const outsideMessages = found.filter((where) => !MESSAGE_TABLES.some((table) => where.endsWith(table)));
      expect({ what, foundIn: outsideMessages }).toEqual({ what, foundIn: [] });
      // Outbox rows are deleted once published (asserted empty above); inbox rows keep ids only. Anything found
      // here would be a message table that is not yet purged: named in the failure so it is not mistaken for data.
      expect({ what, notYetPurgedMessageTables: found }).toEqual({ what, notYetPurgedMessageTables: [] });
      // Nor was it ever written to a service's log, which no forgetting reaches.
      expect({ what, loggedIn: logsHolding(needle) }).toEqual({ what, loggedIn: [] });
    }
    const photos = await rowsOf('intake', `SELECT count(*)::int AS n FROM report_photos WHERE report_id = $1`, [reportId]);
    expect(photos).toEqual([{ n: 0 }]);
    const [caseReport] = await rowsOf('workbench', `SELECT description, photos, answers FROM case_reports WHERE report_id = $1`, [reportId]);
    expect(caseReport).toEqual({ description: '[verwijderd]', photos: [], answers: [] });
    // The case itself stays: its status, timeline and statistics are no one's personal data.
    const professional = await tokenFor('gemeente.stadsbeheer');
    const file = await call<{ reports: { description: string }[] }>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: professional });
    expect(file.status).toBe(200);
    expect(JSON.stringify(file.body)).not.toContain(distinct);
    // The other reporter's report is untouched, and the text new reports are compared with is theirs alone.
    expect(JSON.stringify(file.body)).toContain(otherDescription);
    expect(await rowsOf('routing', `SELECT link_text FROM cases WHERE id = $1`, [caseId])).toEqual([{ link_text: otherDescription }]);
  });

  it('leaves the events on the bus unreadable: the report’s key is destroyed, and what the topics keep reads as forgotten', async () => {
    expect(await vaultRowOf(reportId)).toEqual([{ keyed: false, forgotten: true }]);
    const found = await onTheBroker([description, `Zwaantje-${distinct}`, postcode, email]);
    for (const needle of [description, `Zwaantje-${distinct}`, postcode, email]) expect({ needle, found: found[needle] }).toEqual({ needle, found: [] });
    const submitted = await submittedAsReadNow(reportId);
    expect(submitted).toMatchObject({ reportId, description: '[verwijderd]' });
    expect(submitted).not.toHaveProperty('address');
    // the other reporter's key is untouched
    expect(await vaultRowOf(otherReportId)).toEqual([{ keyed: true, forgotten: false }]);
    expect(await submittedAsReadNow(otherReportId)).toMatchObject({ description: otherDescription });
  });

  it('changes nothing when the event is delivered again (the inbox)', async () => {
    const [{ envelope }] = await rowsOf('feedback', `SELECT envelope FROM ${OUTBOX_WRITES} WHERE topic = $1 AND message_key = $2`, [
      Topics.ReporterForgottenV1, reportId,
    ]);
    // The same event again, then a fresh one under the same key (the same partition, so handled after it) for a
    // report no one has: once that one is logged, the redelivered one has been taken, and must have left no trace.
    const follower: EventEnvelope<object> = { ...(envelope as EventEnvelope<object>), id: randomUUID(), payload: { reportId: randomUUID(), reason: 'erasure', forgottenAt: new Date().toISOString() } };
    const producer = createKafka({ ...messagingConfigFromEnv('test', testMessagingEnv()), groupId: 'test' }, 'redelivery').producer();
    await producer.connect();
    try {
      await producer.send({ topic: Topics.ReporterForgottenV1, messages: [envelope, follower].map((e) => ({ key: reportId, value: JSON.stringify(e) })) });
    } finally {
      await producer.disconnect();
    }
    const followerId = (follower.payload as { reportId: string }).reportId;
    await expectEventually(async () => {
      for (const name of ['intake', 'routing', 'workbench'] as const) {
        expect(await rowsOf(name, `SELECT count(*)::int AS n FROM forget_log WHERE report_id = $1`, [followerId])).toEqual([{ n: 1 }]);
      }
    }, eventually);
    for (const name of ['intake', 'routing', 'workbench'] as const) {
      expect(await rowsOf(name, `SELECT count(*)::int AS n FROM forget_log WHERE report_id = $1`, [reportId])).toEqual([{ n: 1 }]);
    }
    expect(await rowsOf('routing', `SELECT link_text FROM cases WHERE id = $1`, [caseId])).toEqual([{ link_text: otherDescription }]);
  });

  describe('retention', () => {
    // A second resident, elsewhere, with their own distinctive text, address, photo and e-mail address.
    const retained = textMarker();
    const retainedDescription = `Bank en matras bij de glasbak, zegt buurman Korneel-${retained}`;
    const retainedLetters = Array.from(randomBytes(2), (b) => String.fromCharCode(65 + (b % 26))).join('');
    const retainedPostcode = `${1000 + (randomBytes(2).readUInt16BE() % 8999)}${retainedLetters}`;
    const retainedEmail = `bewaar.niet.${retained}@example.nl`;
    let retainedReportId: string;
    let retainedCaseId: string;

    it('takes a second report and works its case to closed', async () => {
      const photo = await sharp({ create: { width: 48, height: 32, channels: 3, background: '#775533' } }).jpeg().toBuffer();
      const form = new FormData();
      form.set('report', JSON.stringify({
        description: retainedDescription, category: 'afval', subcategory: 'grofvuil', location: randomPlace(), address: { postcode: retainedPostcode, houseNumber: 12 }, contact: { email: retainedEmail },
      }));
      form.append('photos', new Blob([photo], { type: 'image/jpeg' }), 'bank.jpg');
      const response = await fetch(`${loket.intake.url}/api/v1/reports`, { method: 'POST', body: form });
      expect(response.status).toBe(201);
      ({ reportId: retainedReportId } = (await response.json()) as { reportId: string });
      const coordinator = await tokenFor('coordinator');
      retainedCaseId = await expectEventually(async () => {
        const decision = await call<{ caseId: string; kind: string }>('GET', `${loket.routing.url}/api/v1/decisions/${retainedReportId}`, { token: coordinator });
        expect(decision.status).toBe(200);
        expect(decision.body.kind).toBe('routed'); // a case of its own, not linked to the first one
        return decision.body.caseId;
      }, eventually);
      await expectEventually(async () => {
        expect(await rowsOf('workbench', `SELECT count(*)::int AS n FROM case_reports WHERE report_id = $1`, [retainedReportId])).toEqual([{ n: 1 }]);
      }, eventually);
      const professional = await tokenFor('gemeente.stadsbeheer');
      const me = JSON.parse(Buffer.from(professional.split('.')[1]!, 'base64url').toString()).sub as string;
      for (const step of [{ transition: 'assign', assignee: me }, { transition: 'start' }, { transition: 'resolve', resolutionCode: 'solved' }, { transition: 'close' }]) {
        const current = await call<{ version: number }>('GET', `${loket.workbench.url}/api/v1/cases/${retainedCaseId}`, { token: professional });
        const moved = await call('POST', `${loket.workbench.url}/api/v1/cases/${retainedCaseId}/transitions`, { token: professional, body: { ...step, expectedVersion: current.body.version } });
        expect(moved.status).toBe(200);
      }
      await expectEventually(async () => {
        const stages = await rowsOf('feedback', `SELECT stage FROM case_stages WHERE case_id = $1 ORDER BY occurred_at`, [retainedCaseId]);
        expect(stages.map((row) => row.stage)).toContain('closed');
      }, eventually);
      // Closed just now: the retention period (180 days) has not passed, so everything is still there.
      await new Promise((resolve) => setTimeout(resolve, 4_000)); // two retention passes
      expect(whereFound(dumps(), retainedDescription)).toEqual(expect.arrayContaining(['intake:public.reports', 'workbench:public.case_reports']));
      expect(await rowsOf('feedback', `SELECT count(*)::int AS n FROM retention_log WHERE report_id = $1`, [retainedReportId])).toEqual([{ n: 0 }]);
    });

    it('forgets the report everywhere once its case has been closed for the retention period', async () => {
      // The controllable clock: the case closed 181 days ago, as far as feedback's records say; its retention pass
      // (every 2 s here) then finds the reporter due, exactly as it would half a year from now.
      await rowsOf('feedback', `UPDATE case_stages SET occurred_at = occurred_at - interval '181 days' WHERE case_id = $1`, [retainedCaseId]);
      await expectEventually(async () => {
        expect(await rowsOf('feedback', `SELECT case_id FROM retention_log WHERE report_id = $1`, [retainedReportId])).toEqual([{ case_id: retainedCaseId }]);
        for (const name of ['intake', 'routing', 'workbench'] as const) {
          const log = await rowsOf(name, `SELECT reason FROM forget_log WHERE report_id = $1`, [retainedReportId]);
          expect(log).toEqual([{ reason: 'retention' }]);
        }
      }, eventually);
      await outboxesPurged();
      const after = dumps();
      for (const [what, needle] of [['description', retainedDescription], ['distinctive word', `Korneel-${retained}`], ['postcode', retainedPostcode], ['e-mail address', retainedEmail]] as const) {
        expect({ what, foundIn: whereFound(after, needle) }).toEqual({ what, foundIn: [] });
        expect({ what, loggedIn: logsHolding(needle) }).toEqual({ what, loggedIn: [] });
      }
      expect(await rowsOf('intake', `SELECT count(*)::int AS n FROM report_photos WHERE report_id = $1`, [retainedReportId])).toEqual([{ n: 0 }]);
      const [reporter] = await rowsOf('feedback', `SELECT contact_details, has_email FROM reporters WHERE report_id = $1`, [retainedReportId]);
      expect(reporter).toEqual({ contact_details: null, has_email: false });
      // and on the bus: its key destroyed, none of its values on any topic or in any broker file
      expect(await vaultRowOf(retainedReportId)).toEqual([{ keyed: false, forgotten: true }]);
      const needles = [retainedDescription, `Korneel-${retained}`, retainedPostcode, retainedEmail];
      const found = await onTheBroker(needles);
      for (const needle of needles) expect({ needle, found: found[needle] }).toEqual({ needle, found: [] });
      expect(await submittedAsReadNow(retainedReportId)).toMatchObject({ description: '[verwijderd]' });
    });
  });
});
