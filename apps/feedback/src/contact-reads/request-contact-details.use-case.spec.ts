import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { CaseReportRecord } from '../case-links/case-report.entity';
import { CaseRecord } from '../case-links/case.entity';
import { FieldCipher } from '../crypto/field-cipher';
import { ContactDetailsVault } from '../reporters/contact-details';
import { ReporterRecord } from '../reporters/reporter.entity';
import { CaseAccess } from './case-access';
import { ContactDetailReadRecord } from './contact-detail-read.entity';
import { ContactReadLog } from './contact-read-log';
import { RequestContactDetails } from './request-contact-details.use-case';

const CASE = '00000000-0000-4000-8000-0000000000c1';
const ANNA = '00000000-0000-4000-8000-000000000001';
const BERT = '00000000-0000-4000-8000-000000000002';
const now = new Date('2026-05-01T10:00:00Z');

const professional = (organisation: string | null): Principal => ({ subject: 'sub-1', username: 'gemeente.stadsbeheer', roles: ['professional'], organisation, teams: [] });

/** An entity manager over in-memory rows: `findOneBy` by equal fields, `insert` appends. */
function memoryTx(rows: Map<unknown, Record<string, unknown>[]>) {
  const tx = {
    findOneBy: async (entity: unknown, criteria: Record<string, unknown>) =>
      (rows.get(entity) ?? []).find((row) => Object.entries(criteria).every(([k, v]) => row[k] === v)) ?? null,
    insert: async (entity: unknown, row: Record<string, unknown>) => void rows.set(entity, [...(rows.get(entity) ?? []), row]),
    // the refusal log's one query: the reporter of a report on the named case
    query: async (_sql: string, [reportId, caseId]: string[]) =>
      (rows.get(CaseReportRecord) ?? []).some((l) => l['reportId'] === reportId && l['caseId'] === caseId)
        ? (rows.get(ReporterRecord) ?? []).filter((r) => r['reportId'] === reportId).map((r) => ({ reporter_ref: r['reporterRef'] }))
        : [],
  } as unknown as EntityManager;
  return tx;
}

function setup(reporterOverrides: Partial<ReporterRecord> = {}) {
  const vault = new ContactDetailsVault(new FieldCipher([{ kid: 'k', key: randomBytes(32) }]));
  const reporter = (reportId: string, email: string, extra: Partial<ReporterRecord> = {}) => ({
    reportId, reporterRef: `rr_${reportId.slice(-12)}aaaaaaaaaa`, consentToProfessionalContact: true, erasedAt: null,
    contactDetails: vault.seal(reportId, { email }), ...extra,
  });
  const rows = new Map<unknown, Record<string, unknown>[]>([
    [CaseRecord, [{ caseId: CASE, organisation: 'municipality' }]],
    [CaseReportRecord, [{ reportId: ANNA, caseId: CASE }, { reportId: BERT, caseId: CASE }]],
    [ReporterRecord, [reporter(ANNA, 'anna@example.nl', reporterOverrides), reporter(BERT, 'bert@example.nl')]],
  ]);
  const tx = memoryTx(rows);
  const dataSource = { transaction: (work: (m: EntityManager) => unknown) => work(tx), manager: tx } as unknown as DataSource;
  const sut = new RequestContactDetails(dataSource, new CaseAccess(), vault, new ContactReadLog());
  return { sut, reads: () => rows.get(ContactDetailReadRecord) ?? [] };
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof ProblemException) return error.status;
    throw error;
  }
}

describe('RequestContactDetails', () => {
  it('gives a professional of the holding organisation the consenting reporter’s details, and logs who, when, why and whom', async () => {
    const { sut, reads } = setup();
    const answer = await sut.execute(professional('municipality'), CASE, ANNA, 'Vragen over de plek', now);
    expect(answer).toEqual({ reportId: ANNA, email: 'anna@example.nl', readAt: now.toISOString() });
    expect(reads()).toEqual([
      expect.objectContaining({
        purpose: 'professional-request', readerSubject: 'sub-1', readerUsername: 'gemeente.stadsbeheer', organisation: 'municipality',
        reason: 'Vragen over de plek', reportId: ANNA, caseId: CASE, readAt: now, outcome: 'read', refusal: null,
      }),
    ]);
    expect(JSON.stringify(reads())).not.toContain('anna@example.nl');
  });

  it('is a 403 without the reporter’s consent to professional contact, and logs the refused attempt without details', async () => {
    const { sut, reads } = setup({ consentToProfessionalContact: false });
    expect(await statusOf(sut.execute(professional('municipality'), CASE, ANNA, 'Vragen over de plek', now))).toBe(403);
    expect(reads()).toEqual([
      expect.objectContaining({
        outcome: 'refused', refusal: 'no-consent', purpose: 'professional-request', readerUsername: 'gemeente.stadsbeheer',
        organisation: 'municipality', reason: 'Vragen over de plek', reportId: ANNA, reporterRef: expect.stringMatching(/^rr_/), caseId: CASE,
      }),
    ]);
    expect(JSON.stringify(reads())).not.toContain('anna@example.nl');
  });

  it('is the same 404 for another organisation, no organisation, an unknown case, a report not on the case, or an erased reporter; the log keeps which', async () => {
    const { sut, reads } = setup();
    expect(await statusOf(sut.execute(professional('police'), CASE, ANNA, 'reden', now))).toBe(404);
    expect(await statusOf(sut.execute(professional(null), CASE, ANNA, 'reden', now))).toBe(404);
    expect(await statusOf(sut.execute(professional('municipality'), '00000000-0000-4000-8000-0000000000c2', ANNA, 'reden', now))).toBe(404);
    expect(await statusOf(sut.execute(professional('municipality'), CASE, '00000000-0000-4000-8000-000000000009', 'reden', now))).toBe(404);
    expect(reads().map((r) => [r['outcome'], r['refusal'], r['organisation']])).toEqual([
      ['refused', 'not-your-organisation', 'police'],
      ['refused', 'no-organisation', null],
      ['refused', 'unknown-case', 'municipality'],
      ['refused', 'no-such-report-on-case', 'municipality'],
    ]);
    expect(reads()[0]).toMatchObject({ reporterRef: expect.stringMatching(/^rr_/), reportId: ANNA });
    const erased = setup({ erasedAt: now });
    expect(await statusOf(erased.sut.execute(professional('municipality'), CASE, ANNA, 'reden', now))).toBe(404);
    expect(erased.reads().map((r) => r['refusal'])).toEqual(['reporter-erased']);
  });

  it('is a 404 when retention already removed the details, and logs that', async () => {
    const { sut, reads } = setup({ contactDetails: null });
    expect(await statusOf(sut.execute(professional('municipality'), CASE, ANNA, 'reden', now))).toBe(404);
    expect(reads().map((r) => r['refusal'])).toEqual(['no-details-held']);
  });
});
