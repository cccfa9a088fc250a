import { agencySignal } from '../../../testing/agency-fakes';
import { RecordingAuditTrail } from '../../../testing/audit-fakes';
import { CaseStatusChanged, type CaseReassignedV1 } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { InMemoryCaseReferrals } from '../../../testing/referral-fakes';
import {
  aCase,
  defaultSlaPlanner,
  fakeDataSource,
  FAKE_TX,
  FixedClock,
  InMemoryCaseJournal,
  InMemoryCaseRepository,
  RecordingOutbox,
  SANNE,
  WIJKAGENT,
} from '../../../testing/workbench-fakes';
import { CaseAccess } from '../case-access';
import { ChangeStatus } from '../change-status/change-status.use-case';
import type { CaseRecord } from '../persistence/case.entity';
import { ShowCase } from '../show-case/show-case.use-case';
import { ReassignCaseWhenCaseReassigned } from './reassign-case-when-case-reassigned.handler';
import type { ReporterQuestions } from '../ask-reporter/reporter-questions';

/** No questions were asked of these cases' reporters. */
const noQuestions = { ofCase: async () => [] } as unknown as ReporterQuestions;

const AT = new Date('2026-05-04T09:00:05.000Z');

describe('a coordinator re-routes a case (case.reassigned via coordinator)', () => {
  function setup(...records: CaseRecord[]) {
    const cases = new InMemoryCaseRepository(...records);
    const journal = new InMemoryCaseJournal();
    const outbox = new RecordingOutbox();
    const referrals = new InMemoryCaseReferrals(cases);
    const access = new CaseAccess(cases, referrals);
    return {
      cases,
      journal,
      outbox,
      referrals,
      reassign: new ReassignCaseWhenCaseReassigned(cases, referrals, journal, outbox, defaultSlaPlanner()),
      showCase: new ShowCase(access, cases, journal, referrals, new RecordingAuditTrail(), agencySignal(), noQuestions),
      changeStatus: new ChangeStatus(fakeDataSource, access, cases, journal, outbox, new FixedClock(new Date('2026-05-04T08:00:00.000Z')), { reopenWindowDays: 30 }, referrals, defaultSlaPlanner()),
    };
  }

  const rerouted = (caseId: string, overrides: Partial<CaseReassignedV1> = {}): CaseReassignedV1 => ({
    caseId,
    fromOrganisation: 'municipality',
    organisation: 'police',
    team: 'wijkagenten',
    priority: 'high',
    sla: { amount: 2, unit: 'days', calendar: 'calendar' },
    via: 'coordinator',
    explanation: 'Re-routed by coordinator from municipality / stadsbeheer',
    reason: 'Verkeerd gerouteerd: drugsoverlast',
    reassignedAt: AT.toISOString(),
    ...overrides,
  });

  const notFound = (promise: Promise<unknown>) => expect(promise).rejects.toMatchObject({ status: 404 } satisfies Partial<ProblemException>);

  it('moves a case being worked to the other organisation, back to new, and takes it from the previous one', async () => {
    const kase = aCase({ status: 'in_progress', version: 3, assignee: SANNE.subject });
    const { reassign, cases, outbox, journal, showCase, referrals } = setup(kase);

    await reassign.handle(rerouted(kase.id), FAKE_TX);

    expect(cases.records.get(kase.id)).toMatchObject({
      organisation: 'police',
      team: 'wijkagenten',
      status: 'new',
      version: 5,
      assignee: null,
      priority: 'high',
      dueAt: new Date(AT.getTime() + 2 * 86_400_000),
    });
    expect(outbox.events.map((e) => [e.type, e.payload])).toEqual([
      [CaseStatusChanged.type, expect.objectContaining({ organisation: 'police', from: 'in_progress', to: 'new', caseVersion: 5 })],
    ]);
    expect(journal.entries[0]).toMatchObject({ kind: 'status-changed', details: { transition: 'reroute', via: 'coordinator', reason: 'Verkeerd gerouteerd: drugsoverlast' } });
    expect(referrals.rows).toEqual([]);
    expect(await showCase.execute(WIJKAGENT, kase.id)).toMatchObject({ organisation: 'police', status: 'new' });
    await notFound(showCase.execute(SANNE, kase.id));
  });

  it('changes nothing when the same re-route is delivered again', async () => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
    const { reassign, cases, outbox } = setup(kase);

    await reassign.handle(rerouted(kase.id), FAKE_TX);
    await reassign.handle(rerouted(kase.id), FAKE_TX);

    expect(cases.records.get(kase.id)).toMatchObject({ version: 4, organisation: 'police' });
    expect(outbox.events).toHaveLength(1);
  });

  it('moves a new case to another team of its organisation without a status change to publish', async () => {
    const kase = aCase();
    const { reassign, cases, outbox } = setup(kase);

    await reassign.handle(rerouted(kase.id, { organisation: 'municipality', team: 'handhaving' }), FAKE_TX);

    expect(cases.records.get(kase.id)).toMatchObject({ organisation: 'municipality', team: 'handhaving', status: 'new', version: 3 });
    expect(outbox.events).toEqual([]);
  });

  it('tells the other services who holds a new case now, without a change of status for its reporters', async () => {
    const kase = aCase();
    const { reassign, cases, outbox } = setup(kase);

    await reassign.handle(rerouted(kase.id), FAKE_TX);

    expect(cases.records.get(kase.id)).toMatchObject({ organisation: 'police', status: 'new', version: 3 });
    expect(outbox.events.map((e) => e.payload)).toEqual([expect.objectContaining({ organisation: 'police', from: 'new', to: 'new', caseVersion: 3 })]);
  });

  it('only moves a resolved case (the state machine has no re-route from resolved) and leaves a closed one', async () => {
    const resolved = aCase({ status: 'resolved', version: 4, assignee: SANNE.subject, resolutionCode: 'fixed' });
    const closed = aCase({ status: 'closed', version: 5, closedAt: AT });
    const { reassign, cases, outbox } = setup(resolved, closed);

    await reassign.handle(rerouted(resolved.id), FAKE_TX);
    await reassign.handle(rerouted(closed.id), FAKE_TX);

    expect(cases.records.get(resolved.id)).toMatchObject({ organisation: 'police', status: 'resolved', version: 5, resolutionCode: 'fixed', assignee: SANNE.subject });
    expect(cases.records.get(closed.id)).toMatchObject({ organisation: 'municipality', status: 'closed', version: 5 });
    expect(outbox.events).toEqual([]);
  });

  it('settles a pending referral when the coordinator re-routes it first: the referrer keeps its read access', async () => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
    const { reassign, changeStatus, referrals, showCase, cases } = setup(kase);
    await changeStatus.execute(SANNE, kase.id, { transition: 'refer', reason: 'Hoort bij de politie', expectedVersion: 2 } as never);

    await reassign.handle(rerouted(kase.id), FAKE_TX);

    expect(cases.records.get(kase.id)).toMatchObject({ organisation: 'police', status: 'new', version: 4 });
    expect(referrals.rows[0]).toMatchObject({ toOrganisation: 'police', reassignedAt: AT });
    expect(await showCase.execute(SANNE, kase.id)).toMatchObject({ status: 'referred', allowedTransitions: [] });
  });

  it('files a case that stays where it is under the category the coordinator corrected it to, once', async () => {
    const kase = aCase({ status: 'in_progress', version: 3, assignee: SANNE.subject });
    const { reassign, cases, outbox, journal } = setup(kase);
    const corrected = rerouted(kase.id, { organisation: 'municipality', team: 'stadsbeheer', category: { main: 'openbare-ruimte', sub: 'bestrating', sensitivity: 1 } });

    await reassign.handle(corrected, FAKE_TX);
    await reassign.handle(corrected, FAKE_TX);

    expect(cases.records.get(kase.id)).toMatchObject({ categoryMain: 'openbare-ruimte', categorySub: 'bestrating', sensitivity: 1, status: 'in_progress', assignee: SANNE.subject, version: 4 });
    expect(outbox.events).toEqual([]);
    expect(journal.entries).toEqual([
      expect.objectContaining({ kind: 'status-changed', caseVersion: 4, details: expect.objectContaining({ transition: 'recategorise', fromCategory: 'afval / grofvuil', category: 'openbare-ruimte / bestrating' }) }),
    ]);
  });

  it('moves a case under its corrected category, with the sensitivity that category has', async () => {
    const kase = aCase();
    const { reassign, cases, journal } = setup(kase);

    await reassign.handle(rerouted(kase.id, { category: { main: 'overlast', sub: 'drugs', sensitivity: 3 } }), FAKE_TX);

    expect(cases.records.get(kase.id)).toMatchObject({ organisation: 'police', categoryMain: 'overlast', categorySub: 'drugs', sensitivity: 3, version: 3 });
    expect(journal.entries[0]).toMatchObject({ details: { transition: 'reroute', fromCategory: 'afval / grofvuil', category: 'overlast / drugs' } });
  });
});
