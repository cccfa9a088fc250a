import { randomUUID } from 'node:crypto';
import { Browser } from 'playwright-core';
import { LoketServices } from '@loket/testing';
import { axeLog, expectAccessible, Gateway, launchChromium, openPage, PHONE, step } from './browser-kit';
import { describeProblem, dropPin, professionalResolvesWithNote, submitAndReadCode, trackingPageShows } from './journey-steps';

/**
 * A resident reports on the loket in real Chromium, through the gateway, against the real services (Kafka,
 * PostgreSQL, Keycloak): pin, tracking code; a professional works the case through the workbench API; the
 * tracking page tells the resident at their own level. On a phone, in Dutch and in English; axe on every state.
 */
describe('a resident reports on the loket and hears back', () => {
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;
  const run = randomUUID().slice(0, 8);

  beforeAll(async () => {
    browser = await launchChromium();
    loket = await LoketServices.start({ readyTimeoutMs: 150_000 });
    gateway = await Gateway.start(loket);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    process.stdout.write(`axe: ${axeLog.length} states checked, ${axeLog.reduce((n, a) => n + a.violations, 0)} violations\n`);
  });

  it('on a 360 px phone in Dutch: a report with a pin, the tracking code, and the professional’s note on the tracking page', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    try {
      const code = await step(page, 'phone-nl-report', async () => {
        await page.goto(gateway.url);
        await page.getByRole('heading', { level: 1, name: 'Doe een melding' }).waitFor();
        await expectAccessible(page, 'report form, empty, 360 px');
        await page.getByRole('button', { name: 'Melding versturen' }).click();
        await page.getByTestId('form-faults').waitFor();
        expect(await page.getByTestId('form-faults').textContent()).toContain('Beschrijf wat er aan de hand is.');
        expect(await page.getByTestId('form-faults').textContent()).toContain('Kies op de kaart waar het is');
        await expectAccessible(page, 'report form, faults shown, 360 px');
        await describeProblem(page, `Er staat al een week een oude bank en een matras naast de container bij de speeltuin (${run})`);
        await dropPin(page, -60);
        await expectAccessible(page, 'report form, filled in, 360 px');
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
        const trackingCode = await submitAndReadCode(page);
        await expectAccessible(page, 'receipt, 360 px');
        return trackingCode;
      });
      await step(page, 'phone-nl-tracking', async () => {
        await page.getByRole('link', { name: 'Bekijk de voortgang van uw melding' }).click();
        await page.getByTestId('tracking').waitFor();
        expect(await page.getByTestId('tracking-status').textContent()).toContain('Ontvangen');
        await expectAccessible(page, 'tracking page, received, 360 px');
      });
      const note = `Het grofvuil is opgehaald. Dank voor uw melding! (${run})`;
      await professionalResolvesWithNote(loket, code, note);
      await step(page, 'phone-nl-heard-back', async () => {
        await trackingPageShows(page, `${gateway.url}/volgen/${code}`, note);
        expect(await page.getByTestId('tracking-status').textContent()).toContain('Opgelost');
        expect(await page.getByTestId('tracking-timeline').textContent()).toContain('In behandeling');
        await expectAccessible(page, 'tracking page, resolved with a note, 360 px');
        await page.getByTestId('satisfaction').waitFor();
      });
    } finally {
      await context.close();
    }
  });

  it('in English on a desktop: the same journey, every word in English', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    try {
      const code = await step(page, 'desktop-en-report', async () => {
        await page.goto(gateway.url);
        await page.getByRole('button', { name: 'Switch to English' }).click();
        await page.getByRole('heading', { level: 1, name: 'Make a report' }).waitFor();
        await describeProblem(page, `Someone dumped an old sofa and a mattress next to the container by the playground (${run})`);
        await dropPin(page, 120);
        await page.getByLabel('E-mail address (optional)').fill(`resident.${run}@example.nl`);
        await expectAccessible(page, 'report form, English, filled in');
        const trackingCode = await submitAndReadCode(page);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thank you, your report has been received');
        await expectAccessible(page, 'receipt, English');
        return trackingCode;
      });
      const note = `The bulky waste has been collected. Thank you! (${run})`;
      await professionalResolvesWithNote(loket, code, note);
      await step(page, 'desktop-en-heard-back', async () => {
        await trackingPageShows(page, `${gateway.url}/volgen/${code}`, note);
        expect(await page.getByTestId('tracking-status').textContent()).toContain('Resolved');
        await expectAccessible(page, 'tracking page, English, resolved');
      });
    } finally {
      await context.close();
    }
  });
});
