import { agencySignal } from '../../../testing/agency-fakes';
import type { CaseOpenedV1 } from '@loket/contracts';
import { defaultSlaPlanner, FAKE_TX, InMemoryCaseJournal, InMemoryCaseRepository } from '../../../testing/workbench-fakes';
import { RecordCaseWhenCaseOpened } from './record-case-when-case-opened.handler';
import type { RecordReportWhenReportLinked } from '../link-report/record-report-when-report-linked.handler';

/** No linked report is waiting for these cases. */
const noParkedReports = { releaseParked: async () => undefined } as unknown as RecordReportWhenReportLinked;

describe('RecordCaseWhenCaseOpened', () => {
  const event: CaseOpenedV1 = {
    caseId: '9f8e7d6c-5b4a-4392-8171-605f4e3d2c1b',
    organisation: 'municipality',
    team: 'stadsbeheer',
    priority: 'high',
    sla: { amount: 2, unit: 'days', calendar: 'working' },
    category: { main: 'afval', sub: 'grofvuil', sensitivity: 1 },
    report: {
      reportId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      reporterRef: 'rr_AbCdEfGhIjKlMnOpQrStUv',
      description: 'Grofvuil naast de container',
      location: { lat: 52.09, lon: 5.12 },
      submittedAt: '2026-05-01T07:59:00.000Z',
      reporterTier: 'resident',
      areaIds: ['BU03440100'],
    },
    decision: {
      policyId: 'default',
      policyVersion: 4,
      ruleId: 'afval-gemeente',
      explanation: 'Rule afval-gemeente matched',
    },
    openedAt: '2026-05-01T08:00:00.000Z',
  };

  it('stores a new case at version 1 with its report, routing explanation and a working-time due date, and opens its timeline', async () => {
    const cases = new InMemoryCaseRepository();
    const journal = new InMemoryCaseJournal();

    await new RecordCaseWhenCaseOpened(cases, journal, noParkedReports, defaultSlaPlanner(), agencySignal()).handle(event, FAKE_TX);

    expect(cases.records.get(event.caseId)).toMatchObject({
      organisation: 'municipality',
      team: 'stadsbeheer',
      status: 'new',
      version: 1,
      assignee: null,
      priority: 'high',
      categoryMain: 'afval',
      categorySub: 'grofvuil',
      sensitivity: 1,
      sla: { amount: 2, unit: 'days', calendar: 'working' },
      // Friday 1 May 10:00 plus 2 working days: Monday 4 May, then Wednesday 6 May (Bevrijdingsdag in between).
      dueAt: new Date('2026-05-06T08:00:00.000Z'),
      // A fifth of the SLA (0.4 working day) before due: 1.5 h of Wednesday, the rest of Monday's 8.5 h → Mon 15:06.
      slaWarnAt: new Date('2026-05-04T13:06:00.000Z'),
      slaPausedAt: null,
      routingPolicyVersion: 4,
      routingRuleId: 'afval-gemeente',
      routingExplanation: 'Rule afval-gemeente matched',
      openedAt: new Date('2026-05-01T08:00:00.000Z'),
    });
    expect(cases.reports).toEqual([
      expect.objectContaining({
        reportId: event.report.reportId,
        caseId: event.caseId,
        areaIds: ['BU03440100'],
      }),
    ]);
    expect(JSON.stringify(cases.reports)).not.toContain('rr_');
    expect(journal.entries).toEqual([
      expect.objectContaining({ kind: 'case-opened', caseVersion: 1, actorSubject: null }),
    ]);
  });

  it('leaves a case it already has as it is', async () => {
    const cases = new InMemoryCaseRepository();
    const journal = new InMemoryCaseJournal();
    const handler = new RecordCaseWhenCaseOpened(cases, journal, noParkedReports, defaultSlaPlanner(), agencySignal());

    await handler.handle(event, FAKE_TX);
    await handler.handle({ ...event, team: 'handhaving' }, FAKE_TX);

    expect(cases.records.get(event.caseId)).toMatchObject({ team: 'stadsbeheer' });
    expect(cases.reports).toHaveLength(1);
    expect(journal.entries).toHaveLength(1);
  });
});
