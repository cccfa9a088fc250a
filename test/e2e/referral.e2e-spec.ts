import { randomUUID } from 'node:crypto';
import { Topics } from '@loket/contracts';
import { expectEventually, KafkaProbe, LoketServices, randomPlace, tokenFor } from '@loket/testing';
import { allListedCaseIds, allListedCases, call } from './http-client';

interface CaseView {
  id: string;
  organisation: string;
  team: string;
  status: string;
  version: number;
  allowedTransitions: string[];
  referral?: { fromOrganisation: string; toOrganisation: string | null; reason: string } | null;
}
interface CaseFile extends CaseView {
  timeline: { kind: string; details: Record<string, unknown> }[];
  notes: { text: string }[];
}

/**
 * Referral, all the way: a professional of the municipality refers a case to the police with a reason; routing
 * decides the team, the workbench moves the case; the police sees it with the reason, the municipality keeps
 * reading its history up to the referral but can no longer act, and the reporter sees "referred".
 */
describe('a case referred from the municipality to the police', () => {
  let loket: LoketServices;
  let probe: KafkaProbe;
  let municipality: string;
  let police: string;
  let caseId: string;
  let trackingCode: string;
  const reason = `Signalen van drugshandel bij het grofvuil (${randomUUID().slice(0, 8)})`;
  const internalNote = `Intern: container al drie keer geleegd (${randomUUID().slice(0, 8)})`;
  const cases = () => `${loket.workbench.url}/api/v1/cases`;

  beforeAll(async () => {
    [loket, probe] = await Promise.all([
      LoketServices.start(),
      KafkaProbe.start([Topics.CaseReferredV1, Topics.CaseReassignedV1]),
    ]);
    [municipality, police] = await Promise.all([tokenFor('gemeente.stadsbeheer'), tokenFor('politie.wijkagent')]);
  });
  afterAll(async () => {
    await probe?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
  });

  it('opens a case at the municipality for a report', async () => {
    const report = await call<{ reportId: string; trackingCode: string }>('POST', `${loket.intake.url}/api/v1/reports`, {
      body: {
        description: `Grofvuil en spuiten naast de container (${randomUUID().slice(0, 8)})`,
        category: 'afval',
        subcategory: 'grofvuil',
        location: randomPlace(),
        contact: { email: `referral.${randomUUID().slice(0, 8)}@example.nl` },
      },
    });
    expect(report.status).toBe(201);
    trackingCode = report.body.trackingCode;
    const coordinator = await tokenFor('coordinator');
    caseId = await expectEventually(async () => {
      const decision = await call<{ caseId: string }>(
        'GET', `${loket.routing.url}/api/v1/decisions/${report.body.reportId}`, { token: coordinator },
      );
      expect(decision.status).toBe(200);
      return decision.body.caseId;
    });
    const file = await expectEventually(async () => {
      const response = await call<CaseFile>('GET', `${cases()}/${caseId}`, { token: municipality });
      expect(response.status).toBe(200);
      return response.body;
    });
    expect(file).toMatchObject({ organisation: 'municipality', status: 'new' });
    expect(file.allowedTransitions).toContain('refer');
    const note = await call('POST', `${cases()}/${caseId}/notes`, {
      token: municipality,
      body: { visibility: 'internal', text: internalNote },
    });
    expect(note.status).toBe(201);
  });

  it('refers the case to the police with a reason, and answers 400 without one', async () => {
    const current = await call<CaseView>('GET', `${cases()}/${caseId}`, { token: municipality });
    const refer = (body: Record<string, unknown>) =>
      call<CaseView>('POST', `${cases()}/${caseId}/transitions`, {
        token: municipality,
        body: { transition: 'refer', organisation: 'police', expectedVersion: current.body.version, ...body },
      });

    expect((await refer({})).status).toBe(400);
    const referred = await refer({ reason });
    expect(referred.status).toBe(200);
    expect(referred.body).toMatchObject({ status: 'referred', version: current.body.version + 1 });
  });

  it('lets routing decide the police team and publishes case.reassigned', async () => {
    const reassigned = await expectEventually(() => {
      const message = probe.messages.find((m) => m.topic === Topics.CaseReassignedV1 && m.value.includes(caseId));
      expect(message).toBeDefined();
      return JSON.parse(message!.value) as { payload: Record<string, unknown> };
    }, { timeoutMs: 60_000 });
    expect(reassigned.payload).toMatchObject({ caseId, fromOrganisation: 'municipality', organisation: 'police', reason });
  });

  it('shows the case to the police in its list and its file, with the referral reason', async () => {
    const item = await expectEventually(async () => {
      const found = (await allListedCases<CaseView>(loket.workbench.url, police)).find((c) => c.id === caseId);
      expect(found).toBeDefined();
      return found!;
    }, { timeoutMs: 60_000 });
    expect(item).toMatchObject({ organisation: 'police', status: 'new', referral: { fromOrganisation: 'municipality', reason } });
    const file = await call<CaseFile>('GET', `${cases()}/${caseId}`, { token: police });
    expect(file.status).toBe(200);
    expect(JSON.stringify(file.body.timeline)).toContain(reason);
    expect(JSON.stringify(file.body)).not.toContain(internalNote);

    const claimed = await call<CaseView>('POST', `${cases()}/${caseId}/transitions`, {
      token: police,
      body: { transition: 'assign', expectedVersion: file.body.version },
    });
    expect(claimed.status).toBe(200);
  });

  it('lets the municipality read the history up to the referral, but not act or see what came after', async () => {
    const file = await call<CaseFile>('GET', `${cases()}/${caseId}`, { token: municipality });
    expect(file.status).toBe(200);
    expect(file.body).toMatchObject({ organisation: 'municipality', status: 'referred', allowedTransitions: [] });
    expect(file.body.notes.map((n) => n.text)).toContain(internalNote);
    const transitions = file.body.timeline.map((t) => t.details['transition']).filter(Boolean);
    expect(transitions).toEqual(['refer']);

    const act = await call('POST', `${cases()}/${caseId}/transitions`, {
      token: municipality,
      body: { transition: 'assign', expectedVersion: file.body.version + 2 },
    });
    expect(act.status).toBe(404);
    const note = await call('POST', `${cases()}/${caseId}/notes`, {
      token: municipality,
      body: { visibility: 'internal', text: 'Nog iets' },
    });
    expect(note.status).toBe(404);
    expect(await allListedCaseIds(loket.workbench.url, municipality)).not.toContain(caseId);
  });

  it('tells the reporter on the tracking page that the report was referred', async () => {
    await expectEventually(async () => {
      const page = await call<{ timeline: { stage: string }[] }>('GET', `${loket.feedback.url}/api/v1/tracking/${trackingCode}`);
      expect(page.status).toBe(200);
      expect(page.body.timeline.map((s) => s.stage)).toContain('referred');
    }, { timeoutMs: 60_000 });
  });
});
