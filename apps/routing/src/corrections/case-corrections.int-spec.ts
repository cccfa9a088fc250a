import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseReferred, ReportSubmitted, Topics } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, KafkaProbe, publishEvent, randomPlace, tokenFor } from '@loket/testing';
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

  it('re-routes to a team, refuses what the policy already decided, and drops a referral the re-route overtook', async () => {
    const reportId = randomUUID();
    const referredBefore = new Date().toISOString();
    await publishEvent(ReportSubmitted, {
      reportId,
      reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
      description: `Grofvuil naast de container (${run})`,
      category: { main: 'afval', sub: 'grofvuil' },
      location: randomPlace(),
      submittedAt: new Date().toISOString(),
      reporterTier: 'resident',
      channel: 'web',
    });
    const caseId = await expectEventually(async () => {
      const decision = await api(`/decisions/${reportId}`);
      expect(decision.status).toBe(200);
      return decision.body['caseId'] as string;
    }, { timeoutMs: 60_000 });
    const { body: routed } = await api(`/decisions/${reportId}`);
    const outcome = routed['outcome'] as { organisation: string; team: string };

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
});
