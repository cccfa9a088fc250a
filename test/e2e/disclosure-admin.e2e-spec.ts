import { expectEventually, LoketServices, mailsTo, metresNorthOf, randomPlace, textMarker, tokenFor } from '@loket/testing';
import { call } from './http-client';

type Matrix = Record<string, Record<string, number>>;
type Templates = Record<string, Record<string, Record<string, { subject: string; body: string }>>>;
interface PolicyVersion<T> {
  version: number;
  active: boolean;
  content: T;
}
interface ReporterPreview {
  reporter: string;
  tier: string;
  level: number;
  language: string;
  channel: string;
  receives: string;
  explanation: string;
  subject?: string;
  body?: string;
}
interface TrackingPage {
  disclosureLevel: number;
  messages: { stage: string; subject: string; body: string }[];
}

/**
 * The disclosure policy, all the way: an administrator edits the matrix and a template over HTTP; the
 * professional previews a note per reporter in the workbench (asked of the feedback service with their own
 * token), saves it, and each reporter's e-mail and tracking page say exactly what the preview said — or
 * nothing, for an anonymous resident on a care case.
 */
describe('administrators set what reporters hear; professionals see it before they write', () => {
  let loket: LoketServices;
  let admin: string;
  let municipality: string;
  let socialWork: string;
  // letters only: these texts reach the reporter redacted, and a hex word such as 2742ee0d reads as an address
  const tag = textMarker();
  const anna = `anna.${tag}@example.nl`;
  const bert = `bert.${tag}@example.nl`;
  const vera = `vera.${tag}@example.nl`;
  const admin_ = (path: string) => `${loket.feedback.url}/api/v1/admin/${path}`;
  const cases = () => `${loket.workbench.url}/api/v1/cases`;
  let nuisance: { caseId: string; trackingCode: string };
  let care: { caseId: string; anonymousCode: string; volunteerCode: string };
  let notePreview: ReporterPreview;

  beforeAll(async () => {
    loket = await LoketServices.start();
    [admin, municipality, socialWork] = await Promise.all([tokenFor('admin'), tokenFor('gemeente.stadsbeheer'), tokenFor('welzijn.wijkteam')]);
  });
  afterAll(async () => {
    await loket?.stop();
    await loket?.dropDatabases();
  });

  async function report(body: Record<string, unknown>, token?: string): Promise<{ reportId: string; trackingCode: string; caseId: string; kind: string }> {
    const submitted = await call<{ reportId: string; trackingCode: string }>('POST', `${loket.intake.url}/api/v1/reports`, { token, body });
    expect(submitted.status).toBe(201);
    const coordinator = await tokenFor('coordinator');
    const decision = await expectEventually(async () => {
      const answer = await call<{ kind: string; caseId: string }>('GET', `${loket.routing.url}/api/v1/decisions/${submitted.body.reportId}`, { token: coordinator });
      expect(answer.status).toBe(200);
      return answer.body;
    }, { timeoutMs: 60_000 });
    return { ...submitted.body, caseId: decision.caseId, kind: decision.kind };
  }

  /** The workbench's note preview, once the feedback service knows every reporter of the case. */
  async function previewNote(caseId: string, token: string, text: string, reporters: number): Promise<ReporterPreview[]> {
    return expectEventually(async () => {
      const answer = await call<{ reporters: ReporterPreview[] }>('POST', `${cases()}/${caseId}/notes/preview`, { token, body: { text } });
      expect(answer.status).toBe(200);
      expect(answer.body.reporters).toHaveLength(reporters);
      return answer.body.reporters;
    }, { timeoutMs: 60_000 });
  }

  const tracking = (code: string) => call<TrackingPage>('GET', `${loket.feedback.url}/api/v1/tracking/${code}`);

  it('keeps the admin API to administrators and refuses invalid matrices and templates with 400 problems', async () => {
    expect((await call('GET', admin_('disclosure-matrix'), { token: municipality })).status).toBe(403);
    const matrix = await call<PolicyVersion<Matrix>>('GET', admin_('disclosure-matrix'), { token: admin });
    expect(matrix.status).toBe(200);
    expect(matrix.body).toMatchObject({ version: 1, active: true });
    expect(matrix.body.content['2']!['anonymous']).toBe(2);

    const outOfRange = structuredClone(matrix.body.content);
    outOfRange['2']!['anonymous'] = 9;
    const refused = await call<{ status: number; errors: { field: string }[] }>('PUT', admin_('disclosure-matrix'), { token: admin, body: { matrix: outOfRange } });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.errors.map((e) => e.field)).toEqual(['matrix.2.anonymous']);

    const templates = await call<PolicyVersion<Templates>>('GET', admin_('message-templates'), { token: admin });
    const unknownPlaceholder = structuredClone(templates.body.content);
    unknownPlaceholder['closed']!['en']!['generic']!.body += ' {{reporterName}}';
    const badTemplates = await call<{ errors: { field: string; messages: string[] }[] }>('PUT', admin_('message-templates'), { token: admin, body: { templates: unknownPlaceholder } });
    expect(badTemplates.status).toBe(400);
    expect(badTemplates.body.errors[0]).toMatchObject({ field: 'templates.closed.en.generic.body', messages: [expect.stringContaining('{{reporterName}}')] });
  });

  it('shows the professional that an anonymous resident on a nuisance case gets the generic progress message instead of the note', async () => {
    const noise = await report({
      description: `Harde muziek tot diep in de nacht (${tag})`,
      category: 'overlast',
      subcategory: 'geluid',
      location: randomPlace(),
      contact: { email: anna },
    });
    nuisance = { caseId: noise.caseId, trackingCode: noise.trackingCode };
    const [annaSees] = await previewNote(nuisance.caseId, municipality, 'We hebben de bewoners aangesproken.', 1);
    expect(annaSees).toMatchObject({ reporter: 'reporter 1', tier: 'anonymous', level: 2, channel: 'email', receives: 'generic-progress' });
    expect(annaSees!.subject).toMatch(/^Er is voortgang met je melding …-[A-Z0-9]{4}$/);
    expect(annaSees!.body).not.toContain('aangesproken');
    const saved = await call('POST', `${cases()}/${nuisance.caseId}/notes`, { token: municipality, body: { visibility: 'reporter', text: 'We hebben de bewoners aangesproken.' } });
    expect(saved.status).toBe(201);
    const mail = await expectEventually(async () => {
      const found = (await mailsTo(anna)).find((m) => m.subject === annaSees!.subject);
      expect(found).toBeDefined();
      return found!;
    }, { timeoutMs: 60_000 });
    expect(mail.text).toContain(annaSees!.body);
    expect(mail.text).not.toContain('aangesproken');
    const police = await tokenFor('politie.wijkagent');
    expect((await call('POST', `${cases()}/${nuisance.caseId}/notes/preview`, { token: police, body: { text: 'x' } })).status).toBe(404);
  });

  it('records who raised nuisance × anonymous (and care × volunteer) to level 3, and previews an edited template', async () => {
    const current = await call<PolicyVersion<Matrix>>('GET', admin_('disclosure-matrix'), { token: admin });
    const matrix = structuredClone(current.body.content);
    matrix['2']!['anonymous'] = 3;
    matrix['4']!['volunteer'] = 3;
    const saved = await call<PolicyVersion<Matrix>>('PUT', admin_('disclosure-matrix'), { token: admin, body: { matrix, expectedVersion: 1 } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, active: true });
    expect((await call('PUT', admin_('disclosure-matrix'), { token: admin, body: { matrix, expectedVersion: 1 } })).status).toBe(409);
    const history = await call<{ items: { version: number; active: boolean }[] }>('GET', admin_('disclosure-matrix/versions'), { token: admin });
    expect(history.body.items.map((v) => [v.version, v.active])).toEqual([[2, true], [1, false]]);
    const audit = await call<{ items: { version: number; actor: { username: string }; before: Matrix; after: Matrix }[] }>('GET', admin_('disclosure-policy/audit?kind=matrix'), { token: admin });
    expect(audit.body.items[0]).toMatchObject({ version: 2, actor: { username: 'admin' } });
    expect([audit.body.items[0]!.before['2']!['anonymous'], audit.body.items[0]!.after['2']!['anonymous']]).toEqual([2, 3]);

    const templates = await call<PolicyVersion<Templates>>('GET', admin_('message-templates'), { token: admin });
    const edited = structuredClone(templates.body.content);
    edited['note-for-reporter']!['nl']!['with-outcome']!.subject = `Nieuws over uw melding {{trackingCode}} (${tag})`;
    expect((await call('PUT', admin_('message-templates'), { token: admin, body: { templates: edited } })).status).toBe(200);
    const preview = await call<{ deliver: boolean; subject: string; body: string }>('POST', admin_('message-templates/preview'), {
      token: admin,
      body: { stage: 'note-for-reporter', language: 'nl', level: 3, sample: { noteText: 'Het is opgelost.' } },
    });
    expect(preview.body).toMatchObject({ deliver: true, subject: `Nieuws over uw melding …-HC9F (${tag})` });
    expect(preview.body.body).toContain('Het is opgelost.');
  });

  it('previews the note at the new level, and the e-mail and tracking page say exactly that', async () => {
    const text = `We hebben de bewoners aangesproken; bel ons op 06-12345678 als het weer gebeurt (${tag}).`;
    [notePreview] = (await previewNote(nuisance.caseId, municipality, text, 1)) as [ReporterPreview];
    expect(notePreview).toMatchObject({ tier: 'anonymous', level: 3, receives: 'note' });
    expect(notePreview.subject).toContain(`(${tag})`);
    expect(notePreview.body).toContain('We hebben de bewoners aangesproken');
    expect(notePreview.body).not.toContain('06-12345678');
    expect(JSON.stringify(notePreview)).not.toContain(anna);

    const saved = await call('POST', `${cases()}/${nuisance.caseId}/notes`, { token: municipality, body: { visibility: 'reporter', text } });
    expect(saved.status).toBe(201);
    const mail = await expectEventually(async () => {
      const found = (await mailsTo(anna)).find((m) => m.subject === notePreview.subject);
      expect(found).toBeDefined();
      return found!;
    }, { timeoutMs: 60_000 });
    expect(mail.text).toContain(notePreview.body);
    const page = await tracking(nuisance.trackingCode);
    const onPage = page.body.messages.filter((m) => m.stage === 'note-for-reporter').map((m) => [m.subject, m.body]);
    expect(onPage).toEqual([
      [expect.stringMatching(/^Er is voortgang/), expect.not.stringContaining('aangesproken')],
      [notePreview.subject, notePreview.body],
    ]);
  });

  it('never gives a note on a care case to an anonymous resident; the volunteer gets it at the level the matrix now allows', async () => {
    const place = randomPlace();
    const anonymous = await report({
      description: `Mijn buurvrouw komt al weken de deur niet uit en de post stapelt zich op (${tag})`,
      category: 'zorg',
      subcategory: 'eenzaamheid',
      location: place,
      contact: { email: bert },
    });
    const volunteer = await report(
      {
        description: `De buurvrouw komt al weken de deur niet uit, de post stapelt zich op (${tag})`,
        category: 'zorg',
        subcategory: 'eenzaamheid',
        location: metresNorthOf(place, 10),
        contact: { email: vera },
      },
      await tokenFor('vrijwilliger'),
    );
    expect(volunteer).toMatchObject({ kind: 'linked', caseId: anonymous.caseId });
    care = { caseId: anonymous.caseId, anonymousCode: anonymous.trackingCode, volunteerCode: volunteer.trackingCode };

    const text = `Er is contact gelegd en er wordt hulp geboden (${tag}).`;
    const [bertSees, veraSees] = await previewNote(care.caseId, socialWork, text, 2);
    expect(bertSees).toMatchObject({ reporter: 'reporter 1', tier: 'anonymous', level: 1, receives: 'nothing' });
    expect(bertSees!.body).toBeUndefined();
    expect(veraSees).toMatchObject({ reporter: 'reporter 2', tier: 'volunteer', level: 3, receives: 'note' });

    expect((await call('POST', `${cases()}/${care.caseId}/notes`, { token: socialWork, body: { visibility: 'reporter', text } })).status).toBe(201);
    // The note reaches the volunteer; the anonymous resident's messages were planned in the same transaction.
    const veraMail = await expectEventually(async () => {
      const found = (await mailsTo(vera)).find((m) => m.subject === veraSees!.subject);
      expect(found).toBeDefined();
      return found!;
    }, { timeoutMs: 60_000 });
    expect(veraMail.text).toContain(veraSees!.body);
    const veraPage = await tracking(care.volunteerCode);
    expect(veraPage.body.messages.filter((m) => m.stage === 'note-for-reporter').map((m) => m.body)).toEqual([veraSees!.body]);

    const bertMails = await mailsTo(bert);
    expect(bertMails.length).toBeGreaterThanOrEqual(1);
    expect(bertMails.map((m) => `${m.subject}\n${m.text}`).join('\n')).not.toContain('hulp geboden');
    const bertPage = await tracking(care.anonymousCode);
    expect(bertPage.status).toBe(200);
    expect(bertPage.body.disclosureLevel).toBe(1);
    expect(JSON.stringify(bertPage.body)).not.toContain('hulp geboden');
    expect(bertPage.body.messages.map((m) => m.stage)).toEqual(['received']);
  });
});
