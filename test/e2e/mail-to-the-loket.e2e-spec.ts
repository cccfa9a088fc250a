import { createTransport } from 'nodemailer';
import type { Browser } from 'playwright-core';
import { databaseClient, expectEventually, freePort, LoketServices, mailsTo, textMarker } from '@loket/testing';
import { expectAccessible, Gateway, launchChromium, openPage, PHONE, step } from './web/browser-kit';
import { dropPin } from './web/journey-steps';

/**
 * Mail to the loket, over the four services as processes (intake with its SMTP door open), PostgreSQL, Kafka (the
 * shared broker, read from now on), the mail sink, the gateway and Chromium. A resident mails a report that names no
 * place Loket knows: the answer asks for the place with a link, and nothing is routed. The link opens the completion
 * page at 360 px (axe on each state); the resident places the pin and sends, and only then is the report routed
 * (channel email) and the receipt with the tracking code mailed. The same link afterwards finds nothing to complete.
 */
jest.setTimeout(300_000);

describe('a resident mails the loket without saying where, and completes the report through the link', () => {
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;
  let smtpPort: number;
  const marker = textMarker();
  const sender = `mailer.${marker}@example.nl`;

  beforeAll(async () => {
    smtpPort = await freePort();
    loket = await LoketServices.start({
      readyTimeoutMs: 180_000,
      env: { LOKET_MAIL_INTAKE: 'smtp', LOKET_MAIL_INTAKE_PORT: String(smtpPort), LOKET_MAIL_INTAKE_ADDRESS: 'meldingen@loket.localhost' },
    });
    browser = await launchChromium();
    gateway = await Gateway.start(loket);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
  }, 120_000);

  const routedReports = async () => {
    const db = await databaseClient(loket.databaseOf('routing'));
    try {
      return (await db.query(`SELECT report_id::text FROM case_reports WHERE description LIKE $1`, [`%${marker}%`])).rows as { report_id: string }[];
    } finally {
      await db.end();
    }
  };

  it('asks for the place, waits, and routes the report once the pin is placed', async () => {
    const transport = createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: `Anna Mailer <${sender}>`,
      to: 'meldingen@loket.localhost',
      subject: `Zwerfafval (${marker})`,
      text: `Al dagen ligt er zwerfafval rond de bankjes bij de vijver (${marker}).\n\nMet vriendelijke groet,\nAnna\n06-12345678`,
    });
    transport.close();

    const question = await expectEventually(async () => {
      const answers = await mailsTo(sender);
      expect(answers).toHaveLength(1);
      return answers[0]!;
    }, { timeoutMs: 60_000 });
    const token = /\/melding-aanvullen\/([A-Za-z0-9_-]+)/.exec(question.text)?.[1];
    expect(token).toBeDefined();
    expect(await routedReports()).toEqual([]); // it waits, unrouted, until the place is known

    const { context, page } = await openPage(browser, { viewport: PHONE });
    try {
      await step(page, 'complete-mail-report', async () => {
        await page.goto(`${gateway.url}/melding-aanvullen/${token}`);
        await page.getByRole('heading', { level: 1, name: 'Melding aanvullen' }).waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('mail-report-description').textContent()).toContain(marker);
        await expectAccessible(page, 'mail report waiting for its place, 360 px');
        await dropPin(page, 30);
        await page.getByRole('button', { name: 'Melding versturen' }).click();
        await page.getByText('Bedankt, uw melding is verstuurd.', { exact: false }).waitFor({ timeout: 30_000 });
        await expectAccessible(page, 'mail report completed, 360 px');
      });
      await page.goto(`${gateway.url}/melding-aanvullen/${token}`);
      await page.getByText('Deze link hoort niet (meer) bij een melding die wacht', { exact: false }).waitFor({ timeout: 30_000 });
    } finally {
      await context.close();
    }

    // Routed now, once, on channel email; the receipt with the tracking code goes to the sender.
    await expectEventually(async () => expect(await routedReports()).toHaveLength(1), { timeoutMs: 60_000 });
    const intake = await databaseClient(loket.databaseOf('intake'));
    try {
      const rows = (await intake.query(`SELECT channel FROM reports WHERE description LIKE $1`, [`%${marker}%`])).rows as { channel: string }[];
      expect(rows).toEqual([{ channel: 'email' }]);
    } finally {
      await intake.end();
    }
    await expectEventually(async () => {
      const mails = await mailsTo(sender);
      expect(mails.some((m) => /[A-Z0-9]{4}(-[A-Z0-9]{4}){4}/.test(m.text))).toBe(true);
    }, { timeoutMs: 60_000 });
  });
});
