import { CaseReferred, CaseStatusChanged, type CaseReassignedV1 } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { agencySignal } from '../../../testing/agency-fakes';
import { RecordingAuditTrail } from '../../../testing/audit-fakes';
import { InMemoryCaseReferrals } from '../../../testing/referral-fakes';
import {
  aCase,
  defaultSlaPlanner,
  fakeDataSource,
  FAKE_TX,
  FixedClock,
  InMemoryCaseJournal,
  InMemoryCaseRepository,
  InMemoryReopenRequests,
  QUEUE_SETTINGS,
  RecordingOutbox,
  SANNE,
  WIJKAGENT,
} from '../../../testing/workbench-fakes';
import { CaseAccess } from '../case-access';
import { ChangeStatusRequest } from '../change-status/change-status.request';
import { ChangeStatus } from '../change-status/change-status.use-case';
import { ListCases } from '../list-cases/list-cases.use-case';
import type { CaseRecord } from '../persistence/case.entity';
import { ShowCase } from '../show-case/show-case.use-case';
import { ReassignCaseWhenCaseReassigned } from './reassign-case-when-case-reassigned.handler';
import type { ReporterQuestions } from '../ask-reporter/reporter-questions';

/** No questions were asked of these cases' reporters. */
const noQuestions = { ofCase: async () => [] } as unknown as ReporterQuestions;

const REFERRED_AT = new Date('2026-05-04T09:00:00.000Z');
const REASSIGNED_AT = new Date('2026-05-04T09:00:05.000Z');

describe('referral', () => {
  function setup(...records: CaseRecord[]) {
    const clock = new FixedClock(REFERRED_AT);
    const cases = new InMemoryCaseRepository(...records);
    const journal = new InMemoryCaseJournal();
    const outbox = new RecordingOutbox();
    const referrals = new InMemoryCaseReferrals(cases);
    const access = new CaseAccess(cases, referrals);
    const settings = { reopenWindowDays: 30 };
    return {
      cases,
      journal,
      outbox,
      referrals,
      changeStatus: new ChangeStatus(fakeDataSource, access, cases, journal, outbox, clock, settings, referrals, defaultSlaPlanner()),
      reassign: new ReassignCaseWhenCaseReassigned(cases, referrals, journal, outbox, defaultSlaPlanner()),
      showCase: new ShowCase(access, cases, journal, referrals, new RecordingAuditTrail(), agencySignal(), noQuestions),
      listCases: new ListCases(access, cases, referrals, new InMemoryReopenRequests(), clock, QUEUE_SETTINGS, new RecordingAuditTrail()),
    };
  }

  const refer = (body: Partial<ChangeStatusRequest> = {}) =>
    ({
      transition: 'refer',
      reason: 'Signalen van drugshandel in het portiek',
      organisation: 'police',
      expectedVersion: 2,
      ...body,
    }) as ChangeStatusRequest;

  const reassigned = (caseId: string): CaseReassignedV1 => ({
    caseId,
    fromOrganisation: 'municipality',
    organisation: 'police',
    team: 'wijkagenten',
    priority: 'high',
    sla: { amount: 2, unit: 'days', calendar: 'calendar' },
    via: 'matching-rule',
    explanation: 'rule overlast-politie routes this report to police',
    reason: 'Signalen van drugshandel in het portiek',
    reassignedAt: REASSIGNED_AT.toISOString(),
  });

  async function problemOf(promise: Promise<unknown>): Promise<ProblemException> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProblemException);
    return error as ProblemException;
  }

  it('refers a case: state referred, the referral stored, status-changed and case.referred in the outbox', async () => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
    const { changeStatus, cases, referrals, outbox, journal } = setup(kase);

    const updated = await changeStatus.execute(SANNE, kase.id, refer());

    expect(updated).toMatchObject({ status: 'referred', version: 3, allowedTransitions: [] });
    expect(cases.records.get(kase.id)).toMatchObject({ status: 'referred', organisation: 'municipality' });
    expect(referrals.rows).toEqual([
      expect.objectContaining({
        caseId: kase.id,
        fromOrganisation: 'municipality',
        fromTeam: 'stadsbeheer',
        requestedOrganisation: 'police',
        toOrganisation: null,
        referredAt: REFERRED_AT,
        referredVersion: 3,
      }),
    ]);
    expect(outbox.events.map((e) => e.type)).toEqual([CaseStatusChanged.type, CaseReferred.type]);
    expect(outbox.events[0]?.payload).toMatchObject({ from: 'assigned', to: 'referred', caseVersion: 3 });
    expect(outbox.events[1]?.payload).toEqual({
      caseId: kase.id,
      fromOrganisation: 'municipality',
      requestedOrganisation: 'police',
      reason: 'Signalen van drugshandel in het portiek',
      referredAt: REFERRED_AT.toISOString(),
      caseVersion: 3,
    });
    expect(journal.entries[0]?.details).toMatchObject({
      transition: 'refer',
      reason: 'Signalen van drugshandel in het portiek',
      requestedOrganisation: 'police',
    });
  });

  it('leaves the destination to routing when no organisation is named', async () => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
    const { changeStatus, outbox } = setup(kase);

    await changeStatus.execute(SANNE, kase.id, refer({ organisation: undefined }));

    expect(outbox.events[1]?.payload).toMatchObject({ requestedOrganisation: null });
  });

  it('answers a referral without reason with a 400, and one to the own organisation with a 409', async () => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
    const { changeStatus, outbox } = setup(kase);

    expect(await problemOf(changeStatus.execute(SANNE, kase.id, refer({ reason: undefined })))).toMatchObject({
      status: 400,
    });
    expect(
      await problemOf(changeStatus.execute(SANNE, kase.id, refer({ organisation: 'municipality' }))),
    ).toMatchObject({ status: 409, problemType: 'transition-not-possible' });
    expect(outbox.events).toEqual([]);
  });

  it.each([
    ['matching-rule', []],
    ['fallback', ['routed-by-fallback']],
  ] as const)('settles the opening triage reasons of a case routing re-routed (via %s)', async (via, expected) => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject, triageReasons: ['routed-by-fallback', 'possibly-related'] });
    const { changeStatus, reassign, cases } = setup(kase);
    await changeStatus.execute(SANNE, kase.id, refer());
    await reassign.handle({ ...reassigned(kase.id), via }, FAKE_TX);
    expect(cases.records.get(kase.id)?.triageReasons).toEqual(expected);
  });

  it('moves the case to the receiving organisation when routing reassigned it, once', async () => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
    const { changeStatus, reassign, cases, referrals, outbox } = setup(kase);
    await changeStatus.execute(SANNE, kase.id, refer());
    outbox.events.length = 0;

    await reassign.handle(reassigned(kase.id), FAKE_TX);
    await reassign.handle(reassigned(kase.id), FAKE_TX);

    expect(cases.records.get(kase.id)).toMatchObject({
      organisation: 'police',
      team: 'wijkagenten',
      status: 'new',
      version: 4,
      assignee: null,
      priority: 'high',
      dueAt: new Date(REASSIGNED_AT.getTime() + 2 * 86_400_000),
    });
    expect(referrals.rows[0]).toMatchObject({ toOrganisation: 'police', reassignedAt: REASSIGNED_AT });
    expect(outbox.events).toHaveLength(1);
    expect(outbox.events[0]?.payload).toMatchObject({
      organisation: 'police',
      from: 'referred',
      to: 'new',
      caseVersion: 4,
    });
  });

  describe('need-to-know after the referral', () => {
    async function referredToPolice() {
      const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
      const world = setup(kase);
      await world.journal.record(FAKE_TX, entry(kase.id, 'before', new Date('2026-05-04T08:00:00.000Z')));
      await world.changeStatus.execute(SANNE, kase.id, refer());
      await world.reassign.handle(reassigned(kase.id), FAKE_TX);
      await world.journal.record(FAKE_TX, entry(kase.id, 'after', new Date('2026-05-04T10:00:00.000Z')));
      return { kase, ...world };
    }

    it('shows the receiving organisation the case, its whole timeline and the referral reason', async () => {
      const { kase, showCase, listCases } = await referredToPolice();

      const file = await showCase.execute(WIJKAGENT, kase.id);
      expect(file).toMatchObject({ organisation: 'police', status: 'new', version: 4 });
      expect(file.referral).toMatchObject({
        fromOrganisation: 'municipality',
        toOrganisation: 'police',
        reason: 'Signalen van drugshandel in het portiek',
      });
      expect(file.timeline.map((t) => t.details['note'] ?? t.details['transition'])).toEqual([
        'before',
        'refer',
        'accept-referral',
        'after',
      ]);
      const page = await listCases.execute(WIJKAGENT, {});
      expect(page.items).toEqual([
        expect.objectContaining({ id: kase.id, referral: expect.objectContaining({ reason: expect.any(String) }) }),
      ]);
    });

    it('lets the referring organisation read the history up to the referral, nothing after', async () => {
      const { kase, showCase } = await referredToPolice();

      const file = await showCase.execute(SANNE, kase.id);

      expect(file).toMatchObject({
        organisation: 'municipality',
        team: 'stadsbeheer',
        status: 'referred',
        version: 3,
        assignee: null,
        allowedTransitions: [],
      });
      expect(file.timeline.map((t) => t.details['note'] ?? t.details['transition'])).toEqual(['before', 'refer']);
      expect(JSON.stringify(file)).not.toContain('wijkagenten');
    });

    it('no longer lets the referring organisation act on the case or find it in its queues', async () => {
      const { kase, changeStatus, listCases } = await referredToPolice();

      expect(
        await problemOf(changeStatus.execute(SANNE, kase.id, { transition: 'assign', expectedVersion: 4 })),
      ).toMatchObject({ status: 404 });
      expect((await listCases.execute(SANNE, {})).items).toEqual([]);
    });

    it('still gives an uninvolved organisation a 404', async () => {
      const { kase, showCase } = await referredToPolice();
      const housing = { ...WIJKAGENT, organisation: 'housing', teams: ['beheer'] };

      expect(await problemOf(showCase.execute(housing, kase.id))).toMatchObject({ status: 404 });
    });
  });
});

function entry(caseId: string, note: string, occurredAt: Date) {
  return {
    caseId,
    kind: 'note-added' as const,
    details: { note },
    actorSubject: null,
    actorUsername: null,
    actorOrganisation: null,
    visibleToOrganisation: null,
    caseVersion: null,
    occurredAt,
  };
}
