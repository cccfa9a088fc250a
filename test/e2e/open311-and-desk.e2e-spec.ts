import { randomInt } from 'node:crypto';
import { databaseClient, ensureDemoUser, expectEventually, keepOutboxWrites, LoketServices, mailsTo, OUTBOX_WRITES, randomPlace, textMarker, tokenFor } from '@loket/testing';
import type { Browser } from 'playwright-core';
import { call } from './http-client';
import { expectAccessible, Gateway, launchChromium, openPage, PHONE, step } from './web/browser-kit';
import { describeProblem, dropPin, submitAndReadCode } from './web/journey-steps';
import { signIn, snapshot } from './web/werkbank-kit';

interface Open311Service {
  service_code: string;
  service_name: string;
  metadata: boolean;
  group: string;
}
interface Open311Request {
  service_request_id: string;
  status: string;
  service_code: string;
  description: string;
  lat: number;
  long: number;
}

/**
 * The other doors into the one intake, over the real services, PostgreSQL, Kafka (the shared broker, read from now on),
 * Keycloak and the mail sink. An Open311 GeoReport v2 client, with a key an administrator registered, reads the
 * services and a service's attributes, posts a form shaped like the spec's own example, follows its token to the
 * request id and reads it back (JSON and XML), redacted; a sensitive case is never in a public GET. A desk agent
 * submits for a resident on the phone, who gets the receipt; the agent is on the report and its event. The same
 * through the desk's screen in real Chromium at 360 px behind the real gateway, axe on every state.
 */
jest.setTimeout(300_000);

describe('Open311 GeoReport v2 and the desk: more doors into the one intake', () => {
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;
  let admin: string;
  let coordinator: string;
  let apiKey: string;
  let clientId: string;
  const marker = textMarker();
  const phone = `06-${String(10_000_000 + randomInt(89_999_999))}`;
  const email = `open311.${marker}@example.nl`;
  const place = randomPlace();
  let token: string;
  let requestId: string;
  let sensitiveCaseId: string;

  beforeAll(async () => {
    [loket] = await Promise.all([LoketServices.start({ only: ['intake', 'routing', 'feedback'], readyTimeoutMs: 180_000 }), ensureDemoUser('balie.gemeente')]);
    [admin, coordinator, browser] = await Promise.all([tokenFor('admin'), tokenFor('coordinator'), launchChromium()]);
    gateway = await Gateway.start(loket); // on its own: a loaded machine starts it slowly, and the kit waits 20 s
    // intake's relay deletes what it published: the desk test reads the event as intake wrote it
    const intakeDb = await databaseClient(loket.databaseOf('intake'));
    await keepOutboxWrites(intakeDb).finally(() => intakeDb.end());
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
  }, 120_000);

  const open311 = (path: string) => `${loket.intake.url}/open311/v2${path}`;
  const postForm = async (format: 'json' | 'xml', fields: Record<string, string>) => {
    const response = await fetch(open311(`/requests.${format}`), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  };
  const caseOf = (reportId: string) =>
    expectEventually(async () => {
      const response = await call<{ caseId: string }>('GET', `${loket.routing.url}/api/v1/decisions/${reportId}`, { token: coordinator });
      expect(response.status).toBe(200);
      return response.body.caseId;
    }, { timeoutMs: 120_000 });

  it('lets an administrator register a client; the key is shown once, stored only as a keyed hash, and audited', async () => {
    expect((await call('POST', `${loket.intake.url}/api/v1/admin/open311-clients`, { token: coordinator, body: { name: 'x' } })).status).toBe(403);
    const made = await call<{ id: string; apiKey: string; keyPrefix: string }>('POST', `${loket.intake.url}/api/v1/admin/open311-clients`, {
      token: admin,
      body: { name: `BuitenBeter test ${marker}` },
    });
    expect(made.status).toBe(201);
    ({ apiKey, id: clientId } = made.body);
    expect(apiKey).toMatch(/^o311_/);
    const listed = await call<Record<string, unknown>[]>('GET', `${loket.intake.url}/api/v1/admin/open311-clients`, { token: admin });
    expect(listed.body.find((c) => c['id'] === clientId)).toMatchObject({ keyPrefix: made.body.keyPrefix, revokedAt: null });
    expect(JSON.stringify(listed.body)).not.toContain(apiKey);
    const db = await databaseClient(loket.databaseOf('intake'));
    try {
      const stored = await db.query('SELECT key_hash FROM open311_clients WHERE id = $1', [clientId]);
      expect(stored.rows[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(stored.rows)).not.toContain(apiKey);
      const audit = await db.query(`SELECT actor_username, action FROM admin_audit WHERE target_id = $1`, [clientId]);
      expect(audit.rows).toEqual([{ actor_username: 'admin', action: 'open311-client.created' }]);
    } finally {
      await db.end();
    }
  });

  it('serves the public categories as services, in JSON and XML, and a service’s questions as attributes', async () => {
    const services = await call<Open311Service[]>('GET', `${gateway.url}/open311/v2/services.json`); // the one origin routes Open311 to intake
    expect(services.status).toBe(200);
    const codes = services.body.map((s) => s.service_code);
    expect(codes).toEqual(expect.arrayContaining(['afval', 'grofvuil', 'overlast', 'geluid']));
    for (const sensitive of ['veiligheid', 'zorg', 'ondermijning', 'inbraak', 'niet-pluis', 'woonfraude']) expect(codes).not.toContain(sensitive);
    expect(services.body.find((s) => s.service_code === 'grofvuil')).toMatchObject({ metadata: true, type: 'realtime', group: 'Afval en vervuiling' });

    const xml = await fetch(open311('/services.xml?locale=en'));
    expect(xml.headers.get('content-type')).toMatch(/application\/xml/);
    const text = await xml.text();
    expect(text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><services><service><service_code>afval<\/service_code>/);

    const definition = await call<{ service_code: string; attributes: { code: string; datatype: string; required: boolean; values?: { key: string }[] }[] }>(
      'GET',
      open311('/services/geluid.json'),
    );
    expect(definition.body.service_code).toBe('geluid');
    expect(definition.body.attributes.map((a) => a.code)).toEqual(['happening-now', 'how-often']);
    expect(definition.body.attributes[0]).toMatchObject({ datatype: 'singlevaluelist', variable: true, order: 1, values: [{ key: 'true' }, { key: 'false' }] });
    const unknown = await call<{ code: number; description: string }[]>('GET', open311('/services/zorg.json'));
    expect(unknown.status).toBe(404);
    expect(unknown.body[0]?.code).toBe(404);
  });

  it('refuses a post without a valid api_key with the spec’s error format', async () => {
    const fields = { service_code: 'grofvuil', lat: String(place.lat), long: String(place.lon), description: 'Bank op de stoep' };
    const none = await postForm('json', fields);
    expect(none.status).toBe(403);
    expect(JSON.parse(none.text)).toEqual([{ code: 403, description: expect.stringMatching(/api_key/) }]);
    const wrong = await postForm('xml', { ...fields, api_key: 'o311_not-a-key' });
    expect(wrong.status).toBe(403);
    expect(wrong.text).toMatch(/<errors><error><code>403<\/code><description>api_key/);
  });

  it('checks attributes as the JSON API checks answers, and takes no sensitive service', async () => {
    const bad = await postForm('json', {
      api_key: apiKey,
      service_code: 'geluid',
      lat: String(place.lat),
      long: String(place.lon),
      description: 'Harde muziek',
      'attribute[happening-now]': 'misschien',
      'attribute[colour]': 'blauw',
    });
    expect(bad.status).toBe(400);
    const errors = JSON.parse(bad.text) as { code: number; description: string }[];
    expect(errors.map((e) => e.description.split(':')[0])).toEqual(expect.arrayContaining(['answers.happening-now', 'answers.colour']));
    expect(errors.every((e) => e.code === 400)).toBe(true);
    const sensitive = await postForm('json', { api_key: apiKey, service_code: 'zorg', lat: String(place.lat), long: String(place.lon), description: 'x' });
    expect(sensitive.status).toBe(404);
    const noPlace = await postForm('json', { api_key: apiKey, service_code: 'afval', description: 'x' });
    expect(noPlace.status).toBe(400);
  });

  it('takes a request shaped like the spec’s example; the token leads to the request id; the reporter gets a receipt', async () => {
    const posted = await postForm('json', {
      api_key: apiKey,
      jurisdiction_id: 'loket.example',
      service_code: 'grofvuil',
      lat: String(place.lat),
      long: String(place.lon),
      address_string: 'Dorpsstraat 1',
      email,
      device_id: 'tt222111',
      account_id: '123456',
      first_name: 'john',
      last_name: 'smith',
      phone: '06-11111111',
      description: `Een bank en een kast op de stoep (${marker}), bel me op ${phone}`,
      media_url: 'http://example.org/photo.jpg',
      'attribute[size]': 'large',
    });
    expect(posted.status).toBe(201);
    const [answer] = JSON.parse(posted.text) as { token: string; service_notice: string; loket_tracking_code: string }[];
    expect(answer?.token).toMatch(/^[0-9a-f-]{36}$/);
    token = answer!.token;
    requestId = await expectEventually(async () => {
      const found = await call<{ token: string; service_request_id?: string }[]>('GET', open311(`/tokens/${token}.json`));
      expect(found.status).toBe(200);
      expect(found.body[0]?.service_request_id).toBeDefined();
      return found.body[0]!.service_request_id!;
    }, { timeoutMs: 120_000 });
    expect(requestId).toBe(await caseOf(token));
    const receipt = await expectEventually(async () => {
      const mails = await mailsTo(email);
      expect(mails.length).toBeGreaterThan(0);
      return mails[0]!;
    }, { timeoutMs: 60_000 });
    expect(receipt.text).toContain(answer!.loket_tracking_code);
    const db = await databaseClient(loket.databaseOf('intake'));
    try {
      const stored = await db.query('SELECT channel, category_sub, answers FROM reports WHERE id = $1', [token]);
      expect(stored.rows[0]).toMatchObject({ channel: 'open311', category_sub: 'grofvuil', answers: [expect.objectContaining({ questionId: 'size', value: 'large' })] });
    } finally {
      await db.end();
    }
  });

  it('reads it back in public, redacted, in JSON and XML; a sensitive case never shows', async () => {
    const { reportId } = (
      await call<{ reportId: string }>('POST', `${loket.intake.url}/api/v1/reports`, {
        body: { description: `Inbraak in de schuur (${marker}), bel ${phone}`, category: 'veiligheid', subcategory: 'inbraak', location: place },
      })
    ).body;
    sensitiveCaseId = await caseOf(reportId);

    const one = await call<Open311Request[]>('GET', open311(`/requests/${requestId}.json`));
    expect(one.status).toBe(200);
    expect(one.body[0]).toMatchObject({ service_request_id: requestId, status: 'open', service_code: 'grofvuil' });
    expect(one.body[0]?.description).toContain(marker);
    expect(JSON.stringify(one.body)).not.toContain(phone);
    expect(JSON.stringify(one.body)).not.toMatch(/smith|john|06-11111111|open311\./);

    const xml = await (await fetch(open311(`/requests/${requestId}.xml`))).text();
    expect(xml).toContain(`<service_requests><request><service_request_id>${requestId}</service_request_id><status>open</status>`);
    expect(xml).not.toContain(phone);

    const listed = await call<Open311Request[]>('GET', open311(`/requests.json?service_request_id=${requestId},${sensitiveCaseId}`));
    expect(listed.body.map((r) => r.service_request_id)).toEqual([requestId]);
    const all = await call<Open311Request[]>('GET', open311('/requests.json?page_size=500'));
    expect(all.body.map((r) => r.service_request_id)).toContain(requestId);
    expect(all.body.map((r) => r.service_request_id)).not.toContain(sensitiveCaseId);
    expect(JSON.stringify(all.body)).not.toContain(phone);
    expect(all.body.map((r) => r.service_code)).not.toContain('inbraak');
    expect((await call('GET', open311(`/requests/${sensitiveCaseId}.json`))).status).toBe(404);
    const wrongFilter = await call<{ code: number }[]>('GET', open311('/requests.json?start_date=yesterday'));
    expect(wrongFilter.status).toBe(400);
    expect(wrongFilter.body[0]?.code).toBe(400);
  });

  it('refuses a revoked key', async () => {
    const revoked = await call<{ revokedAt: string | null }>('POST', `${loket.intake.url}/api/v1/admin/open311-clients/${clientId}/revoke`, { token: admin });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const refused = await postForm('json', { api_key: apiKey, service_code: 'afval', lat: String(place.lat), long: String(place.lon), description: 'x' });
    expect(refused.status).toBe(403);
  });

  it('lets a desk agent report for a resident on the phone: the resident hears back, the agent is on the report and its event', async () => {
    const [desk, resident] = await Promise.all([tokenFor('balie.gemeente'), tokenFor('bewoner')]);
    const residentEmail = `beller.${marker}@example.nl`;
    const body = {
      channel: 'phone',
      reporterTier: 'resident',
      description: `Lantaarnpaal brandt niet (${marker})`,
      category: 'openbare-ruimte',
      subcategory: 'straatverlichting',
      location: randomPlace(),
      contact: { email: residentEmail, name: 'Mevrouw Jansen' },
      language: 'nl',
      answers: {},
    };
    expect((await call('POST', `${loket.intake.url}/api/v1/assisted-reports`, { token: resident, body })).status).toBe(403);
    expect((await call('POST', `${loket.intake.url}/api/v1/assisted-reports`, { body })).status).toBe(401);
    const bad = await call<{ errors: { field: string }[] }>('POST', `${loket.intake.url}/api/v1/assisted-reports`, {
      token: desk,
      body: { ...body, channel: 'web', reporterTier: 'professional' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['channel', 'reporterTier']);

    const taken = await call<{ reportId: string; trackingCode: string }>('POST', `${loket.intake.url}/api/v1/assisted-reports`, { token: desk, body });
    expect(taken.status).toBe(201);
    const receipt = await expectEventually(async () => {
      const mails = await mailsTo(residentEmail);
      expect(mails.length).toBeGreaterThan(0);
      return mails[0]!;
    }, { timeoutMs: 90_000 });
    expect(receipt.text).toContain(taken.body.trackingCode);
    const db = await databaseClient(loket.databaseOf('intake'));
    try {
      const stored = await db.query('SELECT channel, reporter_tier, submitted_by_username, submitted_by_subject FROM reports WHERE id = $1', [taken.body.reportId]);
      expect(stored.rows[0]).toMatchObject({ channel: 'phone', reporter_tier: 'resident', submitted_by_username: 'balie.gemeente' });
      const event = await db.query(`SELECT envelope FROM ${OUTBOX_WRITES} WHERE topic = 'loket.report.submitted.v1' AND message_key = $1`, [taken.body.reportId]);
      expect(event.rows[0].envelope.payload).toMatchObject({
        channel: 'phone',
        reporterTier: 'resident',
        submittedBy: { subject: stored.rows[0].submitted_by_subject, username: 'balie.gemeente' },
      });
      expect(JSON.stringify(event.rows[0].envelope)).not.toContain(residentEmail);
    } finally {
      await db.end();
    }
    await caseOf(taken.body.reportId);
  });

  it('lets a desk agent take a report in the browser at 360 px: sign in, the form with its faults, the tracking code; axe finds nothing', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    let code = '';
    try {
      await step(page, 'desk-form', async () => {
        await page.goto(`${gateway.url}/werkbank`);
        await signIn(page, 'balie.gemeente');
        await page.getByRole('heading', { level: 1, name: 'Melding aannemen voor een bewoner' }).waitFor({ timeout: 30_000 });
        expect(page.url()).toMatch(/\/werkbank\/balie$/);
        await expectAccessible(page, 'desk form');
        await snapshot(page, 'desk-1-form');
      });
      await step(page, 'desk-faults', async () => {
        await page.getByRole('button', { name: 'Melding versturen' }).click();
        await page.getByTestId('form-faults').waitFor();
        await expectAccessible(page, 'desk form with faults');
      });
      await step(page, 'desk-submit', async () => {
        await page.getByLabel('Kanaal', { exact: true }).selectOption('counter');
        await page.getByLabel('Wie meldt?', { exact: true }).selectOption('anonymous');
        await describeProblem(page, `Losse stoeptegels voor het buurthuis, iemand is gestruikeld (${marker})`);
        await dropPin(page, 40);
        await expectAccessible(page, 'desk form filled in');
        code = await submitAndReadCode(page);
        await page.getByTestId('desk-receipt').waitFor();
        await expectAccessible(page, 'desk receipt');
        await snapshot(page, 'desk-2-receipt');
        const width = await page.evaluate('document.documentElement.scrollWidth');
        expect(width).toBeLessThanOrEqual(PHONE.width);
      });
    } finally {
      await context.close();
    }
    const tracked = await expectEventually(async () => {
      const answer = await call<{ reportId: string }>('GET', `${loket.feedback.url}/api/v1/tracking/${code}`);
      expect(answer.status).toBe(200);
      return answer.body;
    }, { timeoutMs: 60_000 });
    const db = await databaseClient(loket.databaseOf('intake'));
    try {
      const stored = await db.query('SELECT channel, reporter_tier, submitted_by_username FROM reports WHERE id = $1', [tracked.reportId]);
      expect(stored.rows[0]).toEqual({ channel: 'counter', reporter_tier: 'anonymous', submitted_by_username: 'balie.gemeente' });
    } finally {
      await db.end();
    }
  });
});
