import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { expectEventually, LoketServices, randomPlace, ScratchKafka, textMarker, tokenFor } from '@loket/testing';
import { axeLog, expectAccessible, Gateway, launchChromium, openPage, step } from './browser-kit';
import { signIn, snapshot, submitReport, type SubmittedReport } from './werkbank-kit';

/**
 * The professionals', coordinators' and administrators' screens in real Chromium, through the real gateway,
 * against the real services, Kafka, PostgreSQL and Keycloak: one journey per role, axe on every page, a
 * screenshot of every step (tmp/e2e-web/werkbank/).
 */
jest.setTimeout(400_000);

describe('the werkbank and the beheer console, in a browser', () => {
  let kafka: ScratchKafka;
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;
  // letters only: these texts reach the reporter redacted, and a hex word such as 2742ee0d reads as an address
  const run = textMarker();
  let bulky: SubmittedReport;

  beforeAll(async () => {
    // A broker of its own: fresh consumer groups on the shared one first read every run's history.
    kafka = await ScratchKafka.start({ partitions: 2 });
    [loket, browser] = await Promise.all([LoketServices.start({ kafkaBrokers: kafka.brokers, readyTimeoutMs: 240_000 }), launchChromium()]);
    gateway = await Gateway.start(loket);
    const photo = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#7a5c3e' } }).jpeg().toBuffer();
    bulky = await submitReport(loket, {
      description: `Grofvuil naast de container aan de Kerkstraat (${run})`,
      category: 'afval',
      subcategory: 'grofvuil',
      location: randomPlace(),
      contact: { email: `werkbank.${run}@example.nl` },
    }, [photo]);
    const saved = await fetch(`${loket.workbench.url}/api/v1/admin/ready-made-replies`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${await tokenFor('admin')}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        replies: [
          {
            id: 'grofvuil-opgehaald',
            category: { main: 'afval', sub: 'grofvuil' },
            title: { nl: 'Grofvuil opgehaald', en: 'Bulky waste collected' },
            text: { nl: 'Het grofvuil is vandaag opgehaald. Dank voor uw melding!', en: 'The bulky waste was collected today. Thank you!' },
          },
        ],
      }),
    });
    expect(saved.status).toBe(200);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
    await kafka?.stop();
    expect(axeLog.every((entry) => entry.violations === 0)).toBe(true);
  });

  async function journey(username: string, start: string, run: (page: Page) => Promise<void>): Promise<void> {
    const { context, page } = await openPage(browser);
    try {
      await page.goto(`${gateway.url}${start}`);
      await signIn(page, username);
      await run(page);
    } finally {
      await context.close();
    }
  }

  it('professional: queue with counts → case with photo and map → assign within the team → a refused stale edit → note with its preview → resolve → close → sign out; the reporter sees what the preview said', async () => {
    let previewBody = '';
    await journey('gemeente.stadsbeheer', '/werkbank/queues/team', async (page) => {
      await step(page, 'professional-queue', async () => {
        await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
        await page.locator(`a[href="/werkbank/cases/${bulky.caseId}"]`).waitFor();
        const tabs = page.getByRole('navigation', { name: 'Werkvoorraden' });
        await tabs.getByRole('link', { name: /^Mijn team \(\d+\+?\)$/ }).waitFor();
        await tabs.getByRole('link', { name: /^Mijn zaken \(0\)$/ }).waitFor();
        await tabs.getByRole('link', { name: /^Mijn organisatie \(\d+\+?\)$/ }).waitFor();
        await expectAccessible(page, 'professional queue with counts');
        await snapshot(page, '1-professional-queue');
      });
      await step(page, 'professional-case', async () => {
        await page.locator(`a[href="/werkbank/cases/${bulky.caseId}"]`).click();
        await page.getByTestId('report-description').getByText(`(${run})`).waitFor();
        const photo = page.getByRole('img', { name: 'Foto 1 bij melding 1' });
        await photo.waitFor();
        expect(await photo.getAttribute('src')).toMatch(/^blob:/);
        await expectEventually(async () => expect(await photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(120));
        const map = page.getByRole('region', { name: 'Kaart met de plaats van de melding' });
        await map.waitFor();
        await expectEventually(async () => expect(await map.locator('path').count()).toBe(1));
        await expectAccessible(page, 'case file with photo and map');
        await snapshot(page, '2-case-file');
      });
      await step(page, 'professional-assign-within-team', async () => {
        await page.getByRole('button', { name: 'Toewijzen aan…' }).click();
        const form = page.getByRole('form', { name: 'Toewijzen aan…' });
        const member = form.getByLabel('Toewijzen aan een lid van team stadsbeheer');
        await member.waitFor();
        expect(await member.locator('option').allTextContents()).toEqual(['gemeente.stadsbeheer']);
        await expectAccessible(page, 'assign to a team member');
        await form.getByRole('button', { name: 'Toewijzen aan…' }).click();
        await expectEventually(async () => expect(await page.getByTestId('case-status').textContent()).toBe('Toegewezen'));
        await expectEventually(async () => expect(await page.getByTestId('case-assignee').textContent()).toBe('gemeente.stadsbeheer'));
        await snapshot(page, '3-assigned');
      });
      await step(page, 'professional-stale-edit-refused', async () => {
        // Someone else starts the case meanwhile (the same person in another window, over the API).
        const headers = { authorization: `Bearer ${await tokenFor('gemeente.stadsbeheer')}`, 'content-type': 'application/json' };
        const { version } = (await (await fetch(`${loket.workbench.url}/api/v1/cases/${bulky.caseId}`, { headers })).json()) as { version: number };
        const other = await fetch(`${loket.workbench.url}/api/v1/cases/${bulky.caseId}/transitions`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ transition: 'start', expectedVersion: version }),
        });
        expect(other.status).toBe(200);
        await page.getByRole('button', { name: 'Starten' }).click();
        const refusal = page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit intussen gewijzigd' });
        await refusal.waitFor();
        await expectAccessible(page, 'a concurrent edit refused');
        await snapshot(page, '3b-stale-refused');
        await refusal.getByRole('button', { name: 'Opnieuw laden' }).click();
        await expectEventually(async () => expect(await page.getByTestId('case-status').textContent()).toBe('In behandeling'));
      });
      await step(page, 'professional-note-preview', async () => {
        await page.getByLabel('Standaardantwoord').selectOption({ label: 'Grofvuil opgehaald' });
        const text = page.getByLabel('Tekst', { exact: true });
        expect(await text.inputValue()).toBe('Het grofvuil is vandaag opgehaald. Dank voor uw melding!');
        await text.fill(`${await text.inputValue()} (${run})`);
        const body = page.getByTestId('preview-body').first();
        await body.waitFor({ timeout: 60_000 });
        previewBody = (await body.textContent()) ?? '';
        expect(previewBody).toContain('Het grofvuil is vandaag opgehaald');
        await expectAccessible(page, 'note with live preview');
        await snapshot(page, '4-note-preview');
        await page.getByRole('button', { name: 'Notitie opslaan' }).click();
        await page.getByRole('status').getByText('Notitie opgeslagen.').waitFor();
      });
      await step(page, 'professional-resolve-close', async () => {
        await page.getByRole('button', { name: 'Oplossen' }).click();
        const form = page.getByRole('form', { name: 'Oplossen' });
        await form.getByLabel('Afhandelcode').selectOption('solved');
        await form.getByRole('button', { name: 'Oplossen' }).click();
        await expectEventually(async () => expect(await page.getByTestId('case-status').textContent()).toBe('Opgelost'));
        await page.getByRole('button', { name: 'Sluiten' }).click();
        await expectEventually(async () => expect(await page.getByTestId('case-status').textContent()).toBe('Gesloten'));
        await expectAccessible(page, 'closed case');
        await snapshot(page, '5-closed');
      });
      await step(page, 'professional-sign-out', async () => {
        await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
        await page.waitForURL(`${gateway.url}/`);
        await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).waitFor();
        expect(await page.evaluate<string[]>("Object.keys(sessionStorage).filter((key) => key.startsWith('oidc.user:'))")).toEqual([]);
        await snapshot(page, '5b-signed-out');
        // Keycloak's session ended too: signing in again asks for the password instead of coming straight back.
        await page.goto(`${gateway.url}/werkbank/queues/team`);
        await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
        await page.locator('#username').waitFor();
      });
    });
    const tracking = await expectEventually(async () => {
      const answer = await fetch(`${gateway.url}/api/feedback/v1/tracking/${bulky.trackingCode}`);
      const page = (await answer.json()) as { messages: { stage: string; body: string }[] };
      expect(page.messages.map((m) => m.body)).toContain(previewBody);
      return page;
    }, { timeoutMs: 60_000 });
    expect(tracking.messages.find((m) => m.body === previewBody)?.stage).toBe('note-for-reporter');
  });

  it('professional of another organisation: the case is nowhere, its address is a not-found page', async () => {
    await journey('politie.wijkagent', `/werkbank/cases/${bulky.caseId}`, async (page) => {
      await step(page, 'other-organisation', async () => {
        await page.getByRole('heading', { level: 1, name: 'Zaak niet gevonden' }).waitFor();
        await expectAccessible(page, 'case of another organisation');
        await snapshot(page, '6-other-organisation-not-found');
        await page.goto(`${gateway.url}/werkbank/queues/organisation`);
        await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
        await page.getByText(/zaken?$/).first().waitFor();
        expect(await page.locator(`a[href="/werkbank/cases/${bulky.caseId}"]`).count()).toBe(0);
        // This run's police has no case at all: the municipality's are not even counted.
        await page.getByRole('navigation', { name: 'Werkvoorraden' }).getByRole('link', { name: 'Mijn organisatie (0)' }).waitFor();
      });
    });
  });

  it('coordinator: triage → link a report of another case into this one → split it off again', async () => {
    const [first, second] = [
      await submitReport(loket, { description: `Blorf wexel quazzo (${run}-a)`, location: randomPlace() }),
      await submitReport(loket, { description: `Quazzo blorf zimmel (${run}-b)`, location: randomPlace() }),
    ];
    await journey('coordinator', '/werkbank/triage', async (page) => {
      await step(page, 'coordinator-triage', async () => {
        await page.getByRole('heading', { level: 1, name: 'Triage' }).waitFor();
        await page.locator(`a[href="/werkbank/triage/${first.caseId}"]`).waitFor();
        await expectAccessible(page, 'triage queue');
        await snapshot(page, '7-triage');
        await page.locator(`a[href="/werkbank/triage/${first.caseId}"]`).click();
        await page.getByRole('heading', { level: 2, name: /Deze zaak: 1 melding/ }).waitFor();
      });
      await step(page, 'coordinator-link', async () => {
        await page.getByLabel('Zaaknummer van de andere zaak').fill(second.caseId);
        await page.getByText(`(${run}-b)`).waitFor();
        await page.locator('#other-reason').fill('Zelfde incident: hetzelfde hek, dezelfde avond');
        await page.getByRole('button', { name: 'Deze melding in deze zaak opnemen' }).click();
        await page.getByRole('status').getByText(/Melding gekoppeld/).waitFor();
        await page.getByRole('heading', { level: 2, name: /Deze zaak: 2 meldingen/ }).waitFor({ timeout: 60_000 });
        await expectAccessible(page, 'triage case, side by side');
        await snapshot(page, '8-linked');
      });
      await step(page, 'coordinator-split', async () => {
        await page.getByLabel(new RegExp(`\\(${run}-b\\)`)).check();
        await page.locator('#this-reason').fill('Toch twee verschillende dingen');
        await page.getByRole('button', { name: 'Geselecteerde meldingen afsplitsen' }).click();
        await page.getByRole('status').getByText(/Afgesplitst naar nieuwe zaak/).waitFor();
        await page.getByRole('heading', { level: 2, name: /Deze zaak: 1 melding/ }).waitFor({ timeout: 60_000 });
        await snapshot(page, '9-split');
      });
    });
    const coordinator = await tokenFor('coordinator');
    const file = (await (await fetch(`${loket.workbench.url}/api/v1/cases/${first.caseId}`, { headers: { authorization: `Bearer ${coordinator}` } })).json()) as { reports: { reportId: string }[] };
    expect(file.reports.map((r) => r.reportId)).toEqual([first.reportId]);
  });

  it('administrator: a changed matrix cell changes the next note preview', async () => {
    const litter = await submitReport(loket, { description: `Zwerfafval in het plantsoen (${run})`, category: 'afval', subcategory: 'zwerfafval', location: randomPlace(), contact: { email: `matrix.${run}@example.nl` } });
    const municipality = await tokenFor('gemeente.stadsbeheer');
    const preview = async () =>
      expectEventually(async () => {
        const answer = await fetch(`${loket.workbench.url}/api/v1/cases/${litter.caseId}/notes/preview`, {
          method: 'POST',
          headers: { authorization: `Bearer ${municipality}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text: 'Opgeruimd.' }),
        });
        expect(answer.status).toBe(200);
        const body = (await answer.json()) as { reporters: { receives: string; level: number }[] };
        expect(body.reporters).toHaveLength(1);
        return body.reporters[0]!;
      }, { timeoutMs: 60_000 });
    expect(await preview()).toMatchObject({ receives: 'note', level: 3 });
    await journey('admin', '/beheer/disclosure', async (page) => {
      await step(page, 'admin-matrix', async () => {
        await page.getByRole('heading', { level: 1, name: 'Terugkoppelmatrix' }).waitFor();
        await expectAccessible(page, 'disclosure matrix');
        await page.getByLabel('Niveau voor 1 openbare ruimte, anoniem').selectOption('2');
        await page.getByText('Gewijzigd: 1/anonymous').waitFor();
        await snapshot(page, '10-matrix-edited');
        await page.getByRole('button', { name: 'Matrix opslaan' }).click();
        await page.getByRole('status').getByText(/Opgeslagen als versie/).waitFor();
        await snapshot(page, '11-matrix-saved');
      });
    });
    await expectEventually(async () => expect(await preview()).toMatchObject({ receives: 'generic-progress', level: 2 }), { timeoutMs: 30_000 });
  });

  it('administrator: templates with a live preview, ready-made replies, the routing policy, the audit chain and insights, each accessible', async () => {
    await journey('admin', '/beheer/templates', async (page) => {
      await step(page, 'admin-templates', async () => {
        await page.getByRole('heading', { level: 1, name: 'Berichtsjablonen' }).waitFor();
        await page.getByLabel('Tekst', { exact: true }).fill(`Uw melding {{trackingCode}} is afgehandeld (${run}).`);
        await page.getByText(`is afgehandeld (${run}).`, { exact: false }).last().waitFor();
        await expectAccessible(page, 'message templates with preview');
        await snapshot(page, '12-templates-preview');
      });
      await step(page, 'admin-replies', async () => {
        await page.goto(`${gateway.url}/beheer/replies`);
        await page.getByRole('heading', { level: 2, name: /Antwoord 1: Grofvuil opgehaald/ }).waitFor();
        await expectAccessible(page, 'ready-made replies');
        await snapshot(page, '13-replies');
      });
      await step(page, 'admin-policy', async () => {
        await page.goto(`${gateway.url}/beheer/policies`);
        await page.getByRole('button', { name: 'Nieuw concept' }).click();
        await page.getByText(/Versie 2 \(concept\)/).waitFor();
        await page.getByRole('button', { name: /omlaag$/ }).first().click();
        await page.getByRole('button', { name: 'Concept opslaan' }).click();
        await page.getByRole('button', { name: 'Controleren' }).click();
        await page.getByRole('status').getByText(/publiceerbaar/i).waitFor();
        await page.getByRole('button', { name: 'Simuleren' }).click();
        await page.getByRole('heading', { level: 2, name: /zouden elders terechtkomen/ }).waitFor();
        await expectAccessible(page, 'routing policy editor');
        await snapshot(page, '14-policy-simulated');
      });
      await step(page, 'admin-audit', async () => {
        await page.goto(`${gateway.url}/beheer/audit`);
        await page.getByRole('button', { name: 'Keten controleren' }).click();
        await page.getByRole('status').getByText(/Keten in orde/).waitFor();
        await expectAccessible(page, 'audit log');
        await snapshot(page, '15-audit-verified');
      });
      await step(page, 'admin-insights', async () => {
        await page.goto(`${gateway.url}/werkbank/insights`);
        await page.getByRole('heading', { level: 1, name: 'Inzichten' }).waitFor();
        await page.getByRole('rowheader', { name: 'Totaal' }).waitFor();
        await page.locator('canvas').first().waitFor();
        // how right the categories were, measured by routing from the coordinators' corrections
        await page.getByTestId('category-corrections-panel').getByRole('rowheader', { name: 'de suggestie' }).waitFor();
        await expectAccessible(page, 'insights');
        await snapshot(page, '16-insights');
      });
    });
  });
});
