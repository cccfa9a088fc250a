import { randomInt } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { databaseClient, ensureDemoUser, expectEventually, LoketServices, mailsTo, textMarker, tokenFor } from '@loket/testing';
import { call } from './http-client';
import { expectAccessible, Gateway, launchChromium, openPage, PHONE, step } from './web/browser-kit';
import { signIn } from './web/journey-steps';

/**
 * A place inside the demo neighbourhood Raampoort (BU99990103), and one in Schippershof (BU99990201). Raampoort's east
 * edge runs through lon 4.892 near lat 52.36, so its box stops at 4.891 (up to 4.893, one place in forty lay in
 * Wittenkade, and the digest then rightly had nothing to tell).
 */
const inRaampoort = () => ({ lat: 52.356 + randomInt(15_000) / 1_000_000, lon: 4.879 + randomInt(12_000) / 1_000_000 });
const inSchippershof = () => ({ lat: 52.379 + randomInt(8_000) / 1_000_000, lon: 4.897 + randomInt(25_000) / 1_000_000 });

/**
 * The daily neighbourhood digest, over the four services as processes, PostgreSQL, Kafka (the shared broker, read from
 * now on), Keycloak, the mail sink, the gateway and Chromium. A signed-in resident asks for the overview of Raampoort
 * on /mijn-buurt (axe); when it is due, the e-mail lists the public report made there — not the care report made
 * there, not the report from the next neighbourhood — and the next one what was dealt with. The link in it stops the
 * digest with one click through the gateway's page (axe), and a second click finds nothing to stop.
 */
jest.setTimeout(300_000);

describe('a resident follows their neighbourhood by a daily e-mail', () => {
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;
  const marker = textMarker();
  const email = `buurt.${marker}@example.nl`;

  beforeAll(async () => {
    [loket] = await Promise.all([
      LoketServices.start({ readyTimeoutMs: 180_000, env: { LOKET_DIGEST_CHECK_MS: '1000' } }),
      ensureDemoUser('bewoner'),
      ensureDemoUser('gemeente.stadsbeheer'),
    ]);
    browser = await launchChromium();
    gateway = await Gateway.start(loket);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
  }, 120_000);

  const report = async (description: string, category: string, location: { lat: number; lon: number }) => {
    const sent = await call<{ reportId: string }>('POST', `${loket.intake.url}/api/v1/reports`, { body: { description, category, location } });
    expect(sent.status).toBe(201);
    return sent.body.reportId;
  };
  const caseOf = async (reportId: string) => {
    const coordinator = await tokenFor('coordinator');
    return expectEventually(async () => {
      const decision = await call<{ caseId: string }>('GET', `${loket.routing.url}/api/v1/decisions/${reportId}`, { token: coordinator });
      expect(decision.status).toBe(200);
      return decision.body.caseId;
    }, { timeoutMs: 60_000 });
  };
  /** Makes the digest due now, as the next day would. */
  const dueNow = async () => {
    const db = await databaseClient(loket.databaseOf('feedback'));
    try {
      const updated = await db.query('UPDATE neighbourhood_digests SET next_due_at = now()');
      expect(updated.rowCount).toBe(1);
    } finally {
      await db.end();
    }
  };
  const digests = async (count: number) =>
    expectEventually(async () => {
      const mails = (await mailsTo(email)).filter((m) => m.subject === 'Uw buurt vandaag: Raampoort');
      expect(mails).toHaveLength(count);
      return mails.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    }, { timeoutMs: 60_000 });

  it('asks for the overview on /mijn-buurt, gets what happened in public there, and stops it with one click', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    try {
      await step(page, 'digest-subscribe', async () => {
        await page.goto(`${gateway.url}/mijn-buurt`);
        await signIn(page, 'bewoner');
        const panel = page.getByRole('region', { name: 'Dagelijks overzicht per e-mail' });
        await panel.waitFor({ timeout: 30_000 });
        await panel.getByRole('button', { name: 'Overzicht aanvragen' }).click();
        expect(await panel.textContent()).toContain('Kies de buurt waarvan u het overzicht wilt.');
        await expectAccessible(page, 'digest form, faults shown, 360 px');
        await panel.getByLabel('Buurt').selectOption('BU99990103');
        await panel.getByLabel('E-mailadres').fill(email);
        await panel.getByRole('button', { name: 'Overzicht aanvragen' }).click();
        await expectEventually(async () => expect(await panel.getByTestId('digest-status').textContent()).toMatch(/Bewaard/));
        expect(await panel.getByTestId('digest-current').textContent()).toContain(email);
        await expectAccessible(page, 'digest asked for, 360 px');
      });
    } finally {
      await context.close();
    }

    // What happens meanwhile: a public report and a care report in Raampoort, a public report next door.
    const publicReport = await report(`Oude bank en matras bij de glasbak (${marker})`, 'afval', inRaampoort());
    const careReport = await report(`Zorgen om de buurvrouw, ze lijkt verward (zorg-${marker})`, 'zorg', inRaampoort());
    const elsewhere = await report(`Grofvuil op de hoek (elders-${marker})`, 'afval', inSchippershof());
    const caseId = await caseOf(publicReport);
    await Promise.all([caseOf(careReport), caseOf(elsewhere)]);

    await dueNow();
    const [first] = await digests(1);
    expect(first!.text).toContain(`Nieuwe meldingen (1):`);
    expect(first!.text).toContain(`Oude bank en matras bij de glasbak (${marker})`);
    expect(first!.text).not.toContain(`zorg-${marker}`);
    expect(first!.text).not.toContain(`elders-${marker}`);

    // The professional deals with it; the next digest says so.
    const professional = await tokenFor('gemeente.stadsbeheer');
    const caseUrl = `${loket.workbench.url}/api/v1/cases/${caseId}`;
    await expectEventually(async () => expect((await call('GET', caseUrl, { token: professional })).status).toBe(200), { timeoutMs: 60_000 });
    const me = JSON.parse(Buffer.from(professional.split('.')[1]!, 'base64url').toString()).sub as string;
    for (const body of [{ transition: 'assign', assignee: me }, { transition: 'start' }, { transition: 'resolve', resolutionCode: 'solved' }]) {
      const current = await call<{ version: number }>('GET', caseUrl, { token: professional });
      expect((await call('POST', `${caseUrl}/transitions`, { token: professional, body: { ...body, expectedVersion: current.body.version } })).status).toBe(200);
    }
    await expectEventually(async () => {
      const db = await databaseClient(loket.databaseOf('routing'));
      try {
        expect((await db.query('SELECT work_status FROM cases WHERE id = $1', [caseId])).rows[0]?.work_status).toBe('resolved');
      } finally {
        await db.end();
      }
    }, { timeoutMs: 60_000 });
    await dueNow();
    const [, second] = await digests(2);
    expect(second!.text).toContain(`Afgehandeld (1):`);
    expect(second!.text).toMatch(new RegExp(`Oude bank en matras bij de glasbak \\(${marker}\\) \\(afgehandeld\\)`));

    // One click: the link in the e-mail, opened in a browser through the gateway, stops it.
    const link = /(\/api\/v1\/neighbourhood-digests\/unsubscribe\/[A-Za-z0-9._~-]+)/.exec(second!.text)?.[1];
    expect(link).toBeDefined();
    const { context: outContext, page: out } = await openPage(browser, { viewport: PHONE });
    try {
      await step(out, 'digest-unsubscribe', async () => {
        await out.goto(`${gateway.url}${link}`);
        await out.getByText('U bent afgemeld. U krijgt dit overzicht niet meer.').waitFor({ timeout: 30_000 });
        await expectAccessible(out, 'digest stopped, 360 px');
      });
    } finally {
      await outContext.close();
    }
    expect((await call('POST', `${loket.feedback.url}${link}`)).status).toBe(404);
    expect((await call('GET', `${loket.feedback.url}/api/v1/my-digest`, { token: await tokenFor('bewoner') })).status).toBe(404);
  });
});
