import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CaseOpened, CaseReassigned, CaseReportLinked, CaseStatus, CaseStatusChanged, FeedbackReopenRequested, ReporterContactSubmitted, sealFor, Topics,
} from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, KafkaProbe, mailsTo, publishEvent, randomPlace, readEvent, tokenFor } from '@loket/testing';
import { feedbackConfigFromEnv } from './feedback.config';
import { feedbackModule } from './feedback.module';

/**
 * The reporter's own door and the professional's audited request, through the real service: Kafka events in,
 * e-mail to the real SMTP sink, the signed link from that e-mail, real Keycloak tokens, PostgreSQL.
 */
describe('reporter links, satisfaction and audited contact-detail reads (real Kafka, PostgreSQL, Keycloak, SMTP)', () => {
  const run = randomBytes(4).toString('hex');
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const config = feedbackConfigFromEnv({
    ...process.env,
    LOKET_FEEDBACK_DB_NAME: `loket_reporter_links_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-feedback-reporter-links-${run}`,
    LOKET_SEALING_PRIVATE_KEYS: `links-${run}:${Buffer.from(privateKey).toString('base64')}`,
    LOKET_FEEDBACK_DATA_KEYS: `data-${run}:${randomBytes(32).toString('base64')}`,
    LOKET_FEEDBACK_LINK_SECRET: randomBytes(32).toString('base64'),
    LOKET_PUBLIC_URL: 'http://loket.test',
    LOKET_FEEDBACK_DELIVERY_INTERVAL_MS: '200',
    LOKET_TRACKING_RATE_LIMIT_PER_MINUTE: '6000',
  });
  let app: INestApplication;
  let url: string;
  let db: DataSource;
  let probe: KafkaProbe;
  const caseId = randomUUID();
  const anna = reporter('anna', '06-23456789');
  const bert = reporter('bert');

  function reporter(name: string, phone?: string) {
    return {
      reportId: randomUUID(),
      reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
      email: `${name}.${run}@example.nl`,
      phone,
      trackingCode: Array.from({ length: 5 }, () => randomBytes(2).toString('hex').toUpperCase()).join('-'),
      link: '',
    };
  }
  type Reporter = ReturnType<typeof reporter>;

  const api = async (method: string, path: string, options: { token?: string; body?: unknown } = {}) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> & Record<string, never>, text };
  };
  const link = (who: Reporter, action = '') => `${new URL(who.link).pathname}${action}`;
  const caseReport = (who: Reporter) => ({
    reportId: who.reportId, reporterRef: who.reporterRef, description: 'Grofvuil bij de container', location: randomPlace(),
    submittedAt: new Date().toISOString(), reporterTier: 'resident' as const, areaIds: [],
  });
  let clock = Date.now();
  const later = () => new Date((clock += 1000)).toISOString();
  const status = (from: CaseStatus, to: CaseStatus, organisation = 'municipality') =>
    publishEvent(CaseStatusChanged, { caseId, organisation, from, to, resolutionCode: null, caseVersion: 2, changedAt: later() });
  const mailCount = async (who: Reporter) => (await mailsTo(who.email)).length;
  const LINK = /http:\/\/loket\.test\/api\/v1\/reporter-links\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;
  /** Asks for a link with the manage link, and reads the link the e-mail it sent brings (the newest mail with `subject`). */
  const linkByEmail = async (who: Reporter, path: string, subject: string, body?: object) => {
    const before = await mailCount(who);
    const asked = await api('POST', link(who, path), body === undefined ? {} : { body });
    expect(asked.status).toBeLessThan(300);
    const mail = await expectEventually(async () => {
      const mails = await mailsTo(who.email);
      expect(mails.length).toBeGreaterThan(before);
      return mails.filter((m) => m.subject === subject).at(-1)!;
    }, { timeoutMs: 30_000 });
    return { asked, url: new URL(LINK.exec(mail.text)![0]).pathname };
  };
  const request = (token: string, who: Reporter) =>
    api('POST', `/api/v1/cases/${caseId}/reports/${who.reportId}/contact-details-requests`, { token, body: { reason: 'Nadere vragen over de plek van het grofvuil' } });
  const startedAt = new Date(Date.now() - 1_000).toISOString();

  beforeAll(async () => {
    app = await startService({ service: 'feedback', title: 'feedback', module: feedbackModule(config), host: '127.0.0.1', port: 0, logLevel: 'warn', beforeListen: connectEventConsumers });
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    db = app.get(DataSource);
    probe = await KafkaProbe.start([Topics.FeedbackSatisfactionRecordedV1, Topics.FeedbackReopenRequestedV1, Topics.FeedbackDeliveredV1, Topics.ReporterForgottenV1]);
    // the case's story is told from now on: a stage dated before a reporter reported is not theirs to hear
    clock = Date.now();
    for (const who of [anna, bert]) {
      const sealed = sealFor({ kid: `links-${run}`, publicKey: publicKey }, {
        trackingCode: who.trackingCode, contact: { email: who.email, name: 'Melder', ...(who.phone ? { phone: who.phone } : {}) },
        consentToContact: true, language: 'nl', tier: 'resident',
      });
      await publishEvent(ReporterContactSubmitted, { reportId: who.reportId, reporterRef: who.reporterRef, sealed });
    }
    const sla = { amount: 5, unit: 'days' as const, calendar: 'working' as const };
    await publishEvent(CaseOpened, {
      caseId, organisation: 'municipality', team: 'stadsbeheer', priority: 'normal', sla, category: { main: 'afval', sensitivity: 1 },
      report: caseReport(anna), decision: { policyId: 'p', policyVersion: 1, ruleId: null, explanation: 'test' }, openedAt: later(),
    });
    await publishEvent(CaseReportLinked, { caseId, organisation: 'municipality', report: caseReport(bert), score: 0.9, explanation: 'test', linkedAt: later() });
  }, 180_000);
  afterAll(async () => {
    await probe?.stop();
    await app?.close();
    await dropDatabase(config.database);
  });

  it('sends every reporter an e-mail carrying their own signed link, which opens their preferences', async () => {
    for (const who of [anna, bert]) {
      const [receipt] = await expectEventually(async () => {
        const mails = await mailsTo(who.email);
        expect(mails.length).toBeGreaterThanOrEqual(1);
        return mails;
      }, { timeoutMs: 90_000 });
      who.link = /http:\/\/loket\.test\/api\/v1\/reporter-links\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/.exec(receipt!.text)![0];
    }
    expect(anna.link).not.toBe(bert.link);
    const page = await api('GET', link(anna));
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ reportId: anna.reportId, language: 'nl', contactConsent: true, professionalContactConsent: false, emailOnFile: true });
    expect(page.text).not.toContain(anna.email);
  });

  it('answers a tampered, forged or unknown token with one and the same 404', async () => {
    const [body, signature] = new URL(anna.link).pathname.split('/').at(-1)!.split('.') as [string, string];
    const flipped = `${body}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    const forgedBody = Buffer.from(JSON.stringify({ v: 1, p: 'manage', r: bert.reportId, e: 9_999_999_999 })).toString('base64url');
    const answers = await Promise.all(
      [flipped, `${forgedBody}.${signature}`, 'not-a-token', `${body}`].map((token) => api('GET', `/api/v1/reporter-links/${token}/export`)),
    );
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404]);
    const shapes = answers.map(({ body: { correlationId: _, ...rest } }) => rest);
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(shapes[0]).toMatchObject({ status: 404, instance: '/api/v1/reporter-links/{token}/export' });
  });

  it('refuses a professional the contact details without the reporter’s consent, and another organisation the case', async () => {
    const municipality = await tokenFor('gemeente.stadsbeheer');
    const police = await tokenFor('politie.wijkagent');
    await expectEventually(async () => expect((await api('GET', `/api/v1/cases/${caseId}/reporters`, { token: municipality })).status).toBe(200));
    expect((await request(municipality, anna)).status).toBe(403);
    expect((await request(police, anna)).status).toBe(404);
    expect((await api('GET', `/api/v1/cases/${caseId}/reporters`, { token: police })).status).toBe(404);
    expect((await request(await tokenFor('bewoner'), anna)).status).toBe(403);

    // every refused attempt is in the audit log, with why (the callers were told no more than 403/404)
    const refused = await api('GET', `/api/v1/admin/contact-detail-reads?outcome=refused&since=${encodeURIComponent(startedAt)}`, {
      token: await tokenFor('admin'),
    });
    expect(refused.status).toBe(200);
    const ofThisCase = (refused.body as unknown as Record<string, unknown>[]).filter((r) => r['caseId'] === caseId);
    expect(ofThisCase.map((r) => [r['purpose'], r['organisation'], r['refusal'], r['reportId']]).sort()).toEqual(
      [
        ['professional-request', 'municipality', 'no-consent', anna.reportId],
        ['professional-request', 'police', 'not-your-organisation', anna.reportId],
        ['reporter-list', 'police', 'not-your-organisation', null],
      ].sort(),
    );
    expect(ofThisCase.find((r) => r['refusal'] === 'no-consent')).toMatchObject({ outcome: 'refused', reporterRef: anna.reporterRef });
    expect(JSON.stringify(ofThisCase)).not.toContain(anna.email);
  });

  it('lets a consenting reporter be contacted: the read is in the audit log, and only theirs is given', async () => {
    const changed = await api('PATCH', link(anna, '/preferences'), { body: { professionalContactConsent: true } });
    expect(changed.body).toMatchObject({ professionalContactConsent: true });
    const municipality = await tokenFor('gemeente.stadsbeheer');
    const reporters = await api('GET', `/api/v1/cases/${caseId}/reporters`, { token: municipality });
    expect(reporters.body).toEqual([
      { reportId: anna.reportId, professionalContactConsent: true, contactDetailsHeld: true },
      { reportId: bert.reportId, professionalContactConsent: false, contactDetailsHeld: true },
    ]);
    expect(reporters.text).not.toMatch(/@example\.nl|rr_/);
    const details = await request(municipality, anna);
    expect(details.status).toBe(200);
    expect(details.body).toMatchObject({ reportId: anna.reportId, email: anna.email, phone: anna.phone });
    expect(details.text).not.toContain(bert.email);
    expect((await request(municipality, bert)).status).toBe(403);

    const log = await api('GET', `/api/v1/admin/contact-detail-reads?reportId=${anna.reportId}&outcome=read`, { token: await tokenFor('admin') });
    expect(log.status).toBe(200);
    expect(log.body).toEqual([
      expect.objectContaining({
        purpose: 'professional-request', readerUsername: 'gemeente.stadsbeheer', organisation: 'municipality',
        reason: 'Nadere vragen over de plek van het grofvuil', reportId: anna.reportId, reporterRef: anna.reporterRef, caseId,
      }),
    ]);
    expect((await api('GET', '/api/v1/admin/contact-detail-reads', { token: municipality })).status).toBe(403);
  });

  it('follows a reassignment: the new organisation may ask, the old one no longer sees the case', async () => {
    await publishEvent(CaseReassigned, {
      caseId, fromOrganisation: 'municipality', organisation: 'police', team: 'wijkagenten', priority: 'normal',
      sla: { amount: 5, unit: 'days', calendar: 'working' }, via: 'matching-rule', explanation: 'test', reason: 'politiezaak', reassignedAt: later(),
    });
    const police = await tokenFor('politie.wijkagent');
    await expectEventually(async () => expect((await request(police, anna)).status).toBe(200), { timeoutMs: 60_000 });
    expect((await request(await tokenFor('gemeente.stadsbeheer'), anna)).status).toBe(404);
  });

  it('exports exactly the reporter’s own data through a short-lived link e-mailed on request, once, and logs that read too', async () => {
    expect((await api('GET', link(anna, '/export'))).status).toBe(404); // the manage link in every e-mail cannot
    const { asked, url } = await linkByEmail(anna, '/data-link-requests', 'Uw gegevens bij Loket', { purpose: 'export' });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ purpose: 'export', sentByEmail: true });
    expect(new Date(asked.body['validUntil'] as unknown as string).getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect((await api('GET', url)).body).toMatchObject({ purpose: 'export', actions: { exportMyData: 'GET ./export' } });
    expect((await api('PATCH', `${url}/preferences`, { body: { language: 'en' } })).status).toBe(404); // an export link manages nothing
    const exported = await api('GET', `${url}/export`);
    expect(exported.status).toBe(200);
    expect((await api('GET', `${url}/export`)).status).toBe(404); // it worked once
    expect(exported.body['contactDetails']).toEqual({ name: 'Melder', email: anna.email, phone: anna.phone });
    expect(exported.body).toMatchObject({
      reporter: { reportId: anna.reportId, reporterRef: anna.reporterRef, tier: 'resident' },
      consents: { contact: true, emailsWithdrawnAt: null, professionalContact: true },
      cases: [{ reportId: anna.reportId, caseId }],
    });
    const reads = exported.body['contactDetailReads'] as unknown as { purpose: string; organisation: string | null }[];
    expect(reads.map((r) => [r.purpose, r.organisation])).toEqual([
      ['professional-request', 'municipality'], ['professional-request', 'police'], ['reporter-export', null],
    ]);
    expect((exported.body['messages'] as unknown as { stage: string }[]).map((m) => m.stage)).toContain('received');
    for (const other of [bert.email, bert.reportId, bert.reporterRef, bert.trackingCode]) expect(exported.text).not.toContain(other);
  });

  it('stops e-mail to a reporter who withdrew consent, while their tracking page keeps showing progress', async () => {
    expect((await api('POST', link(bert, '/withdrawal'))).body).toMatchObject({ contactConsent: false });
    const bertBefore = await mailCount(bert);
    const annaBefore = await mailCount(anna);
    await status('new', 'assigned', 'police');
    await expectEventually(async () => expect(await mailCount(anna)).toBeGreaterThan(annaBefore), { timeoutMs: 60_000 });
    const page = await api('GET', `/api/v1/tracking/${bert.trackingCode}`);
    expect(page.status).toBe(200);
    expect(JSON.stringify(page.body['timeline'])).toContain('picked-up');
    expect((page.body['messages'] as unknown as { stage: string; channel: string }[]).find((m) => m.stage === 'picked-up')).toMatchObject({ channel: 'page' });
    expect(await mailCount(bert)).toBe(bertBefore);
  });

  it('takes one satisfaction answer per closure; an unhappy one asks to reopen, redacted, without contact details', async () => {
    expect((await api('POST', link(anna, '/satisfaction'), { body: { satisfied: true } })).status).toBe(409);
    await status('assigned', 'closed', 'police');
    const remark = `Niet opgelost. Bel me op ${anna.phone} of mail ${anna.email}`;
    const answered = await expectEventually(async () => {
      const answer = await api('POST', link(anna, '/satisfaction'), { body: { satisfied: false, remark, reopen: true } });
      expect(answer.status).toBe(201);
      return answer;
    }, { timeoutMs: 60_000 });
    expect(answered.body).toMatchObject({ satisfied: false, reopenRequested: true });
    expect((await api('POST', link(anna, '/satisfaction'), { body: { satisfied: true } })).status).toBe(409);
    expect((await api('POST', `/api/v1/tracking/${bert.trackingCode}/satisfaction`, { body: { satisfied: true, reopen: true } })).status).toBe(400);
    expect((await api('POST', `/api/v1/tracking/${bert.trackingCode}/satisfaction`, { body: { satisfied: true } })).status).toBe(201);
    expect((await api('POST', '/api/v1/tracking/AAAA-BBBB-CCCC-DDDD-EEEE/satisfaction', { body: { satisfied: true } })).status).toBe(404);

    const ours = await expectEventually(() => {
      const events = probe.messages.filter((m) => m.key === caseId && m.topic !== Topics.FeedbackDeliveredV1).map((m) => JSON.parse(m.value));
      expect(events).toHaveLength(3);
      return events;
    }, { timeoutMs: 60_000 });
    // as a consumer reads it: the remark travels sealed under the report's key
    const reopen = await readEvent(FeedbackReopenRequested, JSON.stringify(ours.find((e) => e.type === 'feedback.reopen-requested')), config.messaging.subjectKeys);
    expect(reopen.payload).toMatchObject({ caseId, reportId: anna.reportId, reporterRef: anna.reporterRef });
    expect(reopen.payload.redactedRemark).toContain('Niet opgelost');
    expect(ours.filter((e) => e.type === 'feedback.satisfaction-recorded').map((e) => [e.payload.reportId, e.payload.satisfied, e.payload.reopenRequested]))
      .toEqual(expect.arrayContaining([[anna.reportId, false, true], [bert.reportId, true, false]]));
    const onTheBus = JSON.stringify(probe.messages.filter((m) => m.key === caseId));
    for (const secret of [anna.email, anna.phone!, bert.email, '23456789']) expect(onTheBus).not.toContain(secret);
  });

  it('refuses a data link for something else than export or erasure, and more than a few an hour', async () => {
    expect((await api('POST', link(bert, '/data-link-requests'), { body: { purpose: 'manage' } })).status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await api('POST', link(bert, '/data-link-requests'), { body: { purpose: 'export' } })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('erases a reporter at once: details and texts gone, links and tracking code dead, later events send nothing', async () => {
    expect((await api('POST', link(anna, '/erasure'))).status).toBe(404); // only a link asked for by e-mail erases
    const { url: eraseLink } = await linkByEmail(anna, '/data-link-requests', 'Uw gegevens bij Loket wissen', { purpose: 'erase' });
    const erased = await api('POST', `${eraseLink}/erasure`);
    expect(erased.status).toBe(200);
    expect(erased.body['removed']).toMatchObject({ contactDetails: true, remarks: 1, trackingCode: true });
    expect((await api('GET', link(anna))).status).toBe(404);
    expect((await api('GET', `/api/v1/tracking/${anna.trackingCode}`)).status).toBe(404);
    const [row] = await db.query(`SELECT contact_details, has_email, consent_to_contact, erased_at FROM reporters WHERE report_id = $1`, [anna.reportId]);
    expect(row).toMatchObject({ contact_details: null, has_email: false, consent_to_contact: false });
    expect(await db.query(`SELECT id FROM reporter_messages WHERE report_id = $1`, [anna.reportId])).toEqual([]);
    expect(await db.query(`SELECT remark FROM satisfaction_answers WHERE report_id = $1`, [anna.reportId])).toEqual([{ remark: null }]);
    expect(await db.query(`SELECT removed FROM erasure_log WHERE report_id = $1`, [anna.reportId])).toHaveLength(1);
    expect((await request(await tokenFor('politie.wijkagent'), anna)).status).toBe(404);
    // Told to intake, routing and the workbench, which forget the report's text, address and photos: only which and why.
    const forgotten = await expectEventually(async () => {
      const found = probe.messages.filter((m) => m.topic === Topics.ReporterForgottenV1 && m.key === anna.reportId);
      expect(found).toHaveLength(1);
      return JSON.parse(found[0]!.value) as { payload: object };
    }, { timeoutMs: 30_000 });
    expect(forgotten.payload).toEqual({ reportId: anna.reportId, reason: 'erasure', forgottenAt: erased.body['erasedAt'] });

    const annaMails = await mailCount(anna);
    await status('closed', 'new', 'police');
    await expectEventually(async () => {
      const page = await api('GET', `/api/v1/tracking/${bert.trackingCode}`);
      expect(JSON.stringify(page.body['timeline'])).toContain('reopened');
    }, { timeoutMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // one more delivery round
    expect(await db.query(`SELECT id FROM reporter_messages WHERE report_id = $1`, [anna.reportId])).toEqual([]);
    expect(await mailCount(anna)).toBe(annaMails);
  });

  it('revokes every earlier link on request and e-mails a fresh one that works', async () => {
    const { asked, url: fresh } = await linkByEmail(bert, '/revocation', 'Uw nieuwe link naar Loket');
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ purpose: 'manage', sentByEmail: true });
    expect((await api('GET', link(bert))).status).toBe(404);
    expect(fresh).not.toBe(link(bert));
    expect((await api('GET', fresh)).body).toMatchObject({ reportId: bert.reportId, purpose: 'manage' });
  });
});
