import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { CaseReportLinked, ReportSubmitted, Topics } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, KafkaProbe, metresNorthOf, publishEvent, randomPlace, tokenFor } from '@loket/testing';
import { routingConfigFromEnv } from '../routing.config';
import { routingModule } from '../routing.module';

interface Decision {
  kind: 'routed' | 'linked';
  caseId: string;
  explanation: string;
}

/** Reports about one incident end in one case; a report elsewhere or on another day does not. */
describe('linking reports about one incident (real PostgreSQL and Kafka)', () => {
  const run = randomBytes(4).toString('hex');
  const config = routingConfigFromEnv({
    ...process.env,
    LOKET_ROUTING_DB_NAME: `loket_linking_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-routing-linking-${run}`,
  });
  let routing: INestApplication;
  let url: string;
  let coordinator: string;
  let probe: KafkaProbe;
  const base = randomPlace();

  beforeAll(async () => {
    routing = await startService({ service: 'routing', title: 'routing', module: routingModule(config), host: '127.0.0.1', port: 0, logLevel: 'warn', beforeListen: connectEventConsumers });
    url = (await routing.getUrl()).replace('[::1]', '127.0.0.1');
    coordinator = await tokenFor('coordinator');
    probe = await KafkaProbe.start([Topics.CaseReportLinkedV1]);
  });
  afterAll(async () => {
    await probe?.stop();
    await routing?.close();
    await dropDatabase(config.database);
  });

  const submit = async (description: string, location: { lat: number; lon: number }, submittedAt: Date) => {
    const reportId = randomUUID();
    await publishEvent(ReportSubmitted, {
      reportId,
      reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
      description,
      category: { main: 'afval', sub: 'grofvuil' },
      location,
      submittedAt: submittedAt.toISOString(),
      reporterTier: 'resident',
      channel: 'web',
    });
    return reportId;
  };
  const decisionOf = (reportId: string) =>
    expectEventually(async () => {
      const response = await fetch(`${url}/api/v1/decisions/${reportId}`, { headers: { authorization: `Bearer ${coordinator}` } });
      expect(response.status).toBe(200);
      return (await response.json()) as Decision;
    }, { timeoutMs: 60_000 });
  const metresNorth = (m: number) => metresNorthOf(base, m);

  it('links neighbours’ reports about the same dumped furniture into one case, and keeps others apart', async () => {
    const now = Date.now();
    const first = await decisionOf(await submit('Er staat een oude bank en een matras naast de container', base, new Date(now - 20 * 60_000)));
    expect(first.kind).toBe('routed');

    const neighbourId = await submit('Bank en matras gedumpt bij de container, al sinds vanochtend', metresNorth(15), new Date(now - 5 * 60_000));
    const neighbour = await decisionOf(neighbourId);
    expect(neighbour).toMatchObject({ kind: 'linked', caseId: first.caseId });
    expect(neighbour.explanation).toMatch(/m away/);

    const otherStreet = await decisionOf(await submit('Oude bank en matras naast de container', metresNorth(600), new Date(now)));
    expect(otherStreet.kind).toBe('routed');
    expect(otherStreet.caseId).not.toBe(first.caseId);

    const otherDay = await decisionOf(await submit('Weer een bank en matras naast de container', base, new Date(now + 5 * 24 * 3_600_000)));
    expect(otherDay.kind).toBe('routed');
    expect(otherDay.caseId).not.toBe(first.caseId);

    await expectEventually(() => {
      const event = probe.messages.find((m) => m.value.includes(neighbourId));
      expect(event?.key).toBe(first.caseId);
      expect(JSON.parse(event!.value).type).toBe(CaseReportLinked.type);
    });
  });
});
