import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { databaseClient, expectEventually, LoketServices, tokenFor } from '@loket/testing';
import { SCREENSHOT_DIR } from './browser-kit';

/** Screenshots of every journey step (not only failed ones), as artefacts under tmp/e2e-web/werkbank/. */
export async function snapshot(page: Page, name: string): Promise<void> {
  const dir = join(SCREENSHOT_DIR, 'werkbank');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Signs in through Keycloak's own login page (OIDC code flow with PKCE), starting from a page that asks for it. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: /^(Inloggen|Sign in)$/ }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('loket-demo');
  await page.locator('#kc-login').click();
}

export interface SubmittedReport {
  reportId: string;
  trackingCode: string;
  caseId: string;
}

/**
 * A resident's report over the intake API (with photos: multipart, as the report form sends it), and the case
 * routing put it in, once the workbench has it.
 */
export async function submitReport(loket: LoketServices, body: Record<string, unknown>, photos: Buffer[] = []): Promise<SubmittedReport> {
  let init: RequestInit = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  if (photos.length > 0) {
    const form = new FormData();
    form.set('report', JSON.stringify(body));
    photos.forEach((photo, n) => form.append('photos', new Blob([photo], { type: 'image/jpeg' }), `photo-${n + 1}.jpg`));
    init = { method: 'POST', body: form };
  }
  const response = await fetch(`${loket.intake.url}/api/v1/reports`, init);
  expect(response.status).toBe(201);
  const submitted = (await response.json()) as { reportId: string; trackingCode: string };
  const coordinator = await tokenFor('coordinator');
  const caseId = await expectEventually(async () => {
    const decision = await fetch(`${loket.routing.url}/api/v1/decisions/${submitted.reportId}`, { headers: { authorization: `Bearer ${coordinator}` } });
    expect(decision.status).toBe(200);
    return ((await decision.json()) as { caseId: string }).caseId;
  }, { timeoutMs: 180_000 }); // a fresh consumer group first reads the shared broker's history
  // The workbench has it once the report is in the case there. Read in its database: no one person may read every
  // case any more (a coordinator reaches only what triage needs), and which organisation holds it is the test's to see.
  const workbench = await databaseClient(loket.databaseOf('workbench'));
  try {
    await expectEventually(async () => {
      const { rowCount } = await workbench.query('SELECT 1 FROM case_reports WHERE case_id = $1 AND report_id = $2', [caseId, submitted.reportId]);
      expect(rowCount).toBe(1);
    }, { timeoutMs: 180_000 });
  } finally {
    await workbench.end();
  }
  return { ...submitted, caseId };
}
