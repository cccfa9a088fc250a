import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { databaseClient, ensureDemoUser, expectEventually, KafkaProbe, LoketServices, mailsTo, testKafka, textMarker, tokenFor } from '@loket/testing';
import { dumpDatabase } from './database-dump';
import { call } from './http-client';
import { expectAccessible, Gateway, launchChromium, openPage, PHONE, step } from './web/browser-kit';
import { dropPin, signIn, submitAndReadCode } from './web/journey-steps';

/**
 * A volunteer forwards messages from a neighbourhood chat group on the loket, in real Chromium at 360 px through the
 * gateway, against the four services, PostgreSQL, Kafka, Keycloak and the mail sink: the preview shows what Loket
 * keeps, the report is routed and becomes a case, the volunteer gets the receipt, and not one group member's name or
 * number is anywhere in the system afterwards: in no database of the four services, no message on any Loket topic,
 * no service log line and no mail. Axe on every state.
 */
jest.setTimeout(300_000);

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

describe('a volunteer forwards a neighbourhood chat', () => {
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;
  let probe: KafkaProbe;
  const marker = textMarker();
  // Names and numbers no other run uses, so that finding one anywhere can only be this run's leak.
  const first = capital(textMarker(8));
  const last = capital(textMarker(9));
  const other = capital(textMarker(8));
  const mobile = `+31 6 ${String(10_000_000 + randomInt(89_999_999))}`;
  const number = `06-${String(10_000_000 + randomInt(89_999_999))}`;
  const traces = [first, last, other, mobile.replace(/\D/g, '').slice(-8), number.slice(3)];
  const paste = [
    `[05-12-26 21:03] ${first} ${last}: Er wordt weer gedeald in het trappenhuis, de deur staat open (${marker})`,
    `[05-12-26 21:04] ${mobile}: @${first} ${last} ja ik zie ze ook staan. ${other} zei het gisteren al, bel hem op ${number}`,
    `[05-12-26 21:05] ${first} ${last}: <Media weggelaten>`,
    `[05-12-26 21:06] ${other} heeft ${first} ${last} toegevoegd`,
  ].join('\n');
  const email = `vrijwilliger.${marker}@example.nl`;

  beforeAll(async () => {
    [loket] = await Promise.all([LoketServices.start({ readyTimeoutMs: 180_000 }), ensureDemoUser('vrijwilliger')]);
    browser = await launchChromium();
    gateway = await Gateway.start(loket);
    const admin = testKafka('chat-forward-e2e').admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((t) => t.startsWith('loket.'));
    await admin.disconnect();
    probe = await KafkaProbe.start(topics);
  }, 300_000);
  afterAll(async () => {
    await probe?.stop();
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
  }, 120_000);

  it('keeps only the messages with the members labelled, routes the report, and leaves no name or number anywhere', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    let trackingCode = '';
    try {
      trackingCode = await step(page, 'chat-forward', async () => {
        await page.goto(gateway.url);
        await signIn(page, 'vrijwilliger');
        await page.getByRole('heading', { level: 1, name: 'Doe een melding' }).waitFor();
        await page.getByLabel(/Ik stuur berichten uit een buurtapp door/).check();
        await page.getByLabel('Plak de berichten uit de buurtapp').fill(paste);
        const preview = page.getByRole('region', { name: 'Dit bewaart Loket' });
        await preview.waitFor({ timeout: 30_000 });
        const shown = (await preview.textContent()) ?? '';
        expect(shown).toContain(`[21:03] groepslid 1: Er wordt weer gedeald in het trappenhuis, de deur staat open (${marker})`);
        expect(shown).toContain('groepslid 2: groepslid 1 ja ik zie ze ook staan. groepslid 3 zei het gisteren al, bel hem op [telefoonnummer verwijderd]');
        expect(shown).toMatch(/2 berichten, het eerste geschreven op 5 december 2026 om 21:03/);
        for (const trace of traces) expect(shown).not.toContain(trace);
        await expectAccessible(page, 'chat forward, preview shown, 360 px');
        await page.getByLabel(/Uw eigen toelichting/).fill('Uit de buurtapp van ons portiek');
        await expectEventually(async () => expect(await page.getByTestId('category-chosen').textContent()).toMatch(/Gekozen: \S+/));
        await dropPin(page, 40);
        await page.getByLabel(/E-mailadres/).fill(email);
        const code = await submitAndReadCode(page);
        await expectAccessible(page, 'chat forward, receipt, 360 px');
        return code;
      });
    } finally {
      await context.close();
    }

    // Routed, in the workbench, and the volunteer's receipt sent: the report went all the way through.
    const tracking = await expectEventually(async () => {
      const answer = await call<{ reportId: string }>('GET', `${loket.feedback.url}/api/v1/tracking/${trackingCode}`);
      expect(answer.status).toBe(200);
      return answer.body;
    }, { timeoutMs: 60_000 });
    const coordinator = await tokenFor('coordinator');
    await expectEventually(async () => {
      const decision = await call('GET', `${loket.routing.url}/api/v1/decisions/${tracking.reportId}`, { token: coordinator });
      expect(decision.status).toBe(200);
    }, { timeoutMs: 60_000 });
    await expectEventually(async () => expect(dumpDatabase(loket.databaseOf('workbench'))).toContain(marker), { timeoutMs: 60_000 });
    // The professional reads it for what it is: forwarded from a chat, seen when the first message was written.
    const workbenchDb = await databaseClient(loket.databaseOf('workbench'));
    try {
      const { rows } = await workbenchDb.query(`SELECT channel, observed_at FROM case_reports WHERE report_id = $1`, [tracking.reportId]);
      expect(rows.map((r) => ({ channel: r.channel, observedAt: new Date(r.observed_at).toISOString() }))).toEqual([{ channel: 'chat', observedAt: '2026-12-05T20:03:00.000Z' }]);
    } finally {
      await workbenchDb.end();
    }
    const mails = await expectEventually(async () => {
      const received = await mailsTo(email);
      expect(received.length).toBeGreaterThan(0);
      return received;
    }, { timeoutMs: 60_000 });
    await expectEventually(async () => expect(probe.messages.some((m) => m.topic === 'loket.case.opened.v1' && m.value.includes(tracking.reportId))).toBe(true), {
      timeoutMs: 60_000,
    });

    const places: [string, string][] = [
      ...(['intake', 'routing', 'workbench', 'feedback'] as const).map((name): [string, string] => [`${name} database`, dumpDatabase(loket.databaseOf(name))]),
      ...probe.messages.map((m): [string, string] => [`${m.topic} offset ${m.offset}`, `${m.key ?? ''} ${m.value} ${JSON.stringify(m.headers)}`]),
      ...(['intake', 'routing', 'workbench', 'feedback'] as const).map((name): [string, string] => [`${name} log`, readFileSync(loket.services[name].logFile, 'utf8')]),
      ...mails.map((m): [string, string] => [`mail ${m.subject}`, `${m.subject} ${m.text} ${m.html ?? ''}`]),
    ];
    expect(places.find(([, text]) => text.includes(marker))).toBeDefined(); // the search does look where the report went
    const leaks = places.flatMap(([where, text]) => traces.filter((trace) => text.includes(trace)).map((trace) => `${trace} in ${where}`));
    expect(leaks).toEqual([]);
  });
});
