import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseReferred, ReportSubmitted, Topics } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, KafkaProbe, publishEvent, randomPlace, startGroupsAtTheEnd, testEnvironment, tokenFor } from '@loket/testing';
import { CaseReassignmentRecord } from '../referral/case-reassignment.entity';
import { routingConfigFromEnv } from '../routing.config';
import { routingModule } from '../routing.module';

/** A coordinator re-routes a case on routing: the policy or the coordinator decides, a referral it overtook is dropped. */
describe('coordinator re-route (real PostgreSQL and Kafka)', () => {
  const run = randomBytes(4).toString('hex');
  const config = routingConfigFromEnv({
    ...process.env,
    LOKET_ROUTING_DB_NAME: `loket_reroute_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-routing-reroute-${run}`,
  });
  let routing: INestApplication;
  let url: string;
  let coordinator: string;
  let probe: KafkaProbe;

  beforeAll(async () => {
    // Only this file's reports: the insights figures below count every case in this database.
    await startGroupsAtTheEnd(testEnvironment().kafkaBrokers, [config.messaging.groupId]);
    routing = await startService({ service: 'routing', title: 'routing', module: routingModule(config), host: '127.0.0.1', port: 0, logLevel: 'warn', beforeListen: connectEventConsumers });
    url = (await routing.getUrl()).replace('[::1]', '127.0.0.1');
    coordinator = await tokenFor('coordinator');
    probe = await KafkaProbe.start([Topics.CaseReassignedV1]);
  });
  afterAll(async () => {
    await probe?.stop();
    await routing?.close();
    await dropDatabase(config.database);
  });

  const api = async (path: string, body?: unknown, token = coordinator) => {
    const response = await fetch(`${url}/api/v1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const reassignmentsOf = (caseId: string) =>
    routing.get(DataSource).getRepository(CaseReassignmentRecord).find({ where: { caseId }, order: { reassignedAt: 'ASC' } });
  /** Submits a report as intake publishes it and waits for routing's decision on it. */
  const routedReport = async (description: string, category: { main: string; sub?: string } | null) => {
    const reportId = randomUUID();
    await publishEvent(ReportSubmitted, {
      reportId,
      reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
      description: `${description} (${run})`,
      category,
      location: randomPlace(),
      submittedAt: new Date().toISOString(),
      reporterTier: 'resident',
      channel: 'web',
    });
    return expectEventually(async () => {
      const decision = await api(`/decisions/${reportId}`);
      expect(decision.status).toBe(200);
      return decision.body as { caseId: string; explanation: string; outcome: { organisation: string; team: string } };
    }, { timeoutMs: 60_000 });
  };

  it('re-routes to a team, refuses what the policy already decided, and drops a referral the re-route overtook', async () => {
    const referredBefore = new Date().toISOString();
    const { caseId, outcome } = await routedReport('Grofvuil naast de container', { main: 'afval', sub: 'grofvuil' });

    const again = await api(`/cases/${caseId}/reroute`, { reason: 'Nog eens door het beleid' });
    expect(again).toMatchObject({ status: 409, body: { type: expect.stringContaining('already-routed-there') } });
    expect((await api(`/cases/${caseId}/reroute`, { team: 'ondermijning', reason: 'x' })).status).toBe(400);
    expect((await api(`/cases/${caseId}/reroute`, { organisation: 'police', reason: 'x' }, await tokenFor('gemeente.stadsbeheer'))).status).toBe(403);

    const rerouted = await api(`/cases/${caseId}/reroute`, { team: 'handhaving', reason: 'Handhaving, geen reiniging' });
    expect(rerouted).toMatchObject({ status: 200, body: { caseId, fromOrganisation: outcome.organisation, organisation: outcome.organisation, team: 'handhaving', via: 'coordinator' } });
    await expectEventually(() => {
      const message = probe.messages.find((m) => m.topic === Topics.CaseReassignedV1 && m.key === caseId);
      expect(JSON.parse(message!.value)).toMatchObject({ payload: { via: 'coordinator', team: 'handhaving', reason: 'Handhaving, geen reiniging' } });
    });

    const referral = { caseId, fromOrganisation: outcome.organisation, requestedOrganisation: 'police', reason: 'Drugs', caseVersion: 3 };
    await publishEvent(CaseReferred, { ...referral, referredAt: referredBefore });
    const referredAfter = new Date().toISOString();
    await publishEvent(CaseReferred, { ...referral, referredAt: referredAfter, caseVersion: 5 });
    const rows = await expectEventually(async () => {
      const found = await reassignmentsOf(caseId);
      expect(found).toHaveLength(2);
      return found;
    }, { timeoutMs: 60_000 });
    expect(rows.map((r) => [r.via, r.referredAt.toISOString()])).toEqual([
      ['coordinator', expect.any(String)],
      [expect.not.stringMatching(/^coordinator$/), referredAfter],
    ]);
    expect(rows[1].outcome.organisation).toBe('police');
  });

  it('corrects the category of a case: it takes the new category and sensitivity, stays or moves, and leaves the public map', async () => {
    const { caseId } = await routedReport('Er ligt een berg spullen voor de deur van de buurvrouw, ze komt al weken niet buiten', { main: 'afval', sub: 'grofvuil' });
    const publicCase = (id: string) => fetch(`${url}/api/v1/public/cases/${id}`).then((r) => r.status);
    expect(await publicCase(caseId)).toBe(200);

    expect(await api(`/cases/${caseId}/reroute`, { category: 'vuurwerk', reason: 'x' })).toMatchObject({ status: 400, body: { type: expect.stringContaining('unknown-category') } });
    expect((await api(`/cases/${caseId}/reroute`, { category: 'afval', subcategory: 'bestrating', reason: 'x' })).status).toBe(400);
    expect((await api(`/cases/${caseId}/reroute`, { subcategory: 'bestrating', reason: 'x' })).status).toBe(400);

    // Same organisation and team under the corrected category: accepted, the case stays and changes category.
    const stays = await api(`/cases/${caseId}/reroute`, { category: 'openbare-ruimte', subcategory: 'bestrating', reason: 'Het is de stoep, geen grofvuil' });
    expect(stays).toMatchObject({ status: 200, body: { organisation: 'municipality', category: { main: 'openbare-ruimte', sub: 'bestrating', sensitivity: 1 } } });
    expect(stays.body['explanation']).toContain('category corrected from afval / grofvuil to openbare-ruimte / bestrating');

    const moved = await api(`/cases/${caseId}/reroute`, { category: 'zorg', subcategory: 'eenzaamheid', reason: 'Het gaat om de buurvrouw, niet om afval' });
    expect(moved).toMatchObject({ status: 200, body: { organisation: 'social-work', category: { main: 'zorg', sub: 'eenzaamheid', sensitivity: 4 } } });
    await expectEventually(() => {
      const published = probe.messages.filter((m) => m.topic === Topics.CaseReassignedV1 && m.key === caseId).map((m) => JSON.parse(m.value).payload);
      expect(published.map((p) => [p.organisation, p.category])).toEqual([
        ['municipality', { main: 'openbare-ruimte', sub: 'bestrating', sensitivity: 1 }],
        ['social-work', { main: 'zorg', sub: 'eenzaamheid', sensitivity: 4 }],
      ]);
    });
    expect(await publicCase(caseId)).toBe(404);
    // Naming the category it has now changes nothing and is refused like any re-route to where the case is.
    expect((await api(`/cases/${caseId}/reroute`, { category: 'zorg', subcategory: 'eenzaamheid', reason: 'x' })).status).toBe(409);
  });

  it('keeps every category correction as a labelled example and measures how often the reporters and the suggester chose right', async () => {
    // A report without a category whose text the suggester is sure of: it chooses, and a coordinator corrects it.
    const decision = await routedReport("De straatlantaarn voor ons huis is al een week kapot en het is 's avonds aardedonker", null);
    expect(decision.explanation).toContain('No category chosen; suggested openbare-ruimte/straatverlichting');
    expect((await api(`/cases/${decision.caseId}/reroute`, { category: 'veiligheid', subcategory: 'verkeersonveilig', reason: 'Donkere oversteek: verkeersveiligheid' })).status).toBe(200);

    const insights = await api('/category-corrections?days=30');
    expect(insights.status).toBe(200);
    // This test's database: two cases opened with the reporter's category (one corrected twice), one with the suggester's.
    expect(insights.body['bySource']).toEqual({
      reporter: { opened: 2, corrected: 1, kept: expect.objectContaining({ rate: 0.5, successes: 1, trials: 2 }) },
      suggester: { opened: 1, corrected: 1, kept: expect.objectContaining({ rate: 0, successes: 0, trials: 1 }) },
      triage: { opened: 0, corrected: 0, kept: null },
    });
    expect(insights.body['confusions']).toEqual([
      { from: 'afval / grofvuil', to: 'openbare-ruimte / bestrating', count: 1 },
      { from: 'openbare-ruimte / bestrating', to: 'zorg / eenzaamheid', count: 1 },
      { from: 'openbare-ruimte / straatverlichting', to: 'veiligheid / verkeersonveilig', count: 1 },
    ]);
    expect((await api('/category-corrections?days=0')).status).toBe(400);
    expect((await api('/category-corrections', undefined, await tokenFor('gemeente.stadsbeheer'))).status).toBe(403);
  });
});
