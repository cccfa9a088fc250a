import { FileChooser, Page } from 'playwright-core';
import { expectEventually, LoketServices, tokenFor } from '@loket/testing';
import { call } from '../http-client';
import { expectAccessible } from './browser-kit';

/** What a resident does on the loket, step by step, as a person would (labels and roles, not CSS). */

export async function describeProblem(page: Page, description: string): Promise<void> {
  await page.getByLabel(/Beschrijf wat u ziet|Describe what you see/).fill(description);
  await page.getByTestId('category-suggestions').waitFor();
  await answerExtraQuestions(page);
}

/** Answers the chosen category's extra questions as a resident would: the first choice of each list, "no" to yes/no. */
export async function answerExtraQuestions(page: Page): Promise<void> {
  // the suggested category settles first; its questions (if it has any) appear with it
  await expectEventually(async () => expect(await page.getByTestId('category-chosen').textContent()).toMatch(/(Gekozen|Chosen): \S+/));
  const questions = page.getByTestId('extra-questions');
  await questions.waitFor({ timeout: 5_000 }).catch(() => undefined);
  if ((await questions.count()) === 0) return;
  for (const select of await questions.locator('select').all()) {
    const options = await select.locator('option').all();
    const first = options.length > 1 ? await options[1]!.getAttribute('value') : null;
    if (first) await select.selectOption(first);
  }
  for (const no of await questions.getByLabel(/^(Nee|No)$/).all()) await no.check();
}

/** Drops the pin on the map, `dx` pixels right of its middle (each journey its own place: no incident linking). */
export async function dropPin(page: Page, dx: number): Promise<void> {
  const map = page.getByTestId('map');
  await map.waitFor();
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no size');
  await map.click({ position: { x: Math.max(10, Math.min(box.width - 10, box.width / 2 + dx)), y: box.height / 2 } });
  await expectEventually(async () => expect(await page.getByTestId('chosen-place').textContent()).toMatch(/\d+\.\d{5}, \d+\.\d{5}/));
}

export async function submitAndReadCode(page: Page, button = /Melding versturen|Send report/): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  const code = await page.getByTestId('tracking-code').textContent({ timeout: 30_000 });
  expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/);
  return code!;
}

/** The professional of the organisation the report was routed to works the case and writes to the reporter. */
export async function professionalResolvesWithNote(loket: LoketServices, trackingCode: string, note: string): Promise<{ caseId: string }> {
  const tracking = await expectEventually(async () => {
    const answer = await call<{ reportId: string }>('GET', `${loket.feedback.url}/api/v1/tracking/${trackingCode}`);
    expect(answer.status).toBe(200);
    return answer;
  });
  const coordinator = await tokenFor('coordinator');
  const decision = await expectEventually(async () => {
    const answer = await call<{ caseId: string; outcome: { organisation: string; team: string } }>(
      'GET', `${loket.routing.url}/api/v1/decisions/${tracking.body.reportId}`, { token: coordinator },
    );
    expect(answer.status).toBe(200);
    return answer.body;
  });
  expect(decision.outcome).toMatchObject({ organisation: 'municipality', team: 'stadsbeheer' });
  const professional = await tokenFor('gemeente.stadsbeheer');
  const me = JSON.parse(Buffer.from(professional.split('.')[1]!, 'base64url').toString()).sub as string;
  const caseUrl = `${loket.workbench.url}/api/v1/cases/${decision.caseId}`;
  await expectEventually(async () => expect((await call('GET', caseUrl, { token: professional })).status).toBe(200));
  const transition = async (body: Record<string, unknown>) => {
    const current = await call<{ version: number }>('GET', caseUrl, { token: professional });
    const response = await call('POST', `${caseUrl}/transitions`, { token: professional, body: { ...body, expectedVersion: current.body.version } });
    expect(response.status).toBe(200);
  };
  await transition({ transition: 'assign', assignee: me });
  await transition({ transition: 'start' });
  const written = await call('POST', `${caseUrl}/notes`, { token: professional, body: { visibility: 'reporter', text: note } });
  expect(written.status).toBe(201);
  await transition({ transition: 'resolve', resolutionCode: 'solved' });
  return { caseId: decision.caseId };
}

/**
 * Reloads the tracking page until it shows `text` and, when given, the status `status` (feedback hears of the case's
 * progress through Kafka; a note and the status change after it travel as separate events, so the page may show the
 * note while the status is still the one before).
 */
export async function trackingPageShows(page: Page, url: string, text: string | RegExp, status?: string): Promise<void> {
  await expectEventually(async () => {
    await page.goto(url);
    await page.getByTestId('tracking').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('tracking').textContent()).toMatch(text);
    if (status !== undefined) expect(await page.getByTestId('tracking-status').textContent()).toContain(status);
  }, { timeoutMs: 150_000, intervalMs: 2_000 });
}

export async function checked(page: Page, state: string): Promise<void> {
  await expectAccessible(page, state);
}

/** Presses Tab until the focused element matches `selector` (at most `limit` times), as a keyboard user would. */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate<boolean>(`!!document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Opens a file input's chooser with the keyboard alone: Tab to it, then Space. Chromium opens the chooser on the key's
 * release and only for a focused input; on a loaded machine a re-render between the Tab and the Space (the place's
 * address arriving, the category settling) can take the focus, and that press then opens nothing. So the focus is
 * checked right before each press, and a press that opened nothing within ten seconds is tried again (three times).
 */
export async function openFileChooserByKeyboard(page: Page, selector: string): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    if (!(await page.evaluate<boolean>(`!!document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`))) {
      await tabTo(page, selector);
    }
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.keyboard.press('Space');
    try {
      return await chooser;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Signs in on Keycloak's own page, as the person would. A page that needs a signed-in person (/mijn-buurt, "my
 * reports") offers its own sign-in button beside the header's once it has rendered; both sign in and come back to
 * the page, so the first one (the header's) is taken, whichever has rendered by then.
 */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: /Inloggen|Sign in/ }).first().click();
  await page.waitForURL(/\/realms\/loket\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('loket-demo');
  await page.locator('#kc-login').click();
  await page.getByTestId('signed-in').waitFor({ timeout: 30_000 });
}
