import type { ReporterQuestions } from '../questions/reporter-questions';
import { DataSource, EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
import { CaseDirectory } from '../case-links/case-directory';
import { trackingCodeHash } from '../crypto/tracking-code-hash';
import { DEFAULT_DISCLOSURE_POLICY } from '../messages/disclosure-policy';
import { MessageBook } from '../messages/message-book';
import { ReporterFacts } from '../messages/plan-message';
import { ReporterDirectory } from '../reporters/reporter-directory';
import { TrackReport } from './track-report.use-case';

const CODE = 'K7QM-2XNP-8RTD-4VWB-HC9F';
const known: ReporterFacts = {
  reportId: '00000000-0000-4000-8000-000000000001',
  reporterRef: 'rr_aaaaaaaaaaaaaaaaaaaaaa',
  tier: 'anonymous',
  language: 'nl',
  consentToContact: true,
  hasEmail: true,
  receivedAt: new Date('2026-05-01T10:00:00Z'),
  trackingCodeHint: '…-HC9F',
};

function setup() {
  const lookups: string[] = [];
  const reporters = {
    ofTrackingCodeHash: async (_tx: EntityManager, hash: string) => {
      lookups.push(hash);
      return hash === trackingCodeHash(CODE) ? known : null;
    },
  } as unknown as ReporterDirectory;
  const cases = { ofReport: async () => null, stages: async () => [] } as unknown as CaseDirectory;
  const messages = { ofReport: async () => [] } as unknown as MessageBook;
  const dataSource = { manager: {} } as DataSource;
  const sut = new TrackReport(dataSource, reporters, cases, messages, DEFAULT_DISCLOSURE_POLICY, { forReporter: async () => [] } as unknown as ReporterQuestions);
  return { sut, lookups };
}

async function problemOf(promise: Promise<unknown>): Promise<ProblemException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('TrackReport', () => {
  it('answers the holder of a known code, typed in any case', async () => {
    const { sut } = setup();
    await expect(sut.execute(CODE.toLowerCase())).resolves.toMatchObject({ reportId: known.reportId, stage: 'received' });
  });

  it('answers a malformed and an unknown code with the very same problem', async () => {
    const { sut } = setup();
    const unknown = await problemOf(sut.execute('AAAA-BBBB-CCCC-DDDD-EEEE'));
    const malformed = await problemOf(sut.execute("'; DROP TABLE reporters; --"));
    expect(unknown.status).toBe(404);
    expect({ ...malformed, stack: undefined }).toEqual({ ...unknown, stack: undefined });
    expect(malformed.message).toBe(unknown.message);
  });

  it('looks a malformed code up like any other, so its timing does not stand out', async () => {
    const { sut, lookups } = setup();
    await problemOf(sut.execute('not-a-code'));
    await problemOf(sut.execute('AAAA-BBBB-CCCC-DDDD-EEEE'));
    expect(lookups).toHaveLength(2);
  });
});
