import type { CaseOpenedV1, CaseStatus, FeedbackStage } from '@loket/contracts';
import { InMemoryInsightStore } from '../../../testing/insight-fakes';
import { FAKE_TX } from '../../../testing/workbench-fakes';
import { ProjectAnswerWhenSatisfactionRecorded } from './project-answer-when-satisfaction-recorded.handler';
import { ProjectCaseWhenCaseOpened } from './project-case-when-case-opened.handler';
import { ProjectDeliveryWhenFeedbackDelivered } from './project-delivery-when-feedback-delivered.handler';
import { ProjectMilestoneWhenStatusChanged } from './project-milestone-when-status-changed.handler';
import { ProjectReportWhenReportLinked } from './project-report-when-report-linked.handler';

const CASE = '9f8e7d6c-5b4a-4392-8171-605f4e3d2c1b';
const OTHER = '0b8e7d6c-5b4a-4392-8171-605f4e3d2c1b';
const REPORT = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const LINKED = '2a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const RR = 'rr_AbCdEfGhIjKlMnOpQrStUv';
const RR2 = 'rr_ZyXwVuTsRqPoNmLkJiHgFe';

const opened = (caseId: string, reportId: string, openedAt: string): CaseOpenedV1 => ({
  caseId,
  organisation: 'municipality',
  team: 'stadsbeheer',
  priority: 'normal',
  sla: { amount: 2, unit: 'days', calendar: 'working' },
  category: { main: 'afval', sensitivity: 1 },
  report: {
    reportId,
    reporterRef: RR,
    description: 'Grofvuil naast de container',
    location: { lat: 52.09, lon: 5.12 },
    submittedAt: '2026-05-01T07:59:00.000Z',
    reporterTier: 'resident',
    areaIds: ['BU03440100'],
  },
  decision: { policyId: 'default', policyVersion: 1, ruleId: null, explanation: 'fallback' },
  openedAt,
});

describe('the insights projection handlers', () => {
  let store: InMemoryInsightStore;
  beforeEach(() => (store = new InMemoryInsightStore()));
  const status = (to: CaseStatus, changedAt: string) =>
    new ProjectMilestoneWhenStatusChanged(store).handle(
      {
        caseId: CASE,
        organisation: 'municipality',
        from: 'new',
        to,
        resolutionCode: null,
        caseVersion: 2,
        changedAt,
      },
      FAKE_TX,
    );
  const delivered = (stage: FeedbackStage, caseId: string | null, reportId = REPORT) =>
    new ProjectDeliveryWhenFeedbackDelivered(store).handle(
      {
        messageId: `5${stage.length}8e7d6c-5b4a-4392-8171-605f4e3d2c1b`,
        reportId,
        caseId,
        reporterRef: RR,
        stage,
        level: 2,
        channel: 'email',
        deliveredAt: '2026-05-03T10:00:00Z',
      },
      FAKE_TX,
    );

  it('keeps no text and no contact details, only the pseudonymous reporter', async () => {
    await new ProjectCaseWhenCaseOpened(store).handle(
      opened(CASE, REPORT, '2026-05-01T08:00:00.000Z'),
      FAKE_TX,
    );
    expect(JSON.stringify([...store.reports.values(), ...store.cases.values()])).not.toMatch(
      /Grofvuil|52\.09/,
    );
    expect([...store.reports.values()][0]).toMatchObject({
      reporterRef: RR,
      linkedIntoExisting: false,
      areaIds: ['BU03440100'],
    });
  });

  it('keeps the first pickup, resolution and closing whatever order the status changes arrive in', async () => {
    await status('resolved', '2026-05-02T12:00:00Z');
    await status('in_progress', '2026-05-01T11:00:00Z');
    await status('assigned', '2026-05-01T09:00:00Z');
    await status('waiting', '2026-05-01T08:30:00Z');
    await status('resolved', '2026-05-03T12:00:00Z');
    expect(store.milestones.get(CASE)).toEqual({
      pickedUpAt: new Date('2026-05-01T09:00:00Z'),
      resolvedAt: new Date('2026-05-02T12:00:00Z'),
      closedAt: null,
    });
  });

  it('places a report where it was placed last: a link that beats its case (or an older opening) still counts once the case is known', async () => {
    await new ProjectReportWhenReportLinked(store).handle(
      {
        caseId: CASE,
        organisation: 'municipality',
        report: { ...opened(CASE, LINKED, '').report, reporterRef: RR2 },
        score: 0.8,
        explanation: 'near',
        linkedAt: '2026-05-01T09:00:00Z',
      },
      FAKE_TX,
    );
    expect((await store.factsBetween(new Date('2026-05-01Z'), new Date('2026-06-01Z'))).reports).toEqual([]);
    await new ProjectCaseWhenCaseOpened(store).handle(
      opened(CASE, REPORT, '2026-05-01T08:00:00.000Z'),
      FAKE_TX,
    );
    await new ProjectCaseWhenCaseOpened(store).handle(
      opened(OTHER, LINKED, '2026-05-01T08:30:00.000Z'),
      FAKE_TX,
    );
    const facts = await store.factsBetween(new Date('2026-05-01Z'), new Date('2026-06-01Z'));
    expect(facts.reports.map((r) => [r.reportId, r.caseId, r.linkedIntoExisting, r.category]).sort()).toEqual(
      [
        [REPORT, CASE, false, 'afval'],
        [LINKED, CASE, true, 'afval'],
      ],
    );
  });

  it('counts only loop-closing messages, for the case of their report when they name none', async () => {
    await new ProjectCaseWhenCaseOpened(store).handle(
      opened(CASE, REPORT, '2026-05-01T08:00:00.000Z'),
      FAKE_TX,
    );
    await delivered('picked-up', CASE);
    await delivered('resolved', null);
    await delivered('closed', null, LINKED); // a report the projection does not know
    expect([...store.deliveries.values()]).toEqual([{ caseId: CASE, reporterRef: RR, stage: 'resolved' }]);
  });

  it('keeps the latest satisfaction answer', async () => {
    const answer = (satisfied: boolean, recordedAt: string) =>
      new ProjectAnswerWhenSatisfactionRecorded(store).handle(
        { caseId: CASE, reportId: REPORT, reporterRef: RR, satisfied, reopenRequested: false, recordedAt },
        FAKE_TX,
      );
    await answer(true, '2026-05-04T10:00:00Z');
    await answer(false, '2026-05-03T10:00:00Z');
    expect([...store.answers.values()].map((a) => a.satisfied)).toEqual([true]);
  });
});
