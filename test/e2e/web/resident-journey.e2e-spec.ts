import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { expectEventually, LoketServices, textMarker } from '@loket/testing';
import { call } from '../http-client';
import { axeLog, expectAccessible, Gateway, launchChromium, openPage, PHONE, SCREENSHOT_DIR, step } from './browser-kit';
import { answerExtraQuestions, describeProblem, dropPin, professionalResolvesWithNote, signIn, submitAndReadCode, tabTo, trackingPageShows } from './journey-steps';

/**
 * A resident reports on the loket in real Chromium, through the gateway, against the real services (Kafka,
 * PostgreSQL, Keycloak): pin, tracking code; a professional works the case through the workbench API; the
 * tracking page tells the resident at their own level. On a phone, in Dutch and in English; axe on every state.
 */
// A machine shared with other work is slow; a journey with a professional in it gets room.
jest.setTimeout(300_000);

describe('a resident reports on the loket and hears back', () => {
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;
  // letters only: these texts reach the reporter redacted, and a hex word such as 2742ee0d reads as an address
  const run = textMarker();

  beforeAll(async () => {
    browser = await launchChromium();
    loket = await LoketServices.start({ readyTimeoutMs: 150_000 });
    gateway = await Gateway.start(loket);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
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
        // What a phone shows at this point (the README's picture is taken from it: docs/screenshots/loket-phone.png).
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.getByRole('heading', { name: 'Wat is er aan de hand?' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOT_DIR, 'loket-phone.png') });
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
        const trackingCode = await submitAndReadCode(page);
        await expectAccessible(page, 'receipt, 360 px');
        return trackingCode;
      });
      await step(page, 'phone-nl-tracking', async () => {
        await page.getByRole('link', { name: 'Bekijk de voortgang van uw melding' }).click();
        await page.getByTestId('tracking').waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('tracking-status').textContent()).toContain('Ontvangen');
        await expectAccessible(page, 'tracking page, received, 360 px');
      });
      const note = `Het grofvuil is opgehaald. Dank voor uw melding! (${run})`;
      await professionalResolvesWithNote(loket, code, note);
      await step(page, 'phone-nl-heard-back', async () => {
        await trackingPageShows(page, `${gateway.url}/volgen/${code}`, note, 'Opgelost');
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
        await trackingPageShows(page, `${gateway.url}/volgen/${code}`, note, 'Resolved');
        await expectAccessible(page, 'tracking page, English, resolved');
      });
    } finally {
      await context.close();
    }
  });

  it('with only a keyboard: skip link, description, map pin, send, tracking page', async () => {
    const { context, page } = await openPage(browser);
    try {
      await step(page, 'keyboard', async () => {
        await page.goto(gateway.url);
        await page.getByRole('heading', { level: 1, name: 'Doe een melding' }).waitFor();
        await page.keyboard.press('Tab');
        expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Naar de inhoud');
        await page.keyboard.press('Enter');
        await tabTo(page, '#description textarea');
        await page.keyboard.type(`Kapotte lantaarnpaal, de straatverlichting is al dagen uit bij het fietspad (${run})`);
        await expectEventually(async () => expect(await page.getByTestId('category-chosen').textContent()).toMatch(/Gekozen: \S+/));
        await tabTo(page, '[data-testid=map]');
        for (const key of ['ArrowDown', 'ArrowDown', 'ArrowLeft']) await page.keyboard.press(key);
        await tabTo(page, '[data-testid=pin-here]');
        await page.keyboard.press('Enter');
        await expectEventually(async () => expect(await page.getByTestId('chosen-place').textContent()).toMatch(/Gekozen plek: \d+\.\d{5}/));
        await expectAccessible(page, 'report form, keyboard, pin dropped');
        await tabTo(page, 'button[type=submit]');
        await page.keyboard.press('Enter');
        const code = await page.getByTestId('tracking-code').textContent({ timeout: 30_000 });
        expect(await page.evaluate<string>('document.activeElement.tagName')).toBe('H1');
        await tabTo(page, 'a[href^="/volgen/"]');
        await page.keyboard.press('Enter');
        await page.getByTestId('tracking').waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('tracking').textContent()).toContain(code!);
        await expectAccessible(page, 'tracking page, keyboard');
      });
    } finally {
      await context.close();
    }
  });

  it('refuses bad input with a clear message on the page, and shows script as text, never running it', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    try {
      await step(page, 'bad-input', async () => {
        await page.goto(`${gateway.url}/volgen/AAAA-BBBB-CCCC-DDDD-EEEE`);
        await page.getByRole('alert').waitFor();
        expect(await page.getByRole('alert').textContent()).toContain('Met deze volgcode vinden we geen melding');
        await expectAccessible(page, 'tracking page, unknown code');
        await page.goto(`${gateway.url}/mijn-melding/not-a-real-token`);
        await page.getByRole('alert').waitFor();
        expect(await page.getByRole('alert').textContent()).toContain('Deze link werkt niet');
        await expectAccessible(page, 'reporter link, invalid');
        await page.goto(gateway.url);
        const script = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> afval naast de container';
        await page.getByLabel('Beschrijf wat u ziet').fill(script);
        await page.getByRole('button', { name: 'Melding versturen' }).click();
        await page.getByTestId('form-faults').waitFor();
        expect(await page.getByTestId('form-faults').textContent()).toContain('Kies op de kaart waar het is');
        expect(await page.getByLabel('Beschrijf wat u ziet').inputValue()).toBe(script);
        await page.getByLabel('E-mail address (optional)').or(page.getByLabel('E-mailadres (niet verplicht)')).fill('geen-adres');
        await dropPin(page, 30);
        await answerExtraQuestions(page);
        await page.getByRole('button', { name: 'Melding versturen' }).click();
        await page.getByRole('alert').filter({ hasText: 'Uw melding is niet verstuurd' }).waitFor();
        const refused = await page.getByRole('alert').filter({ hasText: 'Uw melding is niet verstuurd' }).textContent();
        expect(refused).toContain('Vul een geldig e-mailadres in');
        expect(refused).not.toMatch(/must be an email/);
        await expectAccessible(page, 'report form, refused by the server');
        expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
      });
    } finally {
      await context.close();
    }
  });

  it('a volunteer who signs in is recognised as one, and hears back at the trusted level', async () => {
    const { context, page } = await openPage(browser);
    try {
      const code = await step(page, 'volunteer', async () => {
        await page.goto(gateway.url);
        await page.getByRole('heading', { level: 1, name: 'Doe een melding' }).waitFor();
        await signIn(page, 'vrijwilliger');
        expect(await page.getByTestId('signed-in').textContent()).toContain('vrijwilliger');
        expect(await page.getByTestId('reporting-as').textContent()).toContain('vrijwilliger');
        await expectAccessible(page, 'report form, signed in as a volunteer');
        await describeProblem(page, `Oude koelkast en grofvuil gedumpt achter de flat bij de garageboxen (${run})`);
        await dropPin(page, 200);
        return submitAndReadCode(page);
      });
      const level = await expectEventually(async () => {
        const tracking = await call<{ disclosureLevel: number }>('GET', `${loket.feedback.url}/api/v1/tracking/${code}`);
        expect(tracking.body.disclosureLevel).toBe(4);
        return tracking.body.disclosureLevel;
      });
      expect(level).toBe(4);
      await step(page, 'volunteer-tracking', async () => {
        await page.getByRole('link', { name: 'Bekijk de voortgang van uw melding' }).click();
        await page.getByTestId('tracking').waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('signed-in').textContent()).toContain('vrijwilliger');
        await expectAccessible(page, 'tracking page, signed in as a volunteer');
      });
    } finally {
      await context.close();
    }
  });
});
