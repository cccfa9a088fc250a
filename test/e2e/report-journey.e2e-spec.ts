import { randomUUID } from 'node:crypto';
import { ALL_TOPICS } from '@loket/contracts';
import { expectEventually, KafkaProbe, LoketServices, mailsTo, metresNorthOf, randomPlace, tokenFor } from '@loket/testing';
import { dumpDatabase } from './database-dump';
import { allListedCaseIds, call } from './http-client';

/**
 * One report, all the way: the real Kafka, PostgreSQL, Keycloak and SMTP sink, the four services as
 * processes. Each step is checked through the public HTTP APIs with real tokens, and the e-mail in the sink.
 */
describe('a report from intake to feedback', () => {
  let loket: LoketServices;
  let probe: KafkaProbe;
  const email = `anna.${randomUUID().slice(0, 8)}@example.nl`;
  const neighbourEmail = `bert.${randomUUID().slice(0, 8)}@example.nl`;
  const place = randomPlace();
  const phone = `06-${String(Math.floor(10_000_000 + Math.random() * 89_999_999))}`;
  const correlationId = `e2e-${randomUUID()}`;
  const description = `Grofvuil naast de container aan de Dorpsstraat (${randomUUID().slice(0, 8)})`;
  let reportId: string;
  let trackingCode: string;
  let caseId: string;
  let professional: string;

  beforeAll(async () => {
    // The delivery loop's poll is ten minutes here: every e-mail this journey waits for leaves because the loop was
    // woken when its message was committed (DeliveryWakeUp), not because a poll came by.
    [loket, probe] = await Promise.all([
      LoketServices.start({ env: { LOKET_FEEDBACK_DELIVERY_INTERVAL_MS: '600000' } }),
      KafkaProbe.start([...ALL_TOPICS]),
    ]);
    professional = await tokenFor('gemeente.stadsbeheer');
  });
  afterAll(async () => {
    await probe?.stop();
    await loket?.stop();
    await loket?.dropDatabases();
  });

  it('takes the report and answers with an unguessable tracking code', async () => {
    const response = await call<{ reportId: string; trackingCode: string }>('POST', `${loket.intake.url}/api/v1/reports`, {
      headers: { 'x-correlation-id': correlationId },
      body: {
        description,
        category: 'afval',
        subcategory: 'grofvuil',
        location: place,
        contact: { email, phone, name: 'Anna de Vries' },
      },
    });
    expect(response.status).toBe(201);
    expect(response.body.trackingCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/);
    ({ reportId, trackingCode } = response.body);
  });

  it('sends the reporter a receipt with the tracking code', async () => {
    const mails = await expectEventually(async () => {
      const received = await mailsTo(email);
      expect(received.length).toBeGreaterThanOrEqual(1);
      return received;
    }, { timeoutMs: 60_000 });
    expect(mails[0]!.text).toContain(trackingCode);
  });

  it('routes the report to the municipality and records why', async () => {
    const coordinator = await tokenFor('coordinator');
    const decision = await expectEventually(async () => {
      const response = await call<{ kind: string; caseId: string; outcome: { organisation: string; team: string }; explanation: string }>(
        'GET', `${loket.routing.url}/api/v1/decisions/${reportId}`, { token: coordinator },
      );
      expect(response.status).toBe(200);
      return response.body;
    });
    expect(decision.kind).toBe('routed');
    expect(decision.outcome).toMatchObject({ organisation: 'municipality', team: 'stadsbeheer' });
    expect(decision.explanation.length).toBeGreaterThan(10);
    caseId = decision.caseId;
  });

  it('links a neighbour’s report about the same dumped furniture to the same case', async () => {
    const response = await call<{ reportId: string }>('POST', `${loket.intake.url}/api/v1/reports`, {
      body: {
        description: 'Grofvuil naast de container aan de Dorpsstraat, een bank en een matras',
        category: 'afval',
        subcategory: 'grofvuil',
        location: metresNorthOf(place, 12),
        contact: { email: neighbourEmail },
      },
    });
    expect(response.status).toBe(201);
    const coordinator = await tokenFor('coordinator');
    const decision = await expectEventually(async () => {
      const answer = await call<{ kind: string; caseId: string; explanation: string }>(
        'GET', `${loket.routing.url}/api/v1/decisions/${response.body.reportId}`, { token: coordinator },
      );
      expect(answer.status).toBe(200);
      return answer.body;
    });
    expect(decision).toMatchObject({ kind: 'linked', caseId });
    await expectEventually(async () => {
      const file = await call<{ reports: unknown[] }>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: professional });
      expect(file.body.reports).toHaveLength(2);
    });
  });

  it('shows the case to a professional of that organisation', async () => {
    await expectEventually(async () => expect(await allListedCaseIds(loket.workbench.url, professional)).toContain(caseId));
    const firstPage = await call('GET', `${loket.workbench.url}/api/v1/cases`, { token: professional });
    expect(JSON.stringify(firstPage.body)).not.toContain(email);
    const file = await call<Record<string, unknown>>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: professional });
    expect(file.status).toBe(200);
    expect(JSON.stringify(file.body)).toContain(description);
    expect(JSON.stringify(file.body)).not.toMatch(/rr_[A-Za-z0-9_-]{16}/);
  });

  it('hides the case from another organisation, as if it did not exist', async () => {
    const police = await tokenFor('politie.wijkagent');
    expect(await allListedCaseIds(loket.workbench.url, police)).not.toContain(caseId);
    const file = await call('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: police });
    const missing = await call('GET', `${loket.workbench.url}/api/v1/cases/${randomUUID()}`, { token: police });
    expect(file.status).toBe(404);
    expect(missing.status).toBe(404);
  });

  it('refuses the workbench without a token (401) and to a resident (403)', async () => {
    expect((await call('GET', `${loket.workbench.url}/api/v1/cases`)).status).toBe(401);
    expect((await call('GET', `${loket.workbench.url}/api/v1/cases`, { token: 'not.a.token' })).status).toBe(401);
    const resident = await tokenFor('bewoner');
    expect((await call('GET', `${loket.workbench.url}/api/v1/cases`, { token: resident })).status).toBe(403);
  });

  it('lets the professional work the case to resolved with a note for the reporter', async () => {
    const transition = async (body: Record<string, unknown>) => {
      const current = await call<{ version: number }>('GET', `${loket.workbench.url}/api/v1/cases/${caseId}`, { token: professional });
      const response = await call<{ status: string }>('POST', `${loket.workbench.url}/api/v1/cases/${caseId}/transitions`, {
        token: professional,
        body: { ...body, expectedVersion: current.body.version },
      });
      expect(response.status).toBe(200);
      return response.body;
    };
    const me = JSON.parse(Buffer.from(professional.split('.')[1]!, 'base64url').toString()).sub as string;
    await transition({ transition: 'assign', assignee: me });
    await transition({ transition: 'start' });
    const note = await call('POST', `${loket.workbench.url}/api/v1/cases/${caseId}/notes`, {
      token: professional,
      body: { visibility: 'reporter', text: 'Het grofvuil is opgehaald. Dank voor uw melding!' },
    });
    expect(note.status).toBe(201);
    expect(await transition({ transition: 'resolve', resolutionCode: 'solved' })).toMatchObject({ status: 'resolved' });
  });

  it('tells the reporter the outcome by e-mail and on the tracking page', async () => {
    await expectEventually(async () => {
      const texts = (await mailsTo(email)).map((m) => m.text).join('\n');
      expect(texts).toContain('Het grofvuil is opgehaald');
    }, { timeoutMs: 60_000 });
    const page = await expectEventually(async () => {
      const response = await call<Record<string, unknown>>('GET', `${loket.feedback.url}/api/v1/tracking/${trackingCode}`);
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).toContain('resolved');
      return response.body;
    });
    expect(JSON.stringify(page)).not.toContain(email);
    await expectEventually(async () => {
      const texts = (await mailsTo(neighbourEmail)).map((m) => m.text).join('\n');
      expect(texts).toContain('Het grofvuil is opgehaald');
      expect(texts).not.toContain(email);
    }, { timeoutMs: 60_000 });
    const unknown = await call('GET', `${loket.feedback.url}/api/v1/tracking/AAAA-BBBB-CCCC-DDDD-EEEE`);
    expect(unknown.status).toBe(404);
  });

  it('carries the request’s correlation id on every event of the report', async () => {
    const ours = probe.messages.filter((m) => m.value.includes(reportId) || m.value.includes(caseId));
    expect(ours.length).toBeGreaterThanOrEqual(3);
    const opened = ours.find((m) => m.topic === 'loket.case.opened.v1');
    expect(JSON.parse(opened!.value).correlationId).toBe(correlationId);
  });

  it('keeps the e-mail address and phone number off Kafka and out of every database but the feedback service’s', async () => {
    const onTheBus = probe.messages.filter((m) => m.value.includes(email) || m.value.includes(phone));
    expect(onTheBus).toEqual([]);
    for (const service of ['intake', 'routing', 'workbench', 'feedback'] as const) {
      const dump = dumpDatabase(loket.databaseOf(service));
      expect({ service, email: dump.includes(email), phone: dump.includes(phone) }).toEqual({ service, email: false, phone: false });
    }
  });
});
