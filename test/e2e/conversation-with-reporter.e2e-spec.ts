import { randomInt } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { databaseClient, ensureDemoUser, expectEventually, freePort, LoketServices, mailsTo, randomPlace, textMarker, tokenFor } from '@loket/testing';
import type { Browser } from 'playwright-core';
import { call } from './http-client';
import { expectAccessible, Gateway, launchChromium, openPage, PHONE, step } from './web/browser-kit';

interface CaseFile {
  id: string;
  status: string;
  version: number;
  sla: { dueAt: string; pausedAt: string | null };
  questions: { id: string; text: string; status: string; caseWaits: boolean; answers: { reportId: string; text: string }[] }[];
  timeline: { kind: string; details: Record<string, unknown> }[];
}
interface Tracking {
  reportId: string;
  questions: { questionId: string; text: string; answerBy: string; answeredAt: string | null }[];
}

/**
 * A conversation with the reporter, over the four services as processes, PostgreSQL, the shared Kafka broker (read
 * from now on), Keycloak and the mail sink. A professional asks the reporters of a case a question; the reporter who
 * gave an address and consent gets it by e-mail with their link, the anonymous one on their tracking page; the case
 * waits (SLA paused). One answers on the tracking page in Chromium at 360 px through the gateway, axe on every state
 * (their phone number removed on the way); the other answers by replying to the e-mail (through intake's mail door;
 * their out-of-office reply before it is not taken). The answers land
 * in the case file and the case goes on. A second question is left unanswered past its deadline: the case goes on
 * by itself. A late answer, a second answer and an answer to someone else's question are refused.
 */
jest.setTimeout(300_000);

describe('a professional asks the reporter, and the answer reaches the case', () => {
  let loket: LoketServices;
  let gateway: Gateway;
  let browser: Browser;
  let professional: string;
  let coordinator: string;
  const marker = textMarker();
  const email = `melder.${marker}@example.nl`;
  const phone = `06-${String(10_000_000 + randomInt(89_999_999))}`;
  const place = randomPlace();
  let smtpPort: number;

  beforeAll(async () => {
    smtpPort = await freePort();
    [loket] = await Promise.all([
      LoketServices.start({
        readyTimeoutMs: 180_000,
        env: {
          LOKET_QUESTION_DEADLINE_CHECK_MS: '2000',
          LOKET_MAIL_INTAKE: 'smtp',
          LOKET_MAIL_INTAKE_PORT: String(smtpPort),
          LOKET_MAIL_INTAKE_ADDRESS: 'meldingen@loket.localhost',
          LOKET_QUESTION_REPLY_ADDRESS: 'antwoord@loket.localhost',
        },
      }),
      ensureDemoUser('gemeente.stadsbeheer'),
    ]);
    [professional, coordinator, browser] = await Promise.all([tokenFor('gemeente.stadsbeheer'), tokenFor('coordinator'), launchChromium()]);
    gateway = await Gateway.start(loket);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
  }, 120_000);

  const caseUrl = (caseId: string) => `${loket.workbench.url}/api/v1/cases/${caseId}`;
  const caseFile = async (caseId: string) => {
    const response = await call<CaseFile>('GET', caseUrl(caseId), { token: professional });
    expect(response.status).toBe(200);
    return response.body;
  };
  const transition = async (caseId: string, body: Record<string, unknown>) => {
    const current = await caseFile(caseId);
    const response = await call('POST', `${caseUrl(caseId)}/transitions`, { token: professional, body: { ...body, expectedVersion: current.version } });
    expect(response.status).toBe(200);
  };
  const tracking = (code: string) => call<Tracking>('GET', `${loket.feedback.url}/api/v1/tracking/${code}`);

  it('asks by e-mail and on the tracking page, waits for the answer, and goes on with it or after the deadline', async () => {
    // A resident with an e-mail address reports; a second, anonymous one follows the same (public) case.
    const first = await call<{ reportId: string; trackingCode: string }>('POST', `${loket.intake.url}/api/v1/reports`, {
      body: { description: `Grofvuil en een kapotte kast naast de container (${marker})`, category: 'afval', location: place, contact: { email }, consentToContact: true },
    });
    expect(first.status).toBe(201);
    const caseId = await expectEventually(async () => {
      const decision = await call<{ caseId: string }>('GET', `${loket.routing.url}/api/v1/decisions/${first.body.reportId}`, { token: coordinator });
      expect(decision.status).toBe(200);
      return decision.body.caseId;
    }, { timeoutMs: 60_000 });
    const follower = await call<{ reportId: string; trackingCode: string }>('POST', `${loket.intake.url}/api/v1/reports`, { body: { follows: caseId } });
    expect(follower.status).toBe(201);
    await expectEventually(async () => expect((await call('GET', caseUrl(caseId), { token: professional })).status).toBe(200), { timeoutMs: 60_000 });
    await expectEventually(async () => expect((await tracking(follower.body.trackingCode)).status).toBe(200), { timeoutMs: 60_000 });
    const me = JSON.parse(Buffer.from(professional.split('.')[1]!, 'base64url').toString()).sub as string;
    await transition(caseId, { transition: 'assign', assignee: me });
    await transition(caseId, { transition: 'start' });

    // The question: the case waits, its SLA clock paused.
    const before = await caseFile(caseId);
    const asked = await call<{ id: string; caseWaits: boolean }>('POST', `${caseUrl(caseId)}/questions`, {
      token: professional,
      body: { text: `Staat de kast aan de kant van de speeltuin of van de weg? (${marker})`, waitDays: 3, expectedVersion: before.version },
    });
    expect(asked.status).toBe(201);
    expect(asked.body.caseWaits).toBe(true);
    const waiting = await caseFile(caseId);
    expect(waiting).toMatchObject({ status: 'waiting', sla: { pausedAt: expect.any(String) } });
    expect(waiting.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['reporter-question-asked']));

    // The reporter with an address and consent gets it by e-mail, with the link to answer.
    const mail = await expectEventually(async () => {
      const mails = (await mailsTo(email)).filter((m) => m.subject.startsWith('Een vraag over uw melding'));
      expect(mails).toHaveLength(1);
      return mails[0]!;
    }, { timeoutMs: 60_000 });
    expect(mail.text).toContain(`Staat de kast aan de kant van de speeltuin of van de weg? (${marker})`);
    const link = /\/api\/v1\/reporter-links\/([A-Za-z0-9._~-]+)/.exec(mail.text)?.[1];
    expect(link).toBeDefined();
    const viaLink = await call<Tracking['questions']>('GET', `${loket.feedback.url}/api/v1/reporter-links/${link}/questions`);
    expect(viaLink.status).toBe(200);
    expect(viaLink.body.map((q) => q.questionId)).toEqual([asked.body.id]);

    // The anonymous follower sees it on the tracking page and answers there, typing their phone number.
    const page = await expectEventually(async () => {
      const answer = await tracking(follower.body.trackingCode);
      expect(answer.body.questions.map((q) => q.questionId)).toEqual([asked.body.id]);
      return answer.body;
    }, { timeoutMs: 60_000 });
    expect(page.questions[0]).toMatchObject({ answeredAt: null, text: expect.stringContaining(marker) });
    const { context, page: browserPage } = await openPage(browser, { viewport: PHONE });
    try {
      await step(browserPage, 'answer-on-tracking-page', async () => {
        await browserPage.goto(`${gateway.url}/volgen/${follower.body.trackingCode}`);
        const questions = browserPage.getByRole('region', { name: 'Een vraag voor u' });
        await questions.waitFor({ timeout: 30_000 });
        expect(await questions.textContent()).toContain(marker);
        await expectAccessible(browserPage, 'tracking page with a question, 360 px');
        await browserPage.getByLabel('Uw antwoord').fill(`Aan de kant van de speeltuin. Bel me gerust: ${phone}`);
        await browserPage.getByRole('button', { name: 'Antwoord versturen' }).click();
        await questions.getByRole('status').waitFor({ timeout: 30_000 });
        expect(await questions.getByRole('status').textContent()).toMatch(/U hebt deze vraag beantwoord/);
        await expectAccessible(browserPage, 'tracking page, question answered, 360 px');
      });
    } finally {
      await context.close();
    }
    const answerUrl = `${loket.feedback.url}/api/v1/tracking/${follower.body.trackingCode}/questions/${asked.body.id}/answer`;
    expect((await call('POST', answerUrl, { body: { text: 'nog een keer' } })).status).toBe(409);
    expect((await call('POST', answerUrl, { body: { text: '' } })).status).toBe(400);

    // The answer lands in the case file without the number, and the case goes on.
    const resumed = await expectEventually(async () => {
      const file = await caseFile(caseId);
      expect(file.status).toBe('in_progress');
      return file;
    }, { timeoutMs: 60_000 });
    expect(resumed.sla.pausedAt).toBeNull();
    expect(resumed.questions[0]).toMatchObject({ id: asked.body.id, status: 'answered', caseWaits: false });
    expect(resumed.questions[0]!.answers).toEqual([{ reportId: follower.body.reportId, text: 'Aan de kant van de speeltuin. Bel me gerust: [telefoonnummer verwijderd]', answeredAt: expect.any(String) }]);
    expect(resumed.timeline.map((e) => e.kind)).toEqual(expect.arrayContaining(['reporter-answered']));

    // The reporter with the e-mail replies to it: their out-of-office first (not an answer), then their answer, the
    // quoted question and their signature left out.
    const replyTo = ((mail as unknown as { headers: Record<string, string> }).headers['reply-to'] ?? '').replace(/^.*<|>.*$/g, '');
    expect(replyTo).toMatch(/^antwoord\+[a-z2-7]{26}@loket\.localhost$/);
    const transport = createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    try {
      await transport.sendMail({
        from: email, to: replyTo, subject: 'Automatisch antwoord: Een vraag over uw melding',
        text: 'Ik ben tot maandag afwezig.', headers: { 'Auto-Submitted': 'auto-replied' },
      });
      await transport.sendMail({
        from: email,
        to: replyTo,
        subject: 'Re: Een vraag over uw melding',
        text: `Aan de kant van de weg, bij de lantaarnpaal (${marker}).\n\nGroet,\nPetra\n\nOp 5 dec. 2026 om 10:00 schreef Loket <noreply@loket.local>:\n> Degene die uw melding behandelt, heeft een vraag aan u:\n> Staat de kast aan de kant van de speeltuin of van de weg?`,
      });
    } finally {
      transport.close();
    }
    const byMail = await expectEventually(async () => {
      const file = await caseFile(caseId);
      expect(file.questions[0]!.answers).toHaveLength(2);
      return file.questions[0]!.answers.find((a) => a.reportId === first.body.reportId)!;
    }, { timeoutMs: 60_000 });
    expect(byMail.text).toBe(`Aan de kant van de weg, bij de lantaarnpaal (${marker}).`);
    expect((await tracking(follower.body.trackingCode)).body.questions[0]!.answeredAt).not.toBeNull();
    const workbenchDb = await databaseClient(loket.databaseOf('workbench'));
    try {
      expect(JSON.stringify((await workbenchDb.query('SELECT * FROM reporter_answers')).rows)).not.toContain(phone.slice(3));
      // A second question, unanswered past its deadline (moved into the past here): the case goes on by itself.
      const second = await call<{ id: string }>('POST', `${caseUrl(caseId)}/questions`, {
        token: professional,
        body: { text: 'Is de kast er nog?', waitDays: 1, expectedVersion: resumed.version },
      });
      expect(second.status).toBe(201);
      expect((await caseFile(caseId)).status).toBe('waiting');
      await workbenchDb.query(`UPDATE reporter_questions SET answer_by = now() - interval '1 minute' WHERE id = $1`, [second.body.id]);
      const wentOn = await expectEventually(async () => {
        const file = await caseFile(caseId);
        expect(file.status).toBe('in_progress');
        return file;
      }, { timeoutMs: 60_000 });
      expect(wentOn.questions.find((q) => q.id === second.body.id)).toMatchObject({ status: 'expired', caseWaits: false, answers: [] });
    } finally {
      await workbenchDb.end();
    }

    // A question of another case is not this reporter's to answer; an unknown code opens nothing.
    expect((await call('POST', `${loket.feedback.url}/api/v1/tracking/${first.body.trackingCode}/questions/00000000-0000-4000-8000-000000000000/answer`, { body: { text: 'x' } })).status).toBe(404);
    expect((await call('POST', `${loket.feedback.url}/api/v1/tracking/AAAA-BBBB-CCCC-DDDD-EEEE/questions/${asked.body.id}/answer`, { body: { text: 'x' } })).status).toBe(404);
  });
});
