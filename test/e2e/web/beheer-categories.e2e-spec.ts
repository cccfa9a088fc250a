import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { expectEventually, LoketServices, tokenFor } from '@loket/testing';
import { call } from '../http-client';
import { axeLog, expectAccessible, Gateway, launchChromium, openPage, step } from './browser-kit';
import { dropPin, submitAndReadCode } from './journey-steps';
import { signIn, snapshot } from './werkbank-kit';

/**
 * An administrator adds an extra question to a subcategory in real Chromium, through the real gateway, against the
 * real services, Kafka, PostgreSQL and Keycloak: a draft, the question with its options (by keyboard), a problem the
 * service names shown at its field, fixed, published; then a resident reporting in that subcategory is asked the
 * question, and the answer reaches the case file. axe on every state.
 */
jest.setTimeout(400_000);

describe('the categories and their questions, edited in a browser', () => {
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;
  const run = randomUUID().slice(0, 8);
  const question = { nl: `Hoeveel zakken liggen er? (${run})`, en: `How many bags are there? (${run})` };

  beforeAll(async () => {
    browser = await launchChromium();
    loket = await LoketServices.start({ readyTimeoutMs: 240_000 });
    gateway = await Gateway.start(loket);
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
    expect(axeLog.every((entry) => entry.violations === 0)).toBe(true);
  });

  /** Fills a field as a person would: reached with Tab from the element before it, then typed. */
  const type = async (page: Page, label: string | RegExp, text: string) => {
    const field = page.getByLabel(label, { exact: typeof label === 'string' });
    await field.focus();
    await field.fill(text);
  };

  it('adds a question to Zwerfafval, is told what is missing at the field, publishes; the resident is asked it', async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.goto(`${gateway.url}/beheer/categories`);
      await signIn(page, 'admin');
      await step(page, 'categories-in-force', async () => {
        await page.getByRole('heading', { level: 1, name: 'Categorieën en vragen' }).waitFor();
        await page.getByText('Versie 1 (van kracht)').waitFor();
        await page.getByTestId('taxonomy-history').locator('tr[data-version="1"]').getByText('van kracht').waitFor();
        await expectAccessible(page, 'categories in force, read-only');
        await snapshot(page, 'c1-categories-in-force');
      });
      await step(page, 'categories-draft-question', async () => {
        const newDraft = page.getByRole('button', { name: 'Nieuw concept' });
        await newDraft.focus();
        await page.keyboard.press('Enter');
        await page.getByText('Versie 2 (concept)').waitFor();
        await page.getByRole('button', { name: 'Afval en vervuiling', exact: true }).click();
        const add = page.getByRole('button', { name: 'Vraag toevoegen aan Zwerfafval' });
        await add.focus();
        await page.keyboard.press('Enter');
        const editor = page.locator('[data-subcategory="zwerfafval"] [data-question="vraag-1"]');
        await editor.waitFor();
        await editor.getByLabel('Soort antwoord').selectOption('choice');
        await editor.getByLabel('De vraag in het Nederlands').fill(question.nl);
        await editor.getByLabel('Verplicht te beantwoorden').check();
        await editor.getByLabel('Waarde van optie 1').fill('weinig');
        await editor.getByLabel('De tekst van optie 1 in het Nederlands').fill('Een of twee');
        await editor.getByLabel('De tekst van optie 1 in het Engels').fill('One or two');
        await editor.getByLabel('Waarde van optie 2').fill('veel');
        await editor.getByLabel('De tekst van optie 2 in het Nederlands').fill('Meer dan twee');
        await editor.getByLabel('De tekst van optie 2 in het Engels').fill('More than two');
        await page.getByRole('button', { name: 'Concept opslaan' }).click();
        await page.getByRole('status').getByText('Concept opgeslagen.').waitFor();
        await page.getByRole('button', { name: 'Controleren' }).click();
        // the English wording is still missing: the service says so, at that field and in the list above the form
        await page.getByTestId('taxonomy-problems').getByText(/has no English name/).waitFor();
        const english = editor.getByLabel('De vraag in het Engels');
        expect(await english.getAttribute('aria-invalid')).toBe('true');
        await expectAccessible(page, 'categories draft with a problem at its field');
        await snapshot(page, 'c2-categories-problem');
        await page.getByRole('button', { name: 'Naar Afval en vervuiling' }).click();
        await expectEventually(async () => expect(await english.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true));
        await page.keyboard.type(question.en);
        await page.getByRole('button', { name: 'Concept opslaan' }).click();
        await page.getByRole('status').getByText('Concept opgeslagen.').waitFor();
        await page.getByRole('button', { name: 'Controleren' }).click();
        await page.getByRole('status').getByText('Dit concept kan gepubliceerd worden.').waitFor();
        expect(await page.getByTestId('taxonomy-problems').count()).toBe(0);
      });
      await step(page, 'categories-published', async () => {
        await page.getByRole('button', { name: 'Publiceren' }).click();
        await page.getByRole('status').getByText('Versie 2 is van kracht', { exact: false }).waitFor();
        const history = page.getByTestId('taxonomy-history');
        await history.locator('tr[data-version="2"]').getByText('van kracht').waitFor();
        await history.locator('tr[data-version="1"]').getByText('vervangen').waitFor();
        expect(await history.locator('tr[data-version="2"]').textContent()).toMatch(/admin, /);
        await expectAccessible(page, 'categories published, with the history');
        await snapshot(page, 'c3-categories-published');
      });
    } finally {
      await context.close();
    }

    const resident = await openPage(browser);
    try {
      const code = await step(resident.page, 'resident-asked-the-new-question', async () => {
        const form = resident.page;
        await form.goto(gateway.url);
        await form.getByRole('heading', { level: 1, name: 'Doe een melding' }).waitFor();
        await type(form, /Beschrijf wat u ziet/, `Zakken met afval langs de stoep bij de bushalte (${run})`);
        await form.locator('#category-main').selectOption('afval');
        await form.locator('#category-sub').selectOption('zwerfafval');
        const asked = form.getByTestId('extra-questions').getByLabel(question.nl);
        await asked.waitFor();
        await asked.selectOption('veel');
        await dropPin(form, 70);
        await expectAccessible(form, 'report form asking the administrator’s new question');
        return submitAndReadCode(form);
      });
      const tracking = await expectEventually(async () => {
        const answer = await call<{ reportId: string }>('GET', `${loket.feedback.url}/api/v1/tracking/${code}`);
        expect(answer.status).toBe(200);
        return answer.body;
      });
      const coordinator = await tokenFor('coordinator');
      const decision = await expectEventually(async () => {
        const answer = await call<{ caseId: string }>('GET', `${loket.routing.url}/api/v1/decisions/${tracking.reportId}`, { token: coordinator });
        expect(answer.status).toBe(200);
        return answer.body;
      }, { timeoutMs: 60_000 });
      const professional = await tokenFor('gemeente.stadsbeheer');
      const caseFile = await expectEventually(async () => {
        const answer = await call<unknown>('GET', `${loket.workbench.url}/api/v1/cases/${decision.caseId}`, { token: professional });
        expect(answer.status).toBe(200);
        return JSON.stringify(answer.body);
      }, { timeoutMs: 60_000 });
      expect(caseFile).toContain(question.nl);
      expect(caseFile).toContain('Meer dan twee');
    } finally {
      await resident.context.close();
    }
  });
});
