import type { Browser, Page } from 'playwright-core';
import { expectEventually } from '@loket/testing';
import { expectAccessible, Gateway, launchChromium, openPage, step } from './browser-kit';
import { snapshot } from './werkbank-kit';

interface StoredUser {
  access_token: string;
  expires_at: number;
}

/**
 * The signed-in session in real Chromium against the real Keycloak: the access token is renewed before it
 * expires without a reload (the page's clock is moved on; Keycloak answers the refresh for real), and signing
 * out ends the Keycloak session, not only the page's.
 */
describe('signing in, staying signed in and signing out, in a browser', () => {
  let gateway: Gateway;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    gateway = await Gateway.start();
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  const storedUser = async (page: Page): Promise<StoredUser | null> => {
    const raw = await page.evaluate<string | null>(
      "(() => { const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:')); return key ? sessionStorage.getItem(key) : null; })()",
    );
    return raw ? (JSON.parse(raw) as StoredUser) : null;
  };

  it('renews the token before it expires without a reload, and signing out ends the Keycloak session', async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.clock.install();
      await step(page, 'session-sign-in', async () => {
        await page.goto(`${gateway.url}/werkbank/queues/team`);
        await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
        await page.locator('#username').fill('gemeente.stadsbeheer');
        await page.locator('#password').fill('loket-demo');
        await page.locator('#kc-login').click();
        await page.getByTestId('signed-in').waitFor();
      });
      const first = await storedUser(page);
      expect(first).not.toBeNull();
      await step(page, 'session-silent-renew', async () => {
        await page.evaluate('window.__sameDocument = true');
        const lifetimeS = first!.expires_at - Math.floor((await page.evaluate<number>('Date.now()')) / 1000);
        // Just inside the minute before expiry, when the renewal is due.
        await page.clock.fastForward((lifetimeS - 50) * 1000);
        const renewed = await expectEventually(async () => {
          const now = await storedUser(page);
          expect(now?.access_token).not.toBe(first!.access_token);
          return now!;
        }, { timeoutMs: 30_000 });
        expect(renewed.expires_at).toBeGreaterThan(first!.expires_at);
        expect(await page.evaluate<boolean>('window.__sameDocument === true')).toBe(true);
        await page.getByTestId('signed-in').waitFor();
        await expectAccessible(page, 'signed in after a silent renewal');
        await snapshot(page, '17-silently-renewed');
      });
      await step(page, 'session-sign-out', async () => {
        await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
        await page.waitForURL(`${gateway.url}/`);
        await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).waitFor();
        expect(await storedUser(page)).toBeNull();
        await expectAccessible(page, 'signed out');
        await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
        // Keycloak asks for the password again: its session ended, not only the page's.
        await page.locator('#username').waitFor();
        await snapshot(page, '18-signed-out-keycloak-asks-again');
      });
    } finally {
      await context.close();
    }
  });
});
