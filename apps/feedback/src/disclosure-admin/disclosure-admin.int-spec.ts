import { DEFAULT_DISCLOSURE_MATRIX, DEFAULT_TEMPLATES, REPORTER_TIERS, SENSITIVITIES } from '@loket/disclosure-policy';
import type { Principal } from '@loket/auth';
import { scratchDatabase } from '@loket/testing';
import { FEEDBACK_SCHEMA } from '../database/feedback.schema';
import { DEFAULT_DISCLOSURE_POLICY } from '../messages/disclosure-policy';
import { planForCase, ReporterFacts } from '../messages/plan-message';
import { ActiveDisclosurePolicy } from './active-disclosure-policy';
import { PolicyAuditRecord } from './policy-audit.entity';
import { TypeOrmPolicyVersions } from './policy-versions';
import { PreviewTemplate } from './preview-template.use-case';
import { PublishPolicyVersion } from './publish-policy-version.use-case';
import { ShowPolicyVersions } from './show-policy-versions.use-case';

const ADMIN: Principal = { subject: 'admin-subject-1', username: 'admin', roles: ['admin'], organisation: null, teams: [] };
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('administering the disclosure policy against a real database', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let versions: TypeOrmPolicyVersions;
  let policy: ActiveDisclosurePolicy;
  let publish: PublishPolicyVersion;
  let show: ShowPolicyVersions;

  beforeAll(async () => {
    database = await scratchDatabase('loket_feedback_policy', FEEDBACK_SCHEMA);
    versions = new TypeOrmPolicyVersions(database.dataSource);
    policy = new ActiveDisclosurePolicy(database.dataSource, versions, { intervalMs: 60_000 });
    await policy.onModuleInit();
    publish = new PublishPolicyVersion(database.dataSource, versions, policy);
    show = new ShowPolicyVersions(versions);
  });
  afterAll(async () => {
    await policy?.onModuleDestroy();
    await database?.drop();
  });

  it('seeds version 1 of the matrix and the templates from the defaults, once, however many instances start', async () => {
    const other = new ActiveDisclosurePolicy(database.dataSource, versions, { intervalMs: 60_000 });
    await Promise.all([other.seedDefaults(), other.seedDefaults()]);
    expect(await show.history('matrix')).toEqual({ items: [expect.objectContaining({ version: 1, active: true, createdBy: { subject: 'system', username: 'system' } })] });
    expect((await show.active('matrix')).content).toEqual(copy(DEFAULT_DISCLOSURE_MATRIX));
    expect((await show.active('templates')).content).toEqual(copy(DEFAULT_TEMPLATES));
    expect(policy.activeVersions).toEqual({ matrix: 1, templates: 1 });
    const seeds = await database.dataSource.manager.findBy(PolicyAuditRecord, { action: 'seeded' });
    expect(seeds.map((s) => s.kind).sort()).toEqual(['matrix', 'templates']);
  });

  it('plans, from the seeded version read back from the database, exactly what the library defaults plan', () => {
    const reporters: ReporterFacts[] = REPORTER_TIERS.map((tier, i) => ({
      reportId: `00000000-0000-4000-8000-00000000000${i}`,
      reporterRef: `rr_${tier}`,
      tier,
      language: i % 2 === 0 ? 'nl' : 'en',
      consentToContact: true,
      hasEmail: true,
      receivedAt: new Date('2026-05-01T10:00:00Z'),
      trackingCodeHint: '…-HC9F',
    }));
    for (const sensitivity of SENSITIVITIES) {
      const kase = { caseId: '00000000-0000-4000-8000-0000000000c1', sensitivity, organisation: 'police' };
      for (const stage of ['picked-up', 'closed'] as const) {
        const occasion = { stage, eventId: 'e', occurredAt: new Date('2026-05-02T10:00:00Z') };
        expect(planForCase(occasion, reporters, kase, policy)).toEqual(planForCase(occasion, reporters, kase, DEFAULT_DISCLOSURE_POLICY));
      }
      const note = { stage: 'note-for-reporter' as const, eventId: 'n', occurredAt: new Date('2026-05-02T10:00:00Z'), noteText: 'Klaar.' };
      const planned = planForCase(note, reporters, kase, policy);
      expect(planned).toEqual(planForCase(note, reporters, kase, DEFAULT_DISCLOSURE_POLICY));
      expect(planned.map((m) => [m.reporterRef, m.level])).toEqual(
        REPORTER_TIERS.filter((tier) => DEFAULT_DISCLOSURE_MATRIX[sensitivity][tier] >= 2).map((tier) => [`rr_${tier}`, DEFAULT_DISCLOSURE_MATRIX[sensitivity][tier]]),
      );
      expect(planned.filter((m) => m.body.includes('Klaar.')).map((m) => m.reporterRef)).toEqual(
        REPORTER_TIERS.filter((tier) => DEFAULT_DISCLOSURE_MATRIX[sensitivity][tier] >= 3).map((tier) => `rr_${tier}`),
      );
    }
  });

  it('refuses a matrix with a level out of range or a missing cell with a 400 naming each, and saves nothing', async () => {
    const matrix = copy(DEFAULT_DISCLOSURE_MATRIX) as unknown as Record<string, Record<string, unknown>>;
    matrix['2']!['volunteer'] = 7;
    delete matrix['4']!['anonymous'];
    await expect(publish.execute(ADMIN, 'matrix', matrix)).rejects.toMatchObject({
      status: 400,
      extensions: { errors: [{ field: 'matrix.2.volunteer', messages: [expect.stringContaining('0 … 4')] }, { field: 'matrix.4.anonymous', messages: [expect.any(String)] }] },
    });
    expect((await show.history('matrix')).items).toHaveLength(1);
  });

  it('saves a new matrix as version 2, in force at once, with who, when, before and after in the audit', async () => {
    const matrix = copy(DEFAULT_DISCLOSURE_MATRIX) as unknown as Record<string, Record<string, number>>;
    matrix['3']!['resident'] = 3;
    const saved = await publish.execute(ADMIN, 'matrix', matrix, 1);
    expect(saved).toMatchObject({ kind: 'matrix', version: 2, active: true, createdBy: { subject: 'admin-subject-1', username: 'admin' } });
    expect(policy.matrix[3].resident).toBe(3);
    expect(policy.activeVersions.matrix).toBe(2);
    const [entry] = (await show.audit('matrix', 10)).items;
    expect(entry).toMatchObject({ kind: 'matrix', version: 2, action: 'published', actor: { username: 'admin' } });
    expect((entry!.before as Record<string, Record<string, number>>)['3']!['resident']).toBe(2);
    expect((entry!.after as Record<string, Record<string, number>>)['3']!['resident']).toBe(3);
    expect((await show.history('matrix')).items.map((v) => [v.version, v.active])).toEqual([[2, true], [1, false]]);
    expect((await show.version('matrix', 1)).content).toEqual(copy(DEFAULT_DISCLOSURE_MATRIX));
  });

  it('answers 409 to an administrator who edited an older version', async () => {
    await expect(publish.execute(ADMIN, 'matrix', copy(DEFAULT_DISCLOSURE_MATRIX), 1)).rejects.toMatchObject({ status: 409 });
    expect(policy.activeVersions.matrix).toBe(2);
  });

  it('lets another instance pick a publication up when it reloads', async () => {
    const other = new ActiveDisclosurePolicy(database.dataSource, versions, { intervalMs: 60_000 });
    await other.reload();
    expect(other.matrix[3].resident).toBe(3);
  });

  it('refuses templates with an unknown placeholder or a missing language, and previews a saved edit exactly', async () => {
    const broken = copy(DEFAULT_TEMPLATES) as unknown as Record<string, Record<string, unknown>>;
    delete broken['waiting']!['en'];
    (broken['closed']!['nl'] as Record<string, { body: string }>)['generic']!.body += ' {{naam}}';
    await expect(publish.execute(ADMIN, 'templates', broken)).rejects.toMatchObject({
      status: 400,
      extensions: { errors: [{ field: 'templates.waiting.en' }, { field: 'templates.closed.nl.generic.body', messages: [expect.stringContaining('{{naam}}')] }].map(expect.objectContaining) },
    });

    const edited = copy(DEFAULT_TEMPLATES) as unknown as Record<string, Record<string, Record<string, { subject: string; body: string }>>>;
    edited['closed']!['nl']!['generic']!.body = 'Uw melding {{trackingCode}} is afgesloten. Dank u wel!';
    await publish.execute(ADMIN, 'templates', edited);
    const preview = new PreviewTemplate(policy).execute({ stage: 'closed', language: 'nl', level: 2 });
    expect(preview).toEqual({ deliver: true, band: 'generic', subject: expect.stringContaining('…-HC9F'), body: 'Uw melding …-HC9F is afgesloten. Dank u wel!', templatesVersion: 2 });
  });

  it('previews nothing where the level does not reach the stage, and a draft without saving it', () => {
    const sut = new PreviewTemplate(policy);
    expect(sut.execute({ stage: 'note-for-reporter', language: 'en', level: 1, sample: { noteText: 'Done.' } })).toMatchObject({ deliver: false, reason: expect.stringContaining('level 2') });
    const generic = sut.execute({ stage: 'note-for-reporter', language: 'en', level: 2, sample: { noteText: 'Done.' } });
    expect(generic).toMatchObject({ deliver: true, band: 'generic', subject: 'There is progress on your report …-HC9F' });
    expect(generic.body).not.toContain('Done.');
    const draft = copy(DEFAULT_TEMPLATES) as unknown as Record<string, Record<string, Record<string, { subject: string; body: string }>>>;
    draft['note-for-reporter']!['en']!['with-outcome']!.body = 'News: {{noteText}} (mail me at x@y.nl)';
    expect(sut.execute({ stage: 'note-for-reporter', language: 'en', level: 3, sample: { noteText: 'Call 06-12345678.' }, templates: draft })).toMatchObject({
      deliver: true,
      body: expect.not.stringContaining('06-12345678'),
      templatesVersion: null,
    });
    expect(() => sut.execute({ stage: 'note-for-reporter', language: 'en', level: 3 })).toThrow(expect.objectContaining({ status: 400 }));
  });
});
