import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { expectEventually, LoketServices, randomPlace, ScratchKafka } from '@loket/testing';
import { axeLog, expectAccessible, Gateway, launchChromium, openPage, step } from './browser-kit';
import { signIn, snapshot } from './werkbank-kit';

/**
 * The administrator's configuration screens in real Chromium, through the real gateway, against the real services,
 * Kafka, PostgreSQL and Keycloak: a policy edited, simulated, published and found in the version history with its
 * differences; areas uploaded with one bad feature, the problem shown, fixed and published; a webhook subscribed,
 * its secret shown once, a case delivered to the test's receiver and found in the delivery log. axe on every state,
 * a screenshot of every step (tmp/e2e-web/werkbank/).
 */
jest.setTimeout(400_000);

describe('the beheer console for administrators, in a browser', () => {
  let kafka: ScratchKafka;
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;
  const run = randomUUID().slice(0, 8);

  beforeAll(async () => {
    kafka = await ScratchKafka.start({ partitions: 2 });
    [loket, browser] = await Promise.all([LoketServices.start({ kafkaBrokers: kafka.brokers, readyTimeoutMs: 240_000 }), launchChromium()]);
    gateway = await Gateway.start(loket);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
    await kafka?.stop();
    expect(axeLog.every((entry) => entry.violations === 0)).toBe(true);
  });

  async function asAdmin(start: string, journey: (page: Page) => Promise<void>): Promise<void> {
    const { context, page } = await openPage(browser);
    try {
      await page.goto(`${gateway.url}${start}`);
      await signIn(page, 'admin');
      await journey(page);
    } finally {
      await context.close();
    }
  }

  it('edits a policy, simulates and publishes it, and finds it in the version history with the differences', async () => {
    await asAdmin('/beheer/policies', async (page) => {
      await step(page, 'beheer-policy-draft', async () => {
        await page.getByRole('button', { name: 'Nieuw concept' }).click();
        await page.getByText(/Versie 2 \(concept\)/).waitFor();
        const firstRule = page.locator('tbody tr[data-rule]').first();
        const name = (await firstRule.getAttribute('data-rule')) ?? '';
        const down = page.getByRole('button', { name: /omlaag$/ }).first();
        await down.focus();
        await page.keyboard.press('Enter');
        expect(await page.locator('tbody tr[data-rule]').nth(1).getAttribute('data-rule')).toBe(name);
        await page.locator('select[aria-label^="Prioriteit van"]').first().selectOption('urgent');
        await page.getByRole('button', { name: 'Concept opslaan' }).click();
        await page.getByRole('button', { name: 'Controleren' }).click();
        await page.getByRole('status').getByText(/^Publiceerbaar/).waitFor();
        await snapshot(page, 'b1-policy-draft-edited');
      });
      await step(page, 'beheer-policy-simulate-publish', async () => {
        await page.getByRole('button', { name: 'Simuleren' }).click();
        await page.getByRole('heading', { level: 2, name: /zouden elders terechtkomen/ }).waitFor();
        await expectAccessible(page, 'policy draft simulated, with its history');
        await snapshot(page, 'b2-policy-simulated');
        await page.getByRole('button', { name: 'Publiceren' }).click();
        await page.getByRole('status').getByText(/^Gepubliceerd;/).waitFor();
      });
      await step(page, 'beheer-policy-history', async () => {
        const history = page.getByTestId('policy-history');
        await history.locator('tr[data-version="2"]').getByText('gepubliceerd').waitFor();
        expect(await history.locator('tr[data-version="2"]').textContent()).toMatch(/admin, /);
        await history.locator('tr[data-version="1"]').getByText('vervallen').waitFor();
        const diff = page.getByTestId('policy-diff');
        await diff.getByText(/Van versie 1 naar 2: \d+ verschil/).waitFor();
        expect(await diff.textContent()).toMatch(/verplaatst van plaats \d+ naar \d+/);
        expect(await diff.textContent()).toMatch(/gewijzigd: prioriteit \w+ → urgent/);
        await expectAccessible(page, 'policy version history with differences');
        await snapshot(page, 'b3-policy-history-diff');
      });
    });
  });

  it('uploads areas with one bad feature, sees the problem on the page, fixes it and publishes', async () => {
    const c = randomPlace();
    const square = (dx: number) => [[[c.lon + dx, c.lat], [c.lon + dx + 0.004, c.lat], [c.lon + dx + 0.004, c.lat + 0.004], [c.lon + dx, c.lat + 0.004], [c.lon + dx, c.lat]]];
    const bowtie = [[[c.lon + 0.004, c.lat], [c.lon + 0.008, c.lat + 0.004], [c.lon + 0.008, c.lat], [c.lon + 0.004, c.lat + 0.004], [c.lon + 0.004, c.lat]]];
    const file = (east: unknown) => ({
      name: `buurten-${run}.geojson`,
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', id: `BU-W-${run}`, properties: { name: `Westhoek ${run}`, kind: 'buurt' }, geometry: { type: 'Polygon', coordinates: square(0) } },
          { type: 'Feature', id: `BU-O-${run}`, properties: { name: `Oosthoek ${run}`, kind: 'buurt' }, geometry: { type: 'Polygon', coordinates: east } },
        ],
      })),
    });
    await asAdmin('/beheer/areas', async (page) => {
      await step(page, 'beheer-areas-bad-upload', async () => {
        await page.getByRole('heading', { level: 1, name: 'Gebieden' }).waitFor();
        await page.getByTestId('areas-in-force-map').waitFor();
        await page.getByLabel('GeoJSON-bestand').setInputFiles(file(bowtie));
        const preview = page.getByTestId('areas-preview');
        await preview.getByRole('status').getByText('1 probleem; los het op in het bestand en upload het opnieuw.').waitFor();
        const bad = preview.locator(`[data-feature="BU-O-${run}"]`);
        await bad.getByRole('heading', { name: `Gebied 2: Oosthoek ${run} (BU-O-${run})` }).waitFor();
        expect(await bad.textContent()).toContain('Rand snijdt zichzelf');
        expect(await page.getByTestId('areas-preview-map').getAttribute('data-problems')).toBe('1');
        expect(await page.getByRole('button', { name: '2 gebieden publiceren' }).isDisabled()).toBe(true);
        await expectAccessible(page, 'area upload with a problem marked');
        await snapshot(page, 'b4-areas-problem');
      });
      await step(page, 'beheer-areas-fixed-published', async () => {
        await page.getByLabel('GeoJSON-bestand').setInputFiles(file(square(0.004)));
        await page.getByTestId('areas-preview').getByRole('status').getByText('Geen problemen: 2 gebieden kunnen gepubliceerd worden.').waitFor();
        expect(await page.getByTestId('areas-preview-map').getAttribute('data-problems')).toBe('0');
        await expectAccessible(page, 'area upload without problems');
        await page.getByRole('button', { name: '2 gebieden publiceren' }).click();
        await page.getByRole('status').getByText('Gepubliceerd: 2 nieuw, 0 bijgewerkt.', { exact: false }).waitFor();
        await page.locator(`tr[data-area="BU-O-${run}"]`).getByText(`Oosthoek ${run}`).waitFor();
        await expectAccessible(page, 'areas in force after publishing');
        await snapshot(page, 'b5-areas-published');
      });
    });
  });

  it('subscribes another system to case events, shows the secret once, and logs the delivery of a new case', async () => {
    const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
    const receiver: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/loket`;
    try {
      await asAdmin('/beheer/webhooks', async (page) => {
        await step(page, 'beheer-webhook-subscribe', async () => {
          await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
          await page.getByLabel('Naam').fill(`Wijkdashboard ${run}`);
          await page.getByLabel('Adres (URL)').fill(target);
          await page.getByLabel('case.opened').check();
          await page.getByLabel('categorie', { exact: true }).check();
          await page.getByRole('button', { name: 'Abonnement aanmaken' }).click();
          const secret = await page.getByRole('status').locator('code').textContent();
          expect(secret).toMatch(/^whsec_/);
          await page.locator('tr', { hasText: `Wijkdashboard ${run}` }).getByText('actief').waitFor();
          await expectAccessible(page, 'webhook subscribed, its secret shown once');
          await snapshot(page, 'b6-webhook-subscribed');
        });
        await step(page, 'beheer-webhook-delivered', async () => {
          const submitted = await fetch(`${loket.intake.url}/api/v1/reports`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ description: `Grofvuil bij de container (${run})`, category: 'afval', subcategory: 'grofvuil', location: randomPlace() }),
          });
          expect(submitted.status).toBe(201);
          await expectEventually(() => expect(received).toHaveLength(1), { timeoutMs: 90_000 });
          const event = JSON.parse(received[0]!.body) as { type: string; data: Record<string, unknown> };
          expect(event.type).toContain('case.opened');
          expect(event.data).toMatchObject({ category: { main: 'afval' } });
          expect(event.data).not.toHaveProperty('description');
          expect(received[0]!.headers['webhook-signature']).toMatch(/^v1,/);
          await page.getByRole('button', { name: `Bezorglog van Wijkdashboard ${run}` }).click();
          await page.getByRole('region', { name: `Bezorglog van Wijkdashboard ${run}` }).getByText('bezorgd').waitFor();
          await expectAccessible(page, 'webhook delivery log');
          await snapshot(page, 'b7-webhook-delivery-log');
          await page.getByRole('button', { name: `Wijkdashboard ${run} uitzetten` }).click();
          await page.locator('tr', { hasText: `Wijkdashboard ${run}` }).getByText('uitgezet').waitFor();
        });
      });
    } finally {
      await new Promise((done) => receiver.close(done));
    }
  });

  it('trains a linking model, can activate it only after its evaluation, activates it and rolls it back', async () => {
    await asAdmin('/beheer/koppelmodellen', async (page) => {
      const active = page.getByTestId('linking-active-version');
      await step(page, 'beheer-linking-train', async () => {
        await page.getByRole('heading', { level: 1, name: 'Koppelmodellen' }).waitFor();
        await active.getByText(/ingebouwde standaardregels \(versie 0\)/).waitFor();
        await page.getByRole('button', { name: 'Nieuw model trainen' }).click();
        await page.getByRole('status').getByText(/^Versie 1 is getraind/).waitFor();
        const row = page.locator('tr[data-version="1"]');
        await row.waitFor();
        // not evaluated yet: activating is not offered
        expect(await row.getByRole('button', { name: /^Versie 1 activeren/ }).isDisabled()).toBe(true);
      });
      await step(page, 'beheer-linking-evaluate', async () => {
        await page.getByRole('button', { name: 'Versie 1 evalueren' }).click();
        await page.getByRole('status').getByText(/Versie 1 is geëvalueerd op linking\.held-out\.jsonl/).waitFor();
        await page.locator('tr[data-version="1"]').getByText(/standaard:/).first().waitFor();
        await expectAccessible(page, 'linking model trained and evaluated');
        await snapshot(page, 'b7-linking-model-evaluated');
      });
      await step(page, 'beheer-linking-activate', async () => {
        await page.getByRole('button', { name: /^Versie 1 activeren/ }).click();
        await page.getByLabel('Reden').fill('Geëvalueerd; proef met het nieuwe model');
        await page.getByRole('button', { name: 'Versie 1 nu activeren' }).click();
        await page.getByRole('status').getByText(/Versie 1 is nu actief/).waitFor();
        await active.getByText(/versie 1/).waitFor();
      });
      await step(page, 'beheer-linking-rollback', async () => {
        await page.getByRole('button', { name: 'Terugdraaien…' }).click();
        await page.getByLabel('Reden').fill('Coördinatoren zagen vreemde koppelingen');
        await page.getByRole('button', { name: 'Nu terugdraaien' }).click();
        await page.getByRole('status').getByText(/^Teruggedraaid: nu actief is de ingebouwde standaardregels/).waitFor();
        await active.getByText(/versie 0/).waitFor();
        await expectAccessible(page, 'linking model rolled back');
        await snapshot(page, 'b8-linking-model-rolled-back');
      });
    });
  });

  it('trains a category suggester version, evaluates it beside the built-in model, activates it and rolls it back', async () => {
    await asAdmin('/beheer/suggestiemodellen', async (page) => {
      const active = page.getByTestId('category-active-version');
      await step(page, 'beheer-category-model-train', async () => {
        await page.getByRole('heading', { level: 1, name: 'Suggestiemodellen' }).waitFor();
        await active.getByText(/het ingebouwde model \(versie 0\)/).waitFor();
        await page.getByRole('button', { name: 'Nieuw model trainen' }).click();
        await page.getByRole('status').getByText(/^Versie 1 is getraind op \d+ correcties/).waitFor();
        expect(await page.locator('tr[data-version="1"]').getByRole('button', { name: /^Versie 1 activeren/ }).isDisabled()).toBe(true);
      });
      await step(page, 'beheer-category-model-evaluate-activate', async () => {
        await page.getByRole('button', { name: 'Versie 1 evalueren' }).click();
        await page.getByRole('status').getByText(/Versie 1 is geëvalueerd op suggestion\.held-out\.jsonl/).waitFor();
        await page.locator('tr[data-version="1"] td[data-figure="subTop1"]').getByText(/ingebouwd:/).waitFor();
        await expectAccessible(page, 'category model trained and evaluated');
        await snapshot(page, 'b9-category-model-evaluated');
        await page.getByRole('button', { name: /^Versie 1 activeren/ }).click();
        await page.getByLabel('Reden').fill('Geëvalueerd op de achtergehouden helft');
        await page.getByRole('button', { name: 'Versie 1 nu activeren' }).click();
        await page.getByRole('status').getByText(/Versie 1 is nu actief: routering en het webformulier/).waitFor();
        await active.getByText(/versie 1/).waitFor();
      });
      await step(page, 'beheer-category-model-rollback', async () => {
        await page.getByRole('button', { name: 'Terugdraaien…' }).click();
        await page.getByLabel('Reden').fill('Terug naar het ingebouwde model');
        await page.getByRole('button', { name: 'Nu terugdraaien' }).click();
        await page.getByRole('status').getByText(/^Teruggedraaid: nu actief is het ingebouwde model/).waitFor();
        await active.getByText(/versie 0/).waitFor();
      });
    });
  });
});
