import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { expectEventually, LoketServices, randomPlace, testEnvironment, tokenFor } from '@loket/testing';
import { call, type JsonResponse } from './http-client';

/**
 * Need-to-know for a care case (sensitivity 4, social work): its report text and its internal notes reach the
 * social workers who hold it and nobody else. A coordinator (the case is not in triage and no coordinator
 * corrected it) and a professional of another organisation (the police) try every endpoint of every service
 * that could show either; none does, and every attempt is in an audit log — the workbench's hash-chained log
 * (`case.access-refused`) or routing's admin audit (`case.reports-read-refused`) — so a burst of refusals is
 * there for an investigator.
 */
describe('a care case, as seen by a coordinator and by another organisation', () => {
  let loket: LoketServices;
  const tokens: Record<'socialWork' | 'coordinator' | 'police', string> = { socialWork: '', coordinator: '', police: '' };
  const run = randomUUID().slice(0, 8);
  const reportText = `Zorgen om de buurvrouw op drie hoog, ze komt niet meer buiten (zorg-${run})`;
  const internalNote = `Intern: bekend bij het wijkteam sinds maart (notitie-${run})`;
  let caseId: string;
  let reportId: string;

  const query = async <T extends object>(service: 'workbench' | 'routing', sql: string, params: unknown[]): Promise<T[]> => {
    const { host, port, username } = testEnvironment().db;
    const client = new Client({ host, port, user: username, database: loket.databaseOf(service) });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    // a generous start: on a shared, loaded machine four services may need minutes to become ready
    loket = await LoketServices.start({ readyTimeoutMs: 300_000 });
    [tokens.socialWork, tokens.coordinator, tokens.police] = await Promise.all(
      ['welzijn.wijkteam', 'coordinator', 'politie.wijkagent'].map((user) => tokenFor(user)),
    );
  }, 360_000);
  afterAll(async () => {
    await loket?.stop();
    await loket?.dropDatabases();
  });

  it('opens the care case at social work, who read its text and write an internal note', async () => {
    const submitted = await call<{ reportId: string }>('POST', `${loket.intake.url}/api/v1/reports`, {
      body: { description: reportText, category: 'zorg', location: randomPlace() },
    });
    expect(submitted.status).toBe(201);
    reportId = submitted.body.reportId;
    caseId = await expectEventually(async () => {
      const row = (await query<{ case_id: string }>('routing', 'SELECT case_id FROM case_reports WHERE report_id = $1', [reportId]))[0];
      expect(row).toBeDefined();
      return row!.case_id;
    }, { timeoutMs: 180_000 });
    const file = await expectEventually(async () => {
      const answer = await call<{ organisation: string; reports: { description: string }[] }>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: tokens.socialWork });
      expect(answer.status).toBe(200);
      return answer.body;
    }, { timeoutMs: 180_000 });
    expect(file.organisation).toBe('social-work');
    expect(file.reports.map((r) => r.description)).toEqual([reportText]);
    const note = await call('POST', `${loket.workbench.url}/api/v1/cases/${caseId}/notes`, {
      token: tokens.socialWork,
      body: { visibility: 'internal', text: internalNote },
    });
    expect(note.status).toBe(201);
    const own = await call('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: tokens.socialWork });
    expect(JSON.stringify(own.body)).toContain(internalNote);
    const reports = await call('GET', `${loket.routing.url}/api/v1/cases/${caseId}/reports`, { token: tokens.socialWork });
    expect(reports.status).toBe(200);
    expect(JSON.stringify(reports.body)).toContain(reportText);
  }, 400_000);

  /** Every endpoint that shows a case's report text, its notes or anything about its reporters. */
  const attempts = (): { name: string; audit: 'workbench' | 'routing'; send: (token: string) => Promise<JsonResponse> }[] => {
    const workbench = `${loket.workbench.url}/api/v1/cases/${caseId}`;
    return [
      { name: 'workbench case file', audit: 'workbench', send: (token) => call('GET', workbench, { token }) },
      { name: 'workbench photo', audit: 'workbench', send: (token) => call('GET', `${workbench}/reports/${reportId}/photos/${randomUUID()}`, { token }) },
      { name: 'workbench note preview', audit: 'workbench', send: (token) => call('POST', `${workbench}/notes/preview`, { token, body: { text: 'Wij kijken ernaar' } }) },
      { name: 'workbench ready-made replies', audit: 'workbench', send: (token) => call('GET', `${workbench}/ready-made-replies`, { token }) },
      { name: 'workbench internal note', audit: 'workbench', send: (token) => call('POST', `${workbench}/notes`, { token, body: { visibility: 'internal', text: 'Gezien' } }) },
      { name: 'workbench self-assignment', audit: 'workbench', send: (token) => call('POST', `${workbench}/transitions`, { token, body: { transition: 'assign', expectedVersion: 1 } }) },
      { name: 'routing report texts', audit: 'routing', send: (token) => call('GET', `${loket.routing.url}/api/v1/cases/${caseId}/reports`, { token }) },
    ];
  };

  it.each([['coordinator' as const], ['police' as const]])('shows the %s neither its report text nor its internal note anywhere, and audits every attempt', async (who) => {
    const token = tokens[who];
    const username = who === 'coordinator' ? 'coordinator' : 'politie.wijkagent';
    const refusedBefore = await refusalsOf(username);
    for (const attempt of attempts()) {
      const answer = await attempt.send(token);
      expect({ endpoint: attempt.name, status: answer.status }).toEqual({ endpoint: attempt.name, status: 404 });
      expect(JSON.stringify(answer.body)).not.toContain(run);
    }
    // the lists: not in any queue, not found by its words
    const words = encodeURIComponent(`zorg-${run}`);
    for (const list of [`?q=${words}`, `?limit=100`, ...(who === 'coordinator' ? [`?queue=triage&limit=100`] : [])]) {
      const answer = await call<{ items: { id: string }[] }>('GET', `${loket.workbench.url}/api/v1/cases${list}`, { token });
      expect(answer.status).toBe(200);
      expect(answer.body.items.map((c) => c.id)).not.toContain(caseId);
      expect(JSON.stringify(answer.body)).not.toContain(run);
    }
    // and feedback, which holds the reporter: its reporters and note previews are the holding organisation's only
    for (const [method, path, body] of [
      ['GET', `/api/v1/cases/${caseId}/reporters`, undefined],
      ['POST', `/api/v1/cases/${caseId}/reporter-note-previews`, { text: 'Wij kijken ernaar' }],
    ] as const) {
      const answer = await call(method, `${loket.feedback.url}${path}`, { token, body });
      expect([403, 404]).toContain(answer.status);
      expect(JSON.stringify(answer.body)).not.toContain(run);
    }

    const refused = await refusalsOf(username);
    const perService = (service: 'workbench' | 'routing') => attempts().filter((a) => a.audit === service).length;
    expect(refused.workbench - refusedBefore.workbench).toBe(perService('workbench'));
    expect(refused.routing - refusedBefore.routing).toBe(perService('routing'));
  });

  it('keeps each refusal in the workbench audit chain with who, which case and what for, never the text', async () => {
    const rows = await query<{ actor_username: string; details: { purpose: string; why: string } }>(
      'workbench',
      `SELECT actor_username, details FROM audit_log_entries WHERE case_id = $1 AND action = 'case.access-refused' ORDER BY sequence`,
      [caseId],
    );
    expect(rows.map((r) => `${r.actor_username}:${r.details.purpose}`)).toEqual(
      expect.arrayContaining(['coordinator:read', 'coordinator:work', 'politie.wijkagent:read', 'politie.wijkagent:work']),
    );
    const everything = await query('workbench', `SELECT * FROM audit_log_entries WHERE case_id = $1`, [caseId]);
    expect(JSON.stringify(everything)).not.toContain(run);
  });

  async function refusalsOf(username: string): Promise<{ workbench: number; routing: number }> {
    const [workbench] = await query<{ n: string }>(
      'workbench',
      `SELECT count(*) AS n FROM audit_log_entries WHERE case_id = $1 AND action = 'case.access-refused' AND actor_username = $2`,
      [caseId, username],
    );
    const [routing] = await query<{ n: string }>(
      'routing',
      `SELECT count(*) AS n FROM admin_audit WHERE subject_id = $1 AND action = 'case.reports-read-refused' AND actor_username = $2`,
      [caseId, username],
    );
    return { workbench: Number(workbench?.n ?? 0), routing: Number(routing?.n ?? 0) };
  }
});
