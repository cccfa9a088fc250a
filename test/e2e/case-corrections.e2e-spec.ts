import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { expectEventually, LoketServices, randomPlace, testEnvironment, tokenFor } from '@loket/testing';
import { allListedCaseIds, call } from './http-client';

interface CaseFile {
  id: string;
  organisation: string;
  team: string;
  status: string;
  resolutionCode: string | null;
  reports: { reportId: string }[];
  timeline: { kind: string; details: Record<string, unknown> }[];
}

/**
 * Coordinators correct routing, all the way through Kafka, PostgreSQL and Keycloak: they move reports between
 * cases (a case left empty is merged), split reports off into a new case and re-route a misrouted case to
 * another organisation. Routing owns the facts; the workbench's case files and queues and feedback's
 * reporter links follow from its events.
 */
describe('coordinator corrections: link, split and re-route', () => {
  let loket: LoketServices;
  let coordinator: string;
  let municipality: string;
  let police: string;
  const run = randomUUID().slice(0, 8);
  const reportIds: string[] = [];
  const caseOf = new Map<string, string>();
  let splitCaseId: string;

  const routing = (path: string, body?: unknown) =>
    call<Record<string, unknown>>(body === undefined ? 'GET' : 'POST', `${loket.routing.url}/api/v1${path}`, { token: coordinator, body });
  const caseFile = (caseId: string, token = municipality) => call<CaseFile>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token });
  const reportsInFile = async (caseId: string): Promise<string[]> => {
    const file = await caseFile(caseId);
    expect(file.status).toBe(200);
    return file.body.reports.map((r) => r.reportId).sort();
  };
  const sorted = (...ids: string[]) => [...ids].sort();
  const query = async <T extends object>(service: 'feedback' | 'routing', sql: string, params: unknown[]): Promise<T[]> => {
    const { host, port, username } = testEnvironment().db;
    const client = new Client({ host, port, user: username, database: loket.databaseOf(service) });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  /** Which case feedback lets each reporter follow (its reporter links). */
  const feedbackCaseOf = async (reportId: string): Promise<string | null> =>
    (await query<{ case_id: string }>('feedback', 'SELECT case_id FROM case_reports WHERE report_id = $1', [reportId]))[0]?.case_id ?? null;
  const routingAudit = async (caseId: string): Promise<string[]> =>
    (await query<{ action: string; actor_username: string }>('routing', 'SELECT action, actor_username FROM admin_audit WHERE subject_id = $1 ORDER BY id', [caseId]))
      .map((r) => `${r.action} by ${r.actor_username}`);

  beforeAll(async () => {
    loket = await LoketServices.start();
    [coordinator, municipality, police] = await Promise.all([tokenFor('coordinator'), tokenFor('gemeente.stadsbeheer'), tokenFor('politie.wijkagent')]);
  });
  afterAll(async () => {
    await loket?.stop();
    await loket?.dropDatabases();
  });

  it('opens a case of its own at the municipality for each of four unrelated reports', async () => {
    const descriptions = ['Oude bank bij de container', 'Matras tegen de lantaarnpaal', 'Kapotte kast op de stoep', 'Zakken afval naast de glasbak'];
    for (const description of descriptions) {
      const report = await call<{ reportId: string }>('POST', `${loket.intake.url}/api/v1/reports`, {
        body: { description: `${description} (${run})`, category: 'afval', subcategory: 'grofvuil', location: randomPlace(), contact: { email: `corrections.${run}@example.nl` } },
      });
      expect(report.status).toBe(201);
      reportIds.push(report.body.reportId);
    }
    for (const reportId of reportIds) {
      const caseId = await expectEventually(async () => {
        const decision = await routing(`/decisions/${reportId}`);
        expect(decision.status).toBe(200);
        return decision.body['caseId'] as string;
      }, { timeoutMs: 60_000 });
      caseOf.set(reportId, caseId);
    }
    expect(new Set(caseOf.values()).size).toBe(4);
    for (const caseId of caseOf.values()) {
      await expectEventually(async () => expect((await caseFile(caseId)).body).toMatchObject({ organisation: 'municipality', status: 'new' }), { timeoutMs: 60_000 });
    }
  });

  it('moves two reports into the first case; their emptied cases are merged into it and closed', async () => {
    const [r1, r2, r3] = reportIds;
    const c1 = caseOf.get(r1)!;
    for (const reportId of [r2, r3]) {
      const linked = await routing(`/cases/${c1}/reports/${reportId}/link`, { reason: 'Zelfde dumping, ander adres opgegeven' });
      expect(linked.status).toBe(200);
      expect(linked.body).toMatchObject({ reportId, fromCaseId: caseOf.get(reportId), caseId: c1, fromCaseMerged: true });
    }
    await expectEventually(async () => expect(await reportsInFile(c1)).toEqual(sorted(r1, r2, r3)), { timeoutMs: 60_000 });
    for (const reportId of [r2, r3]) {
      await expectEventually(async () => expect((await caseFile(caseOf.get(reportId)!)).body).toMatchObject({ status: 'closed', resolutionCode: 'merged', reports: [] }));
      await expectEventually(async () => expect(await feedbackCaseOf(reportId)).toBe(c1));
    }
    expect(await routingAudit(c1)).toEqual(['case.report-moved by coordinator', 'case.report-moved by coordinator']);
  });

  it('answers bad corrections with problem details and changes nothing', async () => {
    const [r1, r2, , r4] = reportIds;
    const c1 = caseOf.get(r1)!;
    const problem = async (path: string, body: unknown, status: number, type?: string) => {
      const response = await routing(path, body);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      if (type) expect(String(response.body['type'])).toContain(type);
    };
    await problem(`/cases/${c1}/reports/${r2}/link`, { reason: 'nogmaals' }, 400, 'same-case');
    await problem(`/cases/${c1}/reports/${randomUUID()}/link`, { reason: 'onbekend' }, 400, 'unknown-report');
    await problem(`/cases/${randomUUID()}/reports/${r4}/link`, { reason: 'onbekend' }, 404);
    await problem(`/cases/${c1}/reports/${r4}/link`, {}, 400);
    await problem(`/cases/${c1}/split`, { reportIds: reportIds.slice(0, 3), reason: 'alles' }, 400, 'split-all-reports');
    await problem(`/cases/${c1}/split`, { reportIds: [r4], reason: 'niet van deze zaak' }, 400, 'report-not-in-case');
    await problem(`/cases/${c1}/split`, { reportIds: ['geen-uuid'], reason: 'x' }, 400);
    await problem(`/cases/${c1}/reroute`, { organisation: 'brandweer', reason: 'x' }, 400, 'unknown-organisation');
    await problem(`/cases/${c1}/reroute`, { organisation: 'municipality', team: 'stadsbeheer', reason: 'x' }, 409, 'already-routed-there');
    await problem(`/cases/${caseOf.get(r2)}/reroute`, { organisation: 'police', reason: 'gesloten' }, 409, 'case-closed');
    expect(await reportsInFile(c1)).toEqual(sorted(...reportIds.slice(0, 3)));
  });

  it('answers 409 while another correction holds the case, instead of waiting or overwriting', async () => {
    const c1 = caseOf.get(reportIds[0])!;
    const { host, port, username } = testEnvironment().db;
    const other = new Client({ host, port, user: username, database: loket.databaseOf('routing') });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT id FROM cases WHERE id = $1 FOR UPDATE', [c1]);
      const busy = await routing(`/cases/${c1}/split`, { reportIds: [reportIds[1]], reason: 'tegelijk' });
      expect(busy.status).toBe(409);
      expect(String(busy.body['type'])).toContain('correction-in-progress');
      await other.query('ROLLBACK');
    } finally {
      await other.end();
    }
    expect(await reportsInFile(c1)).toEqual(sorted(...reportIds.slice(0, 3)));
  });

  it('splits two reports off into one new case, decided by the policy; the first case keeps the other', async () => {
    const [r1, r2, r3] = reportIds;
    const c1 = caseOf.get(r1)!;
    const split = await routing(`/cases/${c1}/split`, { reportIds: [r3, r2], reason: 'Twee andere incidenten in een andere straat' });
    expect(split.status).toBe(200);
    splitCaseId = split.body['newCaseId'] as string;
    expect(split.body).toMatchObject({ caseId: c1, reportIds: [r2, r3] });

    await expectEventually(async () => expect(await reportsInFile(splitCaseId)).toEqual(sorted(r2, r3)), { timeoutMs: 60_000 });
    await expectEventually(async () => expect(await reportsInFile(c1)).toEqual([r1]));
    for (const reportId of [r2, r3]) await expectEventually(async () => expect(await feedbackCaseOf(reportId)).toBe(splitCaseId));
    expect(await feedbackCaseOf(r1)).toBe(c1);
    const timeline = (await caseFile(c1)).body.timeline;
    expect(timeline.filter((t) => t.kind === 'report-unlinked').map((t) => t.details['newCaseId'])).toEqual([splitCaseId, splitCaseId]);
    expect(await routingAudit(c1)).toContain('case.split by coordinator');
  });

  it('moves a report out of a case that keeps another: unlinked from the one, linked to the other', async () => {
    const [, r2, r3, r4] = reportIds;
    const c4 = caseOf.get(r4)!;
    const linked = await routing(`/cases/${c4}/reports/${r3}/link`, { reason: 'Hoort bij de glasbak' });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ fromCaseId: splitCaseId, caseId: c4, fromCaseMerged: false });

    await expectEventually(async () => expect(await reportsInFile(c4)).toEqual(sorted(r3, r4)), { timeoutMs: 60_000 });
    await expectEventually(async () => expect(await reportsInFile(splitCaseId)).toEqual([r2]));
    await expectEventually(async () => expect(await feedbackCaseOf(r3)).toBe(c4));
    expect((await caseFile(splitCaseId)).body.status).toBe('new');
  });

  it('re-routes a misrouted case to the police: it leaves the municipality queue and appears in the police queue', async () => {
    const c4 = caseOf.get(reportIds[3])!;
    const rerouted = await routing(`/cases/${c4}/reroute`, { organisation: 'police', reason: 'Drugsafval: hoort bij de wijkagent' });
    expect(rerouted.status).toBe(200);
    expect(rerouted.body).toMatchObject({ caseId: c4, fromOrganisation: 'municipality', organisation: 'police', via: 'coordinator' });

    await expectEventually(async () => expect(await allListedCaseIds(loket.workbench.url, police)).toContain(c4), { timeoutMs: 60_000 });
    const file = await caseFile(c4, police);
    expect(file.body).toMatchObject({ organisation: 'police', team: rerouted.body['team'], status: 'new' });
    expect(file.body.reports.map((r) => r.reportId).sort()).toEqual(sorted(reportIds[2], reportIds[3]));
    expect(file.body.timeline.find((t) => t.details['via'] === 'coordinator')?.details).toMatchObject({ transition: 'reroute', reason: 'Drugsafval: hoort bij de wijkagent' });
    expect((await caseFile(c4, municipality)).status).toBe(404);
    expect(await allListedCaseIds(loket.workbench.url, municipality)).not.toContain(c4);
    expect(await routingAudit(c4)).toContain('case.rerouted by coordinator');
    await expectEventually(async () =>
      expect(await query('feedback', 'SELECT organisation FROM cases WHERE case_id = $1', [c4])).toEqual([{ organisation: 'police' }]));
  });

  it('files a case under the category a coordinator corrects it to: the workbench and feedback follow, the sensitivity too', async () => {
    const filedUnder = async (category: string, subcategory: string, reason: string) => {
      const corrected = await routing(`/cases/${splitCaseId}/reroute`, { category, subcategory, reason });
      expect(corrected.status).toBe(200);
      return corrected.body as { organisation: string; team: string; category: { sensitivity: number } };
    };
    const stays = await filedUnder('openbare-ruimte', 'bestrating', 'Een losse stoeptegel, geen grofvuil');
    expect(stays).toMatchObject({ organisation: 'municipality', category: { sensitivity: 1 } });
    const file = await expectEventually(async () => {
      const found = await caseFile(splitCaseId);
      expect(found.body).toMatchObject({ organisation: 'municipality', status: 'new', category: { main: 'openbare-ruimte', sub: 'bestrating', sensitivity: 1 } });
      return found.body;
    }, { timeoutMs: 60_000 });
    expect(file.timeline.find((t) => t.details['transition'] === 'recategorise')?.details).toMatchObject({
      fromCategory: 'afval / grofvuil',
      category: 'openbare-ruimte / bestrating',
      reason: 'Een losse stoeptegel, geen grofvuil',
    });

    const sensitive = await filedUnder('wonen', 'woonfraude', 'Het gaat om onderverhuur van de woning');
    expect(sensitive).toMatchObject({ organisation: 'municipality', category: { sensitivity: 3 } });
    await expectEventually(async () => expect((await caseFile(splitCaseId)).body).toMatchObject({ category: { main: 'wonen', sub: 'woonfraude', sensitivity: 3 } }), { timeoutMs: 60_000 });
    await expectEventually(async () =>
      expect(await query('feedback', 'SELECT category_main, category_sub, sensitivity FROM cases WHERE case_id = $1', [splitCaseId]))
        .toEqual([{ category_main: 'wonen', category_sub: 'woonfraude', sensitivity: 3 }]), { timeoutMs: 60_000 });
    expect((await routingAudit(splitCaseId)).filter((a) => a === 'case.rerouted by coordinator')).toHaveLength(2);
  });
});
