import type { ReporterQuestions } from '../questions/reporter-questions';
import { DataSource, IsNull } from 'typeorm';
import { DEFAULT_DISCLOSURE_MATRIX, DEFAULT_TEMPLATES } from '@loket/disclosure-policy';
import { CaseDirectory } from '../case-links/case-directory';
import { DisclosurePolicy } from '../messages/disclosure-policy';
import { MessageBook } from '../messages/message-book';
import { ReporterDirectory } from '../reporters/reporter-directory';
import { ReporterRecord } from '../reporters/reporter.entity';
import { SubjectKeys } from '../reporters/subject-keys';
import { MY_REPORTS_LIMIT, MyReports } from './my-reports.use-case';

describe('MyReports', () => {
  const keys = new SubjectKeys('feedback-test-hash-key');
  const receivedAt = new Date('2026-12-01T10:00:00Z');
  const find = jest.fn();
  const findOneBy = jest.fn();
  const dataSource = { manager: { find, findOneBy } } as unknown as DataSource;
  const reporters = {
    ofReport: jest.fn(async (_tx: unknown, reportId: string) => ({
      reportId, reporterRef: 'rr_abcdefghijklmnop', tier: 'resident', language: 'nl', consentToContact: true, hasEmail: false, receivedAt, trackingCodeHint: 'HC9F',
    })),
  } as unknown as ReporterDirectory;
  const cases = { ofReport: jest.fn(async () => null), stages: jest.fn(async () => []) } as unknown as CaseDirectory;
  const messages = { ofReport: jest.fn(async () => []) } as unknown as MessageBook;
  const policy = { matrix: DEFAULT_DISCLOSURE_MATRIX, templates: DEFAULT_TEMPLATES } as unknown as DisclosurePolicy;
  const sut = new MyReports(dataSource, keys, reporters, cases, messages, policy, { forReporter: async () => [] } as unknown as ReporterQuestions);

  beforeEach(() => jest.clearAllMocks());

  it('looks only for the caller’s keyed subject, never an erased reporter, newest first, at most 50', async () => {
    find.mockResolvedValue([{ reportId: 'r-1', trackingCodeHint: 'HC9F', receivedAt } as ReporterRecord]);
    const answer = await sut.list('subject-of-bewoner');
    expect(find).toHaveBeenCalledWith(ReporterRecord, {
      where: { subjectKey: keys.of('subject-of-bewoner'), erasedAt: IsNull() },
      order: { receivedAt: 'DESC' },
      take: MY_REPORTS_LIMIT,
    });
    expect(answer.reports).toEqual([
      { reportId: 'r-1', trackingCodeHint: 'HC9F', receivedAt: receivedAt.toISOString(), stage: 'received', stageAt: receivedAt.toISOString(), messageCount: 0 },
    ]);
  });

  it('answers 404 for a report that is not the caller’s, as for one that does not exist', async () => {
    findOneBy.mockResolvedValue(null);
    await expect(sut.one('subject-of-someone-else', 'r-1')).rejects.toMatchObject({ status: 404 });
    expect(findOneBy).toHaveBeenCalledWith(ReporterRecord, { reportId: 'r-1', subjectKey: keys.of('subject-of-someone-else'), erasedAt: IsNull() });
    expect(reporters.ofReport).not.toHaveBeenCalled();
  });
});
