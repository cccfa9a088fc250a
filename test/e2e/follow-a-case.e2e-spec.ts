import { randomUUID } from 'node:crypto';
import { databaseClient, expectEventually, LoketServices, mailsTo, randomPlace, textMarker, tokenFor } from '@loket/testing';
import { call } from './http-client';

interface PublicCase {
  caseId: string;
  category: string;
  subcategory?: string;
  status: string;
  description: string;
  lat: number;
  lon: number;
  reportCount: number;
  distanceMetres?: number;
}

/**
 * "Is it one of these?" and "follow instead of report", end to end: a first report opens a case, the public
 * nearby list shows it redacted, a neighbour follows it with an e-mail address, and both hear back at their own
 * level when a professional writes to the reporters and resolves it. A sensitive or closed case cannot be followed.
 */
jest.setTimeout(600_000);

describe('following an open case instead of reporting again', () => {
  let loket: LoketServices;
  let professional: string;
  let coordinator: string;
  const place = randomPlace();
  const annaEmail = `anna.${randomUUID().slice(0, 8)}@example.nl`;
  const bertEmail = `bert.${randomUUID().slice(0, 8)}@example.nl`;
  const phone = `06-${String(10_000_000 + Math.floor(Math.random() * 89_999_999))}`;
  const marker = textMarker();
  let caseId: string;
  let bertTrackingCode: string;
  let bertReportId: string;

  beforeAll(async () => {
    loket = await LoketServices.start();
    [professional, coordinator] = await Promise.all([tokenFor('gemeente.stadsbeheer'), tokenFor('coordinator')]);
  });
  afterAll(async () => {
    await loket?.stop();
    await loket?.dropDatabases();
  });

  const report = async (body: Record<string, unknown>) => {
    const response = await call<{ reportId: string; trackingCode: string }>('POST', `${loket.intake.url}/api/v1/reports`, { body });
    expect(response.status).toBe(201);
    return response.body;
  };
  // A fresh routing replays the shared broker's history first: on a busy machine that takes a while.
  const decisionOf = (reportId: string) =>
    expectEventually(async () => {
      const response = await call<{ kind: string; caseId: string; explanation: string }>('GET', `${loket.routing.url}/api/v1/decisions/${reportId}`, { token: coordinator });
      expect(response.status).toBe(200);
      return response.body;
    }, { timeoutMs: 420_000 });
  const transition = async (id: string, body: Record<string, unknown>, token = professional) => {
    const current = await call<{ version: number }>('GET', `${loket.workbench.url}/api/v1/cases/${id}`, { token });
    const response = await call<{ status: string }>('POST', `${loket.workbench.url}/api/v1/cases/${id}/transitions`, {
      token,
      body: { ...body, expectedVersion: current.body.version },
    });
    expect(response.status).toBe(200);
  };

  it('opens a case for the first report', async () => {
    const { reportId } = await report({
      description: `Grofvuil naast de container (${marker}), bel me op ${phone} of mail ${annaEmail}`,
      category: 'afval',
      subcategory: 'grofvuil',
      location: place,
      contact: { email: annaEmail },
    });
    const decision = await decisionOf(reportId);
    expect(decision.kind).toBe('routed');
    caseId = decision.caseId;
  });

  it('shows it nearby, redacted, to someone about to report the same', async () => {
    const nearby = await expectEventually(async () => {
      const response = await call<PublicCase[]>('GET', `${loket.routing.url}/api/v1/public/cases/nearby?lat=${place.lat + 0.0005}&lon=${place.lon}&category=grofvuil`);
      expect(response.status).toBe(200);
      expect(response.body.map((c) => c.caseId)).toContain(caseId);
      return response.body;
    });
    const shown = nearby.find((c) => c.caseId === caseId)!;
    expect(shown).toMatchObject({ category: 'afval', subcategory: 'grofvuil', status: 'new', reportCount: 1 });
    expect(shown.description).toContain(marker);
    expect(JSON.stringify(nearby)).not.toContain(phone);
    expect(JSON.stringify(nearby)).not.toContain(annaEmail);
    expect(shown.distanceMetres).toBeGreaterThan(40);
    expect(shown.distanceMetres).toBeLessThan(70);
    const otherKind = await call<PublicCase[]>('GET', `${loket.routing.url}/api/v1/public/cases/nearby?lat=${place.lat}&lon=${place.lon}&category=overlast`);
    expect(otherKind.body.map((c) => c.caseId)).not.toContain(caseId);
  });

  it('takes a follow with only an e-mail address and gives it a tracking code', async () => {
    ({ reportId: bertReportId, trackingCode: bertTrackingCode } = await report({ follows: caseId, contact: { email: bertEmail }, language: 'en' }));
    expect(bertTrackingCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/);
  });

  it('links the follow straight to that case, saying the reporter followed it', async () => {
    const decision = await decisionOf(bertReportId);
    expect(decision).toMatchObject({ kind: 'linked', caseId });
    expect(decision.explanation).toMatch(/^Followed by the reporter/);
    await expectEventually(async () => {
      const file = await call<{ reports: unknown[] }>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: professional });
      expect(file.body.reports).toHaveLength(2);
    }, { timeoutMs: 420_000 }); // a fresh workbench replays the broker's case history first
    const one = await call<PublicCase>('GET', `${loket.routing.url}/api/v1/public/cases/${caseId}`);
    expect(one.body.reportCount).toBe(2);
  });

  it('sends the follower a receipt with their own tracking code', async () => {
    await expectEventually(async () => {
      const texts = (await mailsTo(bertEmail)).map((m) => m.text).join('\n');
      expect(texts).toContain(bertTrackingCode);
    }, { timeoutMs: 120_000 });
  });

  it('tells both reporters, each at their own level, what the professional wrote for them and that it is resolved', async () => {
    const me = JSON.parse(Buffer.from(professional.split('.')[1]!, 'base64url').toString()).sub as string;
    await transition(caseId, { transition: 'assign', assignee: me });
    await transition(caseId, { transition: 'start' });
    const note = await call('POST', `${loket.workbench.url}/api/v1/cases/${caseId}/notes`, {
      token: professional,
      body: { visibility: 'reporter', text: `De container wordt morgen geleegd (${marker}).` },
    });
    expect(note.status).toBe(201);
    await transition(caseId, { transition: 'resolve', resolutionCode: 'solved' });
    for (const email of [annaEmail, bertEmail]) {
      await expectEventually(async () => {
        const texts = (await mailsTo(email)).map((m) => m.text).join('\n');
        expect(texts).toContain(`De container wordt morgen geleegd (${marker})`);
      }, { timeoutMs: 420_000 }); // a fresh feedback service replays the broker's history first
    }
    expect((await mailsTo(bertEmail)).map((m) => m.text).join('\n')).not.toContain(annaEmail);
    // The note's mail can go out before feedback has taken in the resolution that followed it: wait for it.
    await expectEventually(async () => {
      const tracking = await call<{ timeline: { stage: string }[] }>('GET', `${loket.feedback.url}/api/v1/tracking/${bertTrackingCode}`);
      expect(tracking.status).toBe(200);
      expect(tracking.body.timeline.map((step) => step.stage)).toContain('resolved');
    }, { timeoutMs: 120_000 });
  });

  it('refuses a follow that also describes a report of its own (400)', async () => {
    const response = await call<{ detail: string }>('POST', `${loket.intake.url}/api/v1/reports`, { body: { follows: caseId, description: 'ook bij mij', location: place } });
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/description, location/);
  });

  it('refuses to follow a sensitive case, a closed case or an unknown one (422), and stores nothing', async () => {
    const sensitive = await report({ description: `Zorgen om de buurman (${marker})`, category: 'zorg', subcategory: 'eenzaamheid', location: randomPlace() });
    const sensitiveCaseId = (await decisionOf(sensitive.reportId)).caseId;
    const hidden = await call('GET', `${loket.routing.url}/api/v1/public/cases/${sensitiveCaseId}`);
    expect(hidden.status).toBe(404);

    await transition(caseId, { transition: 'close' });
    await expectEventually(async () => expect((await call('GET', `${loket.routing.url}/api/v1/public/cases/${caseId}`)).status).toBe(404));

    const intakeDb = await databaseClient(loket.databaseOf('intake'));
    const storedFollows = async () => Number((await intakeDb.query(`SELECT count(*) AS n FROM reports WHERE kind = 'follow'`)).rows[0].n);
    const followsBefore = await storedFollows();
    for (const target of [sensitiveCaseId, caseId, randomUUID()]) {
      const response = await call<{ type: string; detail: string }>('POST', `${loket.intake.url}/api/v1/reports`, { body: { follows: target, contact: { email: bertEmail } } });
      expect({ target, status: response.status }).toEqual({ target, status: 422 });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.detail).toContain('only open cases shown on the public map can be');
    }
    expect(await storedFollows()).toBe(followsBefore);
    await intakeDb.end();
    const nearby = await call<PublicCase[]>('GET', `${loket.routing.url}/api/v1/public/cases/nearby?lat=${place.lat}&lon=${place.lon}&category=afval`);
    expect(nearby.body.map((c) => c.caseId)).not.toContain(caseId);
  });
});
