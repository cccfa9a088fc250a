import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReportSubmitted } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, metresNorthOf, publishEvent, randomPlace, tokenFor } from '@loket/testing';
import { routingConfigFromEnv } from '../../routing.config';
import { routingModule } from '../../routing.module';
import type { CaseReportsView } from '../case-reports.query';
import { ActiveLinkingRules } from './active-linking-rules';
import type { LinkingModelView } from './linking-model-view';
import type { LinkingModelsView } from './linking-models.query';
import type { LinkingPrecisionView } from './linking-precision.query';

/**
 * Learning from the people who know (issue #14 §3): a coordinator's confirmation and unlink become labelled examples
 * and the measured precision of automatic links; an administrator trains a version from them plus the corpus, can
 * activate it only after its evaluation on the held-out half, and can roll it back; every step audited.
 */
describe('learning from coordinators (real PostgreSQL, Kafka and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const config = routingConfigFromEnv({
    ...process.env,
    LOKET_ROUTING_DB_NAME: `loket_linking_learning_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-routing-linking-learning-${run}`,
  });
  let routing: INestApplication;
  let url: string;
  let coordinator: string;
  let admin: string;

  beforeAll(async () => {
    routing = await startService({ service: 'routing', title: 'routing', module: routingModule(config), host: '127.0.0.1', port: 0, logLevel: 'warn', beforeListen: connectEventConsumers });
    url = (await routing.getUrl()).replace('[::1]', '127.0.0.1');
    coordinator = await tokenFor('coordinator');
    admin = await tokenFor('admin');
  });
  afterAll(async () => {
    await routing?.close();
    await dropDatabase(config.database);
  });

  const marker = `zqx${randomBytes(3).toString('hex').replace(/[0-9]/g, 'k')}`;
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
  const api = (token: string, path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });
  const caseOf = (reportId: string) =>
    expectEventually(async () => {
      const response = await api(coordinator, `/decisions/${reportId}`);
      expect(response.status).toBe(200);
      return ((await response.json()) as { kind: string; caseId: string });
    }, { timeoutMs: 60_000 });
  /** Two neighbours about one dumped sofa: the second is linked automatically to the first one's case. */
  const linkedPair = async () => {
    const place = randomPlace();
    const now = Date.now();
    const first = await submit(`Oude bank en matras naast de container ${marker}`, place, new Date(now - 30 * 60_000));
    const { caseId } = await caseOf(first);
    const second = await submit(`Bank en matras gedumpt bij de container ${marker}`, metresNorthOf(place, 12), new Date(now - 10 * 60_000));
    expect(await caseOf(second)).toMatchObject({ kind: 'linked', caseId });
    return { caseId, first, second };
  };
  const precision = async () => {
    const response = await api(coordinator, '/linking/precision?days=30');
    expect(response.status).toBe(200);
    return (await response.json()) as LinkingPrecisionView;
  };
  const auditActions = async (subjectType: string) =>
    ((await routing.get(DataSource).query(`SELECT action FROM admin_audit WHERE subject_type = $1 ORDER BY id`, [subjectType])) as { action: string }[])
      .map((row) => row.action);

  it("turns a coordinator's confirmation and unlink into labelled examples and the measured precision", async () => {
    expect(await precision()).toMatchObject({ confirmed: 0, undone: 0, precision: null });
    const right = await linkedPair();
    const wrong = await linkedPair();
    expect(await precision()).toMatchObject({ linksMade: 2, confirmed: 0, undone: 0, awaitingReview: 2 });

    const confirmed = await api(coordinator, `/cases/${right.caseId}/reports/${right.second}/confirm-link`, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ caseId: right.caseId, reportId: right.second });
    const again = await api(coordinator, `/cases/${right.caseId}/reports/${right.second}/confirm-link`, { method: 'POST' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ type: expect.stringContaining('already-confirmed') });
    // the report that opened the case was never linked: nothing to confirm
    expect((await api(coordinator, `/cases/${right.caseId}/reports/${right.first}/confirm-link`, { method: 'POST' })).status).toBe(404);
    // nor may a professional confirm links
    expect((await api(await tokenFor('gemeente.stadsbeheer'), `/cases/${right.caseId}/reports/${right.second}/confirm-link`, { method: 'POST' })).status).toBe(403);

    const unlinked = await api(coordinator, `/cases/${wrong.caseId}/reports/${wrong.second}/unlink`, { method: 'POST', body: { reason: 'Een andere bank, een week later' } });
    expect(unlinked.status).toBe(200);

    const measured = await precision();
    expect(measured).toMatchObject({ linksMade: 2, confirmed: 1, undone: 1, awaitingReview: 0 });
    expect(measured.precision).toMatchObject({ rate: 0.5, successes: 1, trials: 2 });
    expect(measured.precision!.low).toBeLessThan(0.5);
    expect(measured.precision!.high).toBeGreaterThan(0.5);

    // the examples hold measures only: no text, no place, no ids
    const rows = (await routing.get(DataSource).query(`SELECT * FROM linking_examples ORDER BY id`)) as Record<string, unknown>[];
    expect(rows.map((r) => [r['source'], r['same_incident'], r['automatic_link']])).toEqual([['confirm', true, true], ['unlink', false, true]]);
    // both pairs were linked, so their texts did not rule a link out
    expect(rows.map((r) => r['ruled_out_by_text'])).toEqual([false, false]);
    expect(JSON.stringify(rows)).not.toContain(marker);
    expect(JSON.stringify(rows)).not.toMatch(new RegExp(`${right.caseId}|${right.second}|${wrong.second}`));
    expect(rows[0]!['text']).toBeGreaterThan(0); // "bank", "matras", "container" in common

    // the case's reports say which link is automatic and whether it was confirmed
    const reports = (await (await api(coordinator, `/cases/${right.caseId}/reports`)).json()) as CaseReportsView;
    expect(reports.reports.find((r) => r.reportId === right.second)?.link).toMatchObject({ automatic: true, confirmedAt: expect.any(String) });
    expect(reports.reports.find((r) => r.reportId === right.first)?.link).toBeNull();
  });

  it('trains a version, activates it only after its evaluation on the held-out half, and rolls it back, all audited', async () => {
    expect((await api(coordinator, '/admin/linking-models')).status).toBe(403);
    const before = (await (await api(admin, '/admin/linking-models')).json()) as LinkingModelsView;
    expect(before).toEqual({ activeVersion: 0, models: [] });
    const nothing = await api(admin, '/admin/linking-models/rollback', { method: 'POST', body: { reason: 'too early' } });
    expect(nothing.status).toBe(409);
    expect(await nothing.json()).toMatchObject({ type: expect.stringContaining('nothing-to-roll-back') });

    const trained = await api(admin, '/admin/linking-models', { method: 'POST' });
    expect(trained.status).toBe(201);
    const model = (await trained.json()) as LinkingModelView;
    expect(model).toMatchObject({ version: 1, createdBy: 'admin', evaluation: null, active: false });
    expect(model.trainedOn.corrections).toBe(2); // the confirmation and the unlink above
    expect(model.trainedOn.corpusExamples).toBeGreaterThan(100);
    expect(model.rules.linkThreshold).toBeGreaterThanOrEqual(model.rules.greyZoneThreshold);

    const early = await api(admin, '/admin/linking-models/1/activate', { method: 'POST', body: { reason: 'try it' } });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ type: expect.stringContaining('not-evaluated') });

    const evaluated = await api(admin, '/admin/linking-models/1/evaluate', { method: 'POST' });
    expect(evaluated.status).toBe(200);
    const { evaluation } = (await evaluated.json()) as LinkingModelView;
    expect(evaluation).toMatchObject({ corpus: 'linking.held-out.jsonl' });
    // every later report of the held-out groups is judged, for the version and for the built-in rules alike
    expect(evaluation!.recall.trials).toBeGreaterThan(50);
    expect(evaluation!.baseline.recall.trials).toBe(evaluation!.recall.trials);
    expect(evaluation!.falseLinkRate.low).toBeLessThanOrEqual(evaluation!.falseLinkRate.rate);

    const activated = await api(admin, '/admin/linking-models/1/activate', { method: 'POST', body: { reason: 'Evaluated; better grey zone' } });
    expect(activated.status).toBe(200);
    expect(await activated.json()).toMatchObject({ version: 1, active: true, activatedAt: expect.any(String) });
    const tx = routing.get(DataSource).manager;
    expect((await routing.get(ActiveLinkingRules).current(tx)).version).toBe(1);
    expect((await api(admin, '/admin/linking-models/1/activate', { method: 'POST', body: { reason: 'again' } })).status).toBe(409);
    expect((await api(admin, '/admin/linking-models/7/activate', { method: 'POST', body: { reason: 'none' } })).status).toBe(404);
    expect((await api(admin, '/admin/linking-models/1/activate', { method: 'POST', body: {} })).status).toBe(400);

    const rolledBack = await api(admin, '/admin/linking-models/rollback', { method: 'POST', body: { reason: 'Coordinators saw odd links' } });
    expect(rolledBack.status).toBe(200);
    expect(await rolledBack.json()).toEqual({ activeVersion: 0, previousVersion: 1 });
    expect((await routing.get(ActiveLinkingRules).current(tx)).version).toBe(0);
    const after = (await (await api(admin, '/admin/linking-models')).json()) as LinkingModelsView;
    expect(after.activeVersion).toBe(0);
    expect(after.models.map((m) => [m.version, m.active])).toEqual([[1, false]]);

    expect(await auditActions('linking-model')).toEqual([
      'linking-model.trained', 'linking-model.evaluated', 'linking-model.activated', 'linking-model.rolled-back',
    ]);
    // the model holds numbers and category codes: nothing a reporter wrote
    const [stored] = (await routing.get(DataSource).query(`SELECT rules, trained_on FROM linking_models WHERE version = 1`)) as unknown[];
    expect(JSON.stringify(stored)).not.toContain(marker);
  });
});
