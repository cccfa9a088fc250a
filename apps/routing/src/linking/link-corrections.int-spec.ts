import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseMerged, CaseOpened, CaseReportUnlinked, ReportSubmitted, Topics } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, KafkaProbe, metresNorthOf, publishEvent, randomPlace, readEvent, tokenFor } from '@loket/testing';
import { routingConfigFromEnv } from '../routing.config';
import { routingModule } from '../routing.module';
import type { CaseReportsView } from './case-reports.query';

interface Decision {
  kind: 'routed' | 'linked';
  caseId: string;
  explanation: string;
}

/** A coordinator corrects incident linking: unlinks a report into its own case, merges two cases into one. */
describe('coordinator link corrections (real PostgreSQL and Kafka)', () => {
  const run = randomBytes(4).toString('hex');
  const config = routingConfigFromEnv({
    ...process.env,
    LOKET_ROUTING_DB_NAME: `loket_link_corrections_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-routing-link-corrections-${run}`,
  });
  let routing: INestApplication;
  let url: string;
  let coordinator: string;
  let probe: KafkaProbe;

  beforeAll(async () => {
    routing = await startService({ service: 'routing', title: 'routing', module: routingModule(config), host: '127.0.0.1', port: 0, logLevel: 'warn', beforeListen: connectEventConsumers });
    url = (await routing.getUrl()).replace('[::1]', '127.0.0.1');
    coordinator = await tokenFor('coordinator');
    probe = await KafkaProbe.start([Topics.CaseReportUnlinkedV1, Topics.CaseMergedV1, Topics.CaseOpenedV1]);
  });
  afterAll(async () => {
    await probe?.stop();
    await routing?.close();
    await dropDatabase(config.database);
  });

  const answers = [{ questionId: 'size', kind: 'choice' as const, label: { nl: 'Hoe groot is het?', en: 'How big is it?' }, value: 'large', valueLabel: { nl: 'Groot', en: 'Large' } }];
  const photos = [{ photoId: randomUUID(), contentType: 'image/jpeg' as const, bytes: 48_213, width: 1024, height: 768 }];
  const submit = async (description: string, location: { lat: number; lon: number }, submittedAt: Date, extras: { answers?: typeof answers; photos?: typeof photos } = {}) => {
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
      ...extras,
    });
    return reportId;
  };
  const api = (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });
  const decisionOf = (reportId: string) =>
    expectEventually(async () => {
      const response = await api(`/decisions/${reportId}`);
      expect(response.status).toBe(200);
      return (await response.json()) as Decision;
    }, { timeoutMs: 60_000 });
  const auditOf = async (caseId: string) =>
    ((await routing.get(DataSource).query(
      `SELECT action, actor_username FROM admin_audit WHERE subject_id = $1 ORDER BY id`,
      [caseId],
    )) as { action: string; actor_username: string }[]).map((row) => [row.action, row.actor_username]);
  const reportsOf = async (caseId: string) => {
    const response = await api(`/cases/${caseId}/reports`);
    expect(response.status).toBe(200);
    return (await response.json()) as CaseReportsView;
  };

  it('unlinks a report from its case into a case of its own, with its answers and photos, and tells the other services', async () => {
    const base = randomPlace();
    const now = Date.now();
    const firstId = await submit('Er staat een oude bank en een matras naast de container', base, new Date(now - 20 * 60_000));
    const first = await decisionOf(firstId);
    const secondId = await submit('Bank en matras gedumpt bij de container, al sinds vanochtend', metresNorthOf(base, 15), new Date(now - 5 * 60_000), { answers, photos });
    expect(await decisionOf(secondId)).toMatchObject({ kind: 'linked', caseId: first.caseId });
    // routed by policy to the municipality and not corrected yet: not the coordinator's to read, the refusal audited
    expect((await api(`/cases/${first.caseId}/reports`)).status).toBe(404);
    expect(await auditOf(first.caseId)).toEqual([['case.reports-read-refused', 'coordinator']]);

    const unlinked = await api(`/cases/${first.caseId}/reports/${secondId}/unlink`, { method: 'POST', body: { reason: 'Andere container, andere straat' } });
    expect(unlinked.status).toBe(200);
    const { newCaseId } = (await unlinked.json()) as { newCaseId: string };
    expect(newCaseId).not.toBe(first.caseId);

    expect(await decisionOf(secondId)).toMatchObject({ kind: 'routed', caseId: newCaseId });
    expect((await decisionOf(secondId)).explanation).toMatch(/Unlinked from case/);
    // corrected by a coordinator (and the case the correction opened): theirs to read now, each read audited
    expect((await reportsOf(first.caseId)).reports.map((r) => r.reportId)).toEqual([firstId]);
    expect((await reportsOf(newCaseId)).reports.map((r) => r.reportId)).toEqual([secondId]);
    // an administrator manages configuration: without the case-content-reader role no report text, refusal audited
    const admin = await tokenFor('admin');
    expect((await fetch(`${url}/api/v1/cases/${first.caseId}/reports`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(404);
    expect(await auditOf(first.caseId)).toEqual([
      ['case.reports-read-refused', 'coordinator'],
      ['case.report-unlinked', 'coordinator'],
      ['case.reports-read', 'coordinator'],
      ['case.reports-read-refused', 'admin'],
    ]);
    expect(await auditOf(newCaseId)).toEqual([['case.reports-read', 'coordinator']]);

    const onlyReport = await api(`/cases/${first.caseId}/reports/${firstId}/unlink`, { method: 'POST', body: { reason: 'x' } });
    expect(onlyReport.status).toBe(400);
    expect(await api(`/cases/${randomUUID()}/reports/${firstId}/unlink`, { method: 'POST', body: { reason: 'x' } })).toMatchObject({ status: 404 });

    const opened = await expectEventually(() => {
      const event = probe.messages.find((m) => m.topic === Topics.CaseReportUnlinkedV1 && m.value.includes(secondId));
      expect(event?.key).toBe(first.caseId);
      expect(JSON.parse(event!.value)).toMatchObject({ type: CaseReportUnlinked.type, payload: { fromCaseId: first.caseId, newCaseId, reportId: secondId } });
      const found = probe.messages.find((m) => m.topic === Topics.CaseOpenedV1 && m.key === newCaseId);
      expect(found).toBeDefined();
      return found!;
    });
    // as a consumer reads it: the report's answers travel sealed under its key
    expect(await readEvent(CaseOpened, opened.value, config.messaging.subjectKeys)).toMatchObject({ type: CaseOpened.type, payload: { report: { reportId: secondId, answers, photos } } });
  });

  it('merges two cases: the survivor holds both reports and the absorbed case is closed', async () => {
    const base = randomPlace();
    const now = Date.now();
    const aId = await submit('Grofvuil naast de container bij de speeltuin', base, new Date(now - 30 * 60_000));
    const bId = await submit('Kapotte kast op de stoep', metresNorthOf(base, 900), new Date(now - 10 * 60_000));
    const a = await decisionOf(aId);
    const b = await decisionOf(bId);
    expect(b.caseId).not.toBe(a.caseId);

    const same = await api(`/cases/${a.caseId}/merge`, { method: 'POST', body: { absorbedCaseId: a.caseId, reason: 'zelfde' } });
    expect(same.status).toBe(409);
    const merged = await api(`/cases/${a.caseId}/merge`, { method: 'POST', body: { absorbedCaseId: b.caseId, reason: 'Zelfde dumping, verkeerd adres opgegeven' } });
    expect(merged.status).toBe(200);
    expect(await merged.json()).toMatchObject({ survivingCaseId: a.caseId, absorbedCaseId: b.caseId, reportIds: [bId] });

    const survivor = await reportsOf(a.caseId);
    expect(survivor.reports.map((r) => [r.reportId, r.joined])).toEqual([[aId, 'opened'], [bId, 'merged']]);
    expect(await reportsOf(b.caseId)).toMatchObject({ status: 'closed', reports: [] });
    const again = await api(`/cases/${a.caseId}/merge`, { method: 'POST', body: { absorbedCaseId: b.caseId, reason: 'nog eens' } });
    expect(again.status).toBe(409);

    await expectEventually(() => {
      const event = probe.messages.find((m) => m.topic === Topics.CaseMergedV1 && m.value.includes(b.caseId));
      expect(event?.key).toBe(a.caseId);
      expect(JSON.parse(event!.value)).toMatchObject({ type: CaseMerged.type, payload: { reportIds: [bId] } });
    });
  });

  it('lists the categories with their sensitivity and the organisations with their teams', async () => {
    const categories = (await (await api('/categories')).json()) as { code: string; sensitivity: number }[];
    expect(categories).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'afval', sensitivity: 1 })]));
    const organisations = (await (await api('/organisations')).json()) as { code: string; teams: string[] }[];
    expect(organisations).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'municipality', teams: expect.arrayContaining(['stadsbeheer']) })]));
  });
});
