import { randomBytes, randomInt } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { databaseClient, LoketServices, textMarker } from '@loket/testing';
import { axeLog, expectAccessible, Gateway, launchChromium, openPage, PHONE, step } from './browser-kit';
import { signIn, submitReport, type SubmittedReport } from './werkbank-kit';

/**
 * The public map and neighbourhood priorities in real Chromium, through the gateway, against the real
 * services, Kafka, PostgreSQL and Keycloak, at 360 px: the map never shows a sensitive category or a phone
 * number or e-mail address from a description; a resident ranks the themes of their neighbourhood; the
 * coordinator sees the aggregate, a neighbourhood below 5 people suppressed.
 */
jest.setTimeout(400_000);

describe('the public map and neighbourhood priorities, in a browser', () => {
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;
  const run = textMarker();
  const phone = `06-${10_000_000 + randomInt(89_999_999)}`;
  const email = `buur.${run}@example.nl`;
  // Inside Raampoort (BU99990103).
  const raampoort = () => ({ lat: 52.364 + randomInt(2000) / 1_000_000, lon: 4.884 + randomInt(2000) / 1_000_000 });
  let noise: SubmittedReport;
  let litter: SubmittedReport;
  let burglary: SubmittedReport;

  beforeAll(async () => {
    [loket, browser] = await Promise.all([LoketServices.start({ readyTimeoutMs: 150_000 }), launchChromium()]);
    gateway = await Gateway.start(loket);
    [noise, litter, burglary] = await Promise.all([
      submitReport(loket, { description: `Harde muziek uit de kelder, bel me op ${phone} of mail ${email} (${run})`, category: 'overlast', subcategory: 'geluid', location: raampoort(), answers: { 'happening-now': false } }),
      submitReport(loket, { description: `Blikjes en zakken langs het fietspad (${run})`, category: 'afval', subcategory: 'zwerfafval', location: raampoort() }),
      submitReport(loket, { description: `Inbraak in de schuur van nummer 12 (${run})`, category: 'veiligheid', subcategory: 'inbraak', location: raampoort(), answers: { 'someone-in-danger': false, 'happening-now': false } }),
    ]);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
    expect(axeLog.every((entry) => entry.violations === 0)).toBe(true);
  });

  it('public map at 360 px: open reports of the neighbourhood on the map and in the list, never a sensitive one, a phone number or an e-mail address', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    try {
      await step(page, 'public-map-area', async () => {
        await page.goto(`${gateway.url}/`);
        await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kaart' }).click();
        await page.getByRole('heading', { level: 1, name: 'Meldingen in de buurt' }).waitFor();
        await page.getByLabel('Buurt of wijk').selectOption('BU99990103');
        await page.waitForURL(/buurt=BU99990103/);
        await page.locator(`[data-case="${noise.caseId}"]`).waitFor();
        await page.locator(`[data-case="${litter.caseId}"]`).waitFor();
        await page.getByTestId('public-map').locator('.leaflet-interactive, path').first().waitFor({ state: 'attached' });
        await expectAccessible(page, 'public map, Raampoort, 360 px');
        const shown = await page.locator('main').innerText();
        expect(shown).toContain(`Harde muziek uit de kelder, bel me op [telefoonnummer verwijderd] of mail [e-mail verwijderd] (${run})`);
        const html = await page.content();
        for (const secret of [phone, phone.replace('-', ''), email, burglary.caseId, `Inbraak in de schuur van nummer 12 (${run})`]) expect(html).not.toContain(secret);
        expect(shown).not.toMatch(/Veiligheid|Inbraak/);
        expect(await page.locator('main img:not(.leaflet-tile)').count()).toBe(0);
        const width = await page.evaluate<number>('document.documentElement.scrollWidth');
        expect(width).toBeLessThanOrEqual(360);
      });
      await step(page, 'public-map-category', async () => {
        await page.getByLabel('Onderwerp').selectOption('overlast');
        await page.waitForURL(/categorie=overlast/);
        await page.locator(`[data-case="${litter.caseId}"]`).waitFor({ state: 'detached' });
        await page.locator(`[data-case="${noise.caseId}"]`).waitFor();
        expect(await page.getByLabel('Onderwerp').locator('option').allInnerTexts()).not.toContain('Veiligheid');
        await expectAccessible(page, 'public map, Raampoort, nuisance, 360 px');
      });
    } finally {
      await context.close();
    }
  });

  it('a resident ranks the themes of their neighbourhood; the coordinator sees the aggregate, small cells suppressed', async () => {
    const resident = await openPage(browser, { viewport: PHONE });
    try {
      const page = resident.page;
      await step(page, 'priorities-signed-out', async () => {
        await page.goto(`${gateway.url}/mijn-buurt`);
        await page.getByRole('heading', { level: 1, name: 'Mijn buurt' }).waitFor();
        await expectAccessible(page, 'my neighbourhood, signed out, 360 px');
      });
      await signIn(page, 'bewoner');
      await step(page, 'priorities-choose', async () => {
        await page.getByLabel('De buurt waar u woont').waitFor();
        await page.getByRole('button', { name: 'Opslaan' }).click();
        await page.getByText('Kies de buurt waar u woont.').first().waitFor();
        await expectAccessible(page, 'my neighbourhood, errors, 360 px');
        await page.getByLabel('De buurt waar u woont').selectOption('BU99990103');
        await page.getByLabel('Belangrijkste onderwerp').selectOption('overlast');
        await page.getByLabel('Tweede onderwerp (niet verplicht)').selectOption('afval');
        await page.getByRole('button', { name: 'Opslaan' }).click();
        await page.getByTestId('priorities-status').getByText('Uw keuze is opgeslagen.').waitFor();
        await expectAccessible(page, 'my neighbourhood, saved, 360 px');
      });
      await step(page, 'priorities-see-own', async () => {
        await page.reload();
        const mine = page.getByTestId('my-priorities');
        await mine.getByText('U woont in Raampoort.', { exact: false }).waitFor();
        expect(await mine.locator('li').allInnerTexts()).toEqual(['Overlast', 'Afval en vervuiling']);
      });
    } finally {
      await resident.context.close();
    }
    // Four neighbours answered earlier (keyed hashes of subjects no demo account has): Raampoort now has five.
    const db = await databaseClient(loket.databaseOf('routing'));
    try {
      for (let i = 0; i < 4; i++) {
        await db.query('INSERT INTO neighbourhood_priorities (respondent_key, area_id, themes) VALUES ($1, $2, $3)', [randomBytes(32).toString('hex'), 'BU99990103', ['overlast', 'afval']]);
      }
    } finally {
      await db.end();
    }
    const coordinator = await openPage(browser);
    try {
      const page = coordinator.page;
      await page.goto(`${gateway.url}/werkbank/insights`);
      await signIn(page, 'coordinator');
      await step(page, 'priorities-aggregate', async () => {
        const panel = page.getByTestId('priorities-panel');
        await panel.locator('[data-area="BU99990103"]').getByText('1. Overlast: 5 mensen, 15 punten').waitFor();
        await panel.locator('[data-area="BU99990103"]').getByText('2. Afval en vervuiling: 5 mensen, 10 punten').waitFor();
        expect(await panel.locator('[data-area="BU99990103"] td').first().innerText()).toBe('5');
        expect(await panel.locator('[data-area="BU99990201"]').innerText()).toContain('afgeschermd (minder dan 5)');
        expect(await panel.locator('[data-area="BU99990201"]').innerText()).not.toMatch(/\b0\b/);
        await expectAccessible(page, 'werkbank insights with neighbourhood priorities');
      });
      await step(page, 'priorities-triage', async () => {
        await page.goto(`${gateway.url}/werkbank/triage`);
        await page.getByTestId('priorities-panel').getByRole('link', { name: 'Triage: Overlast in Raampoort' }).click();
        await page.waitForURL(/\/werkbank\/triage\?areaId=BU99990103&categoryMain=overlast/);
        await page.getByTestId('triage-focus').getByText('Triage van Overlast in Raampoort', { exact: false }).waitFor();
        await expectAccessible(page, 'werkbank triage of a neighbourhood priority');
      });
    } finally {
      await coordinator.context.close();
    }
  });
});
