import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { databaseClient, expectEventually, LoketServices, tokenFor } from '@loket/testing';
import { call } from '../http-client';
import { axeLog, expectAccessible, Gateway, launchChromium, openPage, PHONE, SCREENSHOT_DIR, step } from './browser-kit';
import { describeProblem, dropPin, openFileChooserByKeyboard, signIn, submitAndReadCode, tabTo } from './journey-steps';
import { signIn as signInFromPage } from './werkbank-kit';

/**
 * What a resident's report must survive, in real Chromium against the real services: a photo taken with GPS in
 * its EXIF comes to the professional without it; a 30 MB photo, a text file named .jpg, a damaged JPEG and a
 * fourth photo are refused with a clear message in Dutch and in English (never the service's English wording in
 * Dutch), and nothing is stored half; script in the description stays text everywhere; consent to be contacted
 * by a professional only when ticked; the privacy statement; "my reports" of a signed-in resident, which no one
 * else sees. On a 360 px phone, on a desktop, with only a keyboard; axe on every page and state.
 */
jest.setTimeout(300_000);

const run = randomUUID().slice(0, 8);
const MB = 1024 * 1024;

/** A real JPEG as a phone makes it: camera make and model and the GPS position in its EXIF. */
async function phoneJpeg(shade: string): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: shade } })
    .jpeg()
    .withExif({ IFD0: { Make: 'LoketTestCam', Model: 'Safeguards' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '4/1 53/1 4200/100' } })
    .toBuffer();
}

const file = (name: string, buffer: Buffer, mimeType = 'image/jpeg') => ({ name, mimeType, buffer });

/**
 * A 30 MB "photo" (a JPEG's first bytes, then zeros) as a file on disk, as a phone's gallery would offer it: the
 * browser reads it from there (sending 30 MB of bytes through the driver instead times out on a busy machine).
 */
function thirtyMegabytePhoto(name: string): string {
  const dir = join(SCREENSHOT_DIR, `fixtures-${run}`);
  mkdirSync(dir, { recursive: true });
  const big = Buffer.alloc(30 * MB, 0);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(big);
  const path = join(dir, name);
  writeFileSync(path, big);
  return path;
}

/** The report's case, as a coordinator finds it (routing's decision) once the feedback service knows the code. */
async function caseOf(loket: LoketServices, trackingCode: string): Promise<{ reportId: string; caseId: string }> {
  const { reportId } = await expectEventually(async () => {
    const answer = await call<{ reportId: string }>('GET', `${loket.feedback.url}/api/v1/tracking/${trackingCode}`);
    expect(answer.status).toBe(200);
    return answer.body;
  }, { timeoutMs: 120_000 });
  const coordinator = await tokenFor('coordinator');
  const caseId = await expectEventually(async () => {
    const decision = await call<{ caseId: string }>('GET', `${loket.routing.url}/api/v1/decisions/${reportId}`, { token: coordinator });
    expect(decision.status).toBe(200);
    return decision.body.caseId;
  }, { timeoutMs: 120_000 });
  return { reportId, caseId };
}

/** How many reports intake stored whose description holds `marker` (and how many photos they have). */
async function storedReports(loket: LoketServices, marker: string): Promise<{ reports: number; photos: number }> {
  const db = await databaseClient(loket.databaseOf('intake'));
  try {
    const result = await db.query<{ reports: string; photos: string }>(
      `SELECT count(DISTINCT r.id) AS reports, count(p.id) AS photos FROM reports r LEFT JOIN report_photos p ON p.report_id = r.id WHERE r.description LIKE $1`,
      [`%${marker}%`],
    );
    return { reports: Number(result.rows[0]!.reports), photos: Number(result.rows[0]!.photos) };
  } finally {
    await db.end();
  }
}

async function pickPhotos(page: Page, files: ReturnType<typeof file>[] | string[]): Promise<void> {
  await page.locator('#photos').setInputFiles(files);
}

async function photoProblems(page: Page): Promise<string> {
  return (await page.getByTestId('photo-problems').textContent()) ?? '';
}

describe('a resident’s report: photos without EXIF, bad input refused clearly, privacy, my reports', () => {
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;

  beforeAll(async () => {
    [loket, browser] = await Promise.all([LoketServices.start({ readyTimeoutMs: 150_000 }), launchChromium()]);
    gateway = await Gateway.start(loket);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
    rmSync(join(SCREENSHOT_DIR, `fixtures-${run}`), { recursive: true, force: true });
    process.stdout.write(`axe: ${axeLog.length} states checked, ${axeLog.reduce((n, a) => n + a.violations, 0)} violations\n`);
  });

  it('on a 360 px phone: a report with a pin and a photo with GPS; the professional downloads it without any EXIF; consent stays off unless ticked', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    const marker = `foto-${run}`;
    try {
      const code = await step(page, 'safeguards-photo-report', async () => {
        await page.goto(gateway.url);
        await page.getByRole('heading', { level: 1, name: 'Doe een melding' }).waitFor();
        await describeProblem(page, `Kapotte bank en matras naast de container bij het speelveld (${marker})`);
        await dropPin(page, -90);
        const photo = await phoneJpeg('#7a5c3e');
        expect((await sharp(photo).metadata()).exif).toBeDefined(); // the photo as taken does carry EXIF with GPS
        await pickPhotos(page, [file('IMG_0042.jpg', photo)]);
        await page.getByRole('button', { name: 'Verwijder IMG_0042.jpg' }).waitFor();
        const consent = page.getByLabel('Een medewerker mag contact met mij opnemen over deze melding');
        expect(await consent.isChecked()).toBe(false);
        await page.getByLabel('E-mailadres (niet verplicht)').fill(`foto.${run}@example.nl`);
        await expectAccessible(page, 'report form with a photo, 360 px');
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
        return submitAndReadCode(page);
      });
      const { reportId, caseId } = await caseOf(loket, code);
      const professional = await tokenFor('gemeente.stadsbeheer');
      const photos = await expectEventually(async () => {
        const file = await call<{ reports: { reportId: string; photos: { photoId: string }[] }[] }>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: professional });
        expect(file.status).toBe(200);
        const report = file.body.reports.find((r) => r.reportId === reportId)!;
        expect(report.photos).toHaveLength(1);
        return report.photos;
      }, { timeoutMs: 120_000 });
      const download = await fetch(`${loket.workbench.url}/api/v1/cases/${caseId}/reports/${reportId}/photos/${photos[0]!.photoId}`, {
        headers: { authorization: `Bearer ${professional}` },
      });
      expect(download.status).toBe(200);
      const stored = Buffer.from(await download.arrayBuffer());
      const metadata = await sharp(stored).metadata();
      expect(metadata.format).toBe('jpeg');
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(stored.includes(Buffer.from('LoketTestCam'))).toBe(false);
      expect(stored.includes(Buffer.from('GPS'))).toBe(false);
      // Consent to be contacted by a professional was not ticked: the organisation holding the case sees "no".
      const reporters = await expectEventually(async () => {
        const answer = await call<{ reportId: string; professionalContactConsent: boolean; contactDetailsHeld: boolean }[]>(
          'GET', `${loket.feedback.url}/api/v1/cases/${caseId}/reporters`, { token: professional },
        );
        expect(answer.status).toBe(200);
        expect(answer.body.find((r) => r.reportId === reportId)).toBeDefined();
        return answer.body;
      }, { timeoutMs: 120_000 });
      expect(reporters.find((r) => r.reportId === reportId)).toMatchObject({ professionalContactConsent: false, contactDetailsHeld: true });
      expect(await storedReports(loket, marker)).toEqual({ reports: 1, photos: 1 });
    } finally {
      await context.close();
    }
  });

  it('on a 360 px phone in Dutch: no place, a 30 MB photo, a text file named .jpg, a fourth photo and a damaged JPEG each get a clear message; nothing is stored half; script stays text', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    const marker = `slecht-${run}`;
    const script = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> Afval en een kapotte kast naast de container (${marker})`;
    try {
      await step(page, 'safeguards-bad-input-nl', async () => {
        await page.goto(gateway.url);
        await page.getByRole('heading', { level: 1, name: 'Doe een melding' }).waitFor();
        await describeProblem(page, script);
        // no place
        await page.getByRole('button', { name: 'Melding versturen' }).click();
        await page.getByTestId('form-faults').waitFor();
        expect(await page.getByTestId('form-faults').textContent()).toContain('Kies op de kaart waar het is, gebruik uw locatie of zoek een adres.');
        await expectAccessible(page, 'report form, no place, 360 px');
        await dropPin(page, 60);
        // a 30 MB photo: refused in the browser, before a byte is sent
        await pickPhotos(page, [thirtyMegabytePhoto('groot.jpg')]);
        await expectEventually(async () => expect(await photoProblems(page)).toContain('groot.jpg is groter dan 10 MB.'));
        await expectAccessible(page, 'report form, 30 MB photo refused, 360 px');
        // a text file named .jpg: refused by its content
        await pickPhotos(page, [file('vakantie.jpg', Buffer.from('Dit is geen foto maar een tekstbestand.\n'))]);
        await expectEventually(async () => expect(await photoProblems(page)).toContain('vakantie.jpg is geen foto (JPEG, PNG of HEIC).'));
        await expectAccessible(page, 'report form, text file refused, 360 px');
        // four photos at once: three are taken, the fourth is refused
        const four = await Promise.all(['#aa3333', '#33aa33', '#3333aa', '#aaaa33'].map(async (shade, i) => file(`foto-${i + 1}.jpg`, await phoneJpeg(shade))));
        await pickPhotos(page, four);
        await expectEventually(async () => expect(await photoProblems(page)).toContain("U kunt maximaal 3 foto's toevoegen."));
        expect(await page.getByRole('button', { name: /^Verwijder foto-\d\.jpg$/ }).count()).toBe(3);
        expect(await page.locator('#photos').isDisabled()).toBe(true);
        await expectAccessible(page, 'report form, fourth photo refused, 360 px');
        for (const name of ['foto-1.jpg', 'foto-2.jpg', 'foto-3.jpg']) await page.getByRole('button', { name: `Verwijder ${name}` }).click();
        // a damaged JPEG: it starts like one, so only intake can tell; its refusal is in Dutch, and nothing is kept
        const damaged = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(4096)]);
        await pickPhotos(page, [file('kapot.jpg', damaged)]);
        await page.getByRole('button', { name: 'Verwijder kapot.jpg' }).waitFor();
        await page.getByRole('button', { name: 'Melding versturen' }).click();
        const refused = page.getByTestId('report-refused');
        await refused.waitFor({ timeout: 30_000 });
        const text = (await refused.textContent()) ?? '';
        expect(text).toContain('Uw melding is niet verstuurd');
        expect(text).toContain('Een van de bestanden is geen foto die we kunnen openen');
        expect(text).toContain('Er is niets van deze melding bewaard');
        expect(text).not.toMatch(/photo|cannot be read|damaged/i);
        await expectAccessible(page, 'report form, damaged photo refused by intake, 360 px');
        expect(await storedReports(loket, marker)).toEqual({ reports: 0, photos: 0 });
        // fixed: the report goes, the script in it is text and never runs
        await page.getByRole('button', { name: 'Verwijder kapot.jpg' }).click();
        expect(await page.getByLabel('Beschrijf wat u ziet').inputValue()).toBe(script);
        await submitAndReadCode(page);
        expect(await storedReports(loket, marker)).toEqual({ reports: 1, photos: 0 });
        expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
      });
      const { caseId } = await caseOf(loket, (await page.getByTestId('tracking-code').textContent())!);
      await step(page, 'safeguards-script-in-case-file', async () => {
        // the professional's case file shows the description as the resident typed it: text, not markup
        await page.goto(`${gateway.url}/werkbank/cases/${caseId}`);
        await signInFromPage(page, 'gemeente.stadsbeheer');
        await page.getByText(`<script>window.__pwned=2</script> Afval en een kapotte kast`, { exact: false }).first().waitFor({ timeout: 60_000 });
        expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
        expect(await page.locator('main img[src="x"]').count()).toBe(0);
      });
    } finally {
      await context.close();
    }
  });

  it('in English on a desktop: the same refusals in English, and consent to professional contact sent when ticked', async () => {
    const { context, page } = await openPage(browser, { locale: 'en-GB' });
    const marker = `english-${run}`;
    try {
      const code = await step(page, 'safeguards-bad-input-en', async () => {
        await page.goto(gateway.url);
        await page.getByRole('button', { name: 'Switch to English' }).click();
        await page.getByRole('heading', { level: 1, name: 'Make a report' }).waitFor();
        await describeProblem(page, `Someone dumped a broken wardrobe next to the container (${marker})`);
        await page.getByRole('button', { name: 'Send report' }).click();
        await page.getByTestId('form-faults').waitFor();
        expect(await page.getByTestId('form-faults').textContent()).toContain('Choose on the map where it is');
        await dropPin(page, 150);
        await pickPhotos(page, [thirtyMegabytePhoto('huge.jpg')]);
        await expectEventually(async () => expect(await photoProblems(page)).toContain('huge.jpg is larger than 10 MB.'));
        await pickPhotos(page, [file('notes.jpg', Buffer.from('just some text'))]);
        await expectEventually(async () => expect(await photoProblems(page)).toContain('notes.jpg is not a photo (JPEG, PNG or HEIC).'));
        await expectAccessible(page, 'report form, English, photos refused');
        // the server refuses a malformed address: in English words of Loket's own, linking to the field
        await page.getByLabel('E-mail address (optional)').fill('not-an-address');
        await page.getByLabel('A member of staff may contact me about this report').check();
        await page.getByRole('button', { name: 'Send report' }).click();
        const refused = page.getByTestId('report-refused');
        await refused.waitFor({ timeout: 30_000 });
        expect(await refused.textContent()).toContain('Enter a valid e-mail address');
        expect(await refused.textContent()).not.toContain('must be an email');
        await expectAccessible(page, 'report form, English, refused by intake');
        expect(await storedReports(loket, marker)).toEqual({ reports: 0, photos: 0 });
        await refused.getByRole('link', { name: /Enter a valid e-mail address/ }).click();
        expect(await page.evaluate<string>('document.activeElement?.getAttribute("type") ?? ""')).toBe('email');
        await page.getByLabel('E-mail address (optional)').fill(`english.${run}@example.nl`);
        return submitAndReadCode(page);
      });
      const { reportId, caseId } = await caseOf(loket, code);
      const professional = await tokenFor('gemeente.stadsbeheer');
      await expectEventually(async () => {
        const answer = await call<{ reportId: string; professionalContactConsent: boolean }[]>('GET', `${loket.feedback.url}/api/v1/cases/${caseId}/reporters`, { token: professional });
        expect(answer.status).toBe(200);
        expect(answer.body.find((r) => r.reportId === reportId)).toMatchObject({ professionalContactConsent: true });
      }, { timeoutMs: 120_000 });
    } finally {
      await context.close();
    }
  });

  it('with only a keyboard: description, pin, a photo from the file chooser, consent, send', async () => {
    const { context, page } = await openPage(browser);
    const marker = `toetsenbord-${run}`;
    try {
      await step(page, 'safeguards-keyboard', async () => {
        await page.goto(gateway.url);
        await page.getByRole('heading', { level: 1, name: 'Doe een melding' }).waitFor();
        await tabTo(page, '#description textarea');
        await page.keyboard.type(`Kapotte lantaarnpaal, de straatverlichting bij het pleintje doet het al dagen niet (${marker})`);
        await expectEventually(async () => expect(await page.getByTestId('category-chosen').textContent()).toMatch(/Gekozen: \S+/));
        await tabTo(page, '[data-testid=map]');
        for (const key of ['ArrowUp', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
        await tabTo(page, '[data-testid=pin-here]');
        await page.keyboard.press('Enter');
        await expectEventually(async () => expect(await page.getByTestId('chosen-place').textContent()).toMatch(/Gekozen plek: \d+\.\d{5}/));
        const chooser = await openFileChooserByKeyboard(page, '#photos'); // Tab to it, then Space
        await chooser.setFiles([file('IMG_0100.jpg', await phoneJpeg('#225588'))]);
        await page.getByRole('button', { name: 'Verwijder IMG_0100.jpg' }).waitFor();
        await tabTo(page, 'input[type=checkbox]#professional-contact, #professional-contact input[type=checkbox]');
        await page.keyboard.press('Space');
        expect(await page.getByLabel('Een medewerker mag contact met mij opnemen over deze melding').isChecked()).toBe(true);
        await expectAccessible(page, 'report form, keyboard, photo and consent');
        await tabTo(page, 'button[type=submit]');
        await page.keyboard.press('Enter');
        await page.getByTestId('tracking-code').waitFor({ timeout: 30_000 });
        expect(await storedReports(loket, marker)).toEqual({ reports: 1, photos: 1 });
      });
    } finally {
      await context.close();
    }
  });

  it('the privacy statement, from the footer, on a phone in Dutch and in English: what is kept, for how long, who sees it', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    try {
      await step(page, 'safeguards-privacy', async () => {
        await page.goto(gateway.url);
        await page.getByRole('contentinfo').getByRole('link', { name: 'Lees de privacyverklaring' }).click();
        await page.getByRole('heading', { level: 1, name: 'Privacyverklaring' }).waitFor();
        await expectEventually(async () => expect(await page.getByTestId('privacy-how-long').textContent()).toMatch(/worden 180 dagen nadat de melding is afgesloten verwijderd/));
        for (const heading of ['Wat we bewaren', 'Hoe lang', 'Wie het ziet', 'Wat u zelf kunt doen']) await page.getByRole('heading', { level: 2, name: heading }).waitFor();
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
        await expectAccessible(page, 'privacy statement, 360 px');
        await page.getByRole('button', { name: 'Switch to English' }).click();
        await page.getByRole('heading', { level: 1, name: 'Privacy statement' }).waitFor();
        expect(await page.getByTestId('privacy-how-long').textContent()).toMatch(/removed 180 days after the report is closed/);
        await expectAccessible(page, 'privacy statement, English, 360 px');
        // and from the form itself
        await page.goto(gateway.url);
        expect(await page.getByRole('link', { name: /privacy statement/i }).first().getAttribute('href')).toBe('/privacy');
      });
    } finally {
      await context.close();
    }
  });

  it('my reports: a signed-in resident sees their own report with its status; another person never does', async () => {
    const { context, page } = await openPage(browser, { viewport: PHONE });
    const marker = `mijn-${run}`;
    try {
      const code = await step(page, 'safeguards-my-reports-empty', async () => {
        await page.goto(`${gateway.url}/mijn-meldingen`);
        await page.getByRole('heading', { level: 1, name: 'Mijn meldingen' }).waitFor();
        await expectAccessible(page, 'my reports, signed out, 360 px');
        await page.goto(gateway.url);
        await signIn(page, 'bewoner');
        await describeProblem(page, `Zwerfvuil en glas op het fietspad bij de brug (${marker})`);
        await dropPin(page, -30);
        return submitAndReadCode(page);
      });
      const { reportId } = await caseOf(loket, code);
      await step(page, 'safeguards-my-reports', async () => {
        await page.getByRole('link', { name: 'U vindt deze melding ook terug onder Mijn meldingen' }).waitFor();
        await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn meldingen' }).click();
        await page.getByRole('heading', { level: 1, name: 'Mijn meldingen' }).waitFor();
        const hint = code.split('-').pop()!;
        const item = page.getByTestId('my-report').filter({ hasText: hint });
        await item.waitFor({ timeout: 30_000 });
        expect(await item.getByTestId('my-report-status').textContent()).toMatch(/^(Ontvangen|In behandeling)/);
        await expectAccessible(page, 'my reports, one report, 360 px');
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
        await item.getByRole('link').click();
        await page.getByTestId('tracking').waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('tracking-status').textContent()).toMatch(/Ontvangen|In behandeling/);
        await expectAccessible(page, 'my report, tracking view, 360 px');
      });
      // Another person, through the same API: not in their list, and the report itself is not found.
      const volunteer = await tokenFor('vrijwilliger');
      const theirs = await call<{ reports: { reportId: string }[] }>('GET', `${loket.feedback.url}/api/v1/my-reports`, { token: volunteer });
      expect(theirs.status).toBe(200);
      expect(theirs.body.reports.map((r) => r.reportId)).not.toContain(reportId);
      expect((await call('GET', `${loket.feedback.url}/api/v1/my-reports/${reportId}`, { token: volunteer })).status).toBe(404);
      expect((await call('GET', `${loket.feedback.url}/api/v1/my-reports`)).status).toBe(401);
      expect((await call('GET', `${loket.feedback.url}/api/v1/my-reports`, { token: await tokenFor('gemeente.stadsbeheer') })).status).toBe(403);
      const own = await call<{ reports: { reportId: string }[] }>('GET', `${loket.feedback.url}/api/v1/my-reports`, { token: await tokenFor('bewoner') });
      expect(own.body.reports.map((r) => r.reportId)).toContain(reportId);
    } finally {
      await context.close();
    }
  });

  it('axe found nothing on any page or state', () => {
    expect(axeLog.filter((entry) => entry.violations > 0)).toEqual([]);
    expect(axeLog.length).toBeGreaterThanOrEqual(12);
  });
});
