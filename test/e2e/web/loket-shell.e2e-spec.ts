import { Browser } from 'playwright-core';
import { expectAccessible, Gateway, launchChromium, openPage, PHONE, step } from './browser-kit';

/**
 * The loket's frame in real Chromium, through the real gateway: the start page in Dutch, English on request,
 * the security headers the browser gets, and a page that does not exist. axe on each.
 */
describe('the loket, opened in a browser', () => {
  let gateway: Gateway;
  let browser: Browser;

  beforeAll(async () => {
    [gateway, browser] = await Promise.all([Gateway.start(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it('opens in Dutch on a phone, switches to English, and is accessible in both', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    try {
      await step(page, 'shell-dutch', async () => {
        const response = await page.goto(gateway.url);
        expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Doe een melding');
        expect(await page.getAttribute('html', 'lang')).toBe('nl');
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
        await expectAccessible(page, 'start page, Dutch, 360 px');
      });
      await step(page, 'shell-english', async () => {
        await page.getByRole('button', { name: 'Switch to English' }).click();
        await page.getByRole('heading', { level: 1, name: 'Make a report' }).waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        await expectAccessible(page, 'start page, English, 360 px');
      });
    } finally {
      await context.close();
    }
  });

  it('says so when a page does not exist', async () => {
    const { context, page } = await openPage(browser);
    try {
      await step(page, 'shell-not-found', async () => {
        await page.goto(`${gateway.url}/bestaat-niet`);
        await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
        await expectAccessible(page, 'not found');
      });
    } finally {
      await context.close();
    }
  });
});
