import { InMemoryCaseReferrals } from '../../../testing/referral-fakes';
import { CaseStatusChanged } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import {
  aCase,
  COORDINATOR,
  defaultSlaPlanner,
  fakeDataSource,
  FixedClock,
  InMemoryCaseJournal,
  InMemoryCaseRepository,
  RecordingOutbox,
  SANNE,
  WIJKAGENT,
} from '../../../testing/workbench-fakes';
import { CaseAccess } from '../case-access';
import type { CaseRecord } from '../persistence/case.entity';
import { ChangeStatusRequest } from './change-status.request';
import { ChangeStatus } from './change-status.use-case';

describe('ChangeStatus', () => {
  const clock = new FixedClock(new Date('2026-05-04T09:00:00.000Z'));

  function setup(...cases: CaseRecord[]) {
    const cases_ = new InMemoryCaseRepository(...cases);
    const journal = new InMemoryCaseJournal();
    const outbox = new RecordingOutbox();
    const referrals = new InMemoryCaseReferrals(cases_);
    const sut = new ChangeStatus(
      fakeDataSource,
      new CaseAccess(cases_, referrals, undefined, clock),
      cases_,
      journal,
      outbox,
      clock,
      { reopenWindowDays: 30 },
      referrals,
      defaultSlaPlanner(),
    );
    return { sut, cases: cases_, journal, outbox, referrals };
  }

  const request = (body: Partial<ChangeStatusRequest>) =>
    ({ expectedVersion: 1, ...body }) as ChangeStatusRequest;

  async function problemOf(promise: Promise<unknown>): Promise<ProblemException> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProblemException);
    return error as ProblemException;
  }

  it('claims a new case for the caller, adds one version, records it and puts the status change in the outbox', async () => {
    const kase = aCase();
    const { sut, cases, journal, outbox } = setup(kase);

    const updated = await sut.execute(SANNE, kase.id, request({ transition: 'assign' }));

    expect(updated).toMatchObject({
      id: kase.id,
      status: 'assigned',
      version: 2,
      assignee: SANNE.subject,
      allowedTransitions: ['assign', 'start', 'wait', 'refer'],
    });
    expect(cases.records.get(kase.id)).toMatchObject({
      status: 'assigned',
      version: 2,
      assignee: SANNE.subject,
      updatedAt: clock.now(),
    });
    expect(journal.entries).toEqual([
      expect.objectContaining({
        caseId: kase.id,
        kind: 'status-changed',
        details: { transition: 'assign', from: 'new', to: 'assigned', assignee: SANNE.subject },
        actorSubject: SANNE.subject,
        caseVersion: 2,
        visibleToOrganisation: null,
      }),
    ]);
    expect(outbox.events).toHaveLength(1);
    expect(outbox.events[0]).toMatchObject({
      type: CaseStatusChanged.type,
      payload: {
        caseId: kase.id,
        organisation: 'municipality',
        from: 'new',
        to: 'assigned',
        resolutionCode: null,
        caseVersion: 2,
        changedAt: '2026-05-04T09:00:00.000Z',
      },
    });
  });

  it('resolves with a resolution code, which the event carries', async () => {
    const kase = aCase({ status: 'in_progress', version: 3, assignee: SANNE.subject });
    const { sut, outbox } = setup(kase);

    const updated = await sut.execute(
      SANNE,
      kase.id,
      request({ transition: 'resolve', resolutionCode: 'solved', expectedVersion: 3 }),
    );

    expect(updated).toMatchObject({ status: 'resolved', version: 4, resolutionCode: 'solved' });
    expect(outbox.events[0]?.payload).toMatchObject({
      from: 'in_progress',
      to: 'resolved',
      resolutionCode: 'solved',
      caseVersion: 4,
    });
  });

  it('closes a resolved case and remembers when, so it can be reopened within the window', async () => {
    const kase = aCase({ status: 'resolved', version: 5, assignee: SANNE.subject, resolutionCode: 'solved' });
    const { sut, cases } = setup(kase);

    await sut.execute(SANNE, kase.id, request({ transition: 'close', expectedVersion: 5 }));
    expect(cases.records.get(kase.id)).toMatchObject({ status: 'closed', closedAt: clock.now() });

    const reopened = await sut.execute(
      SANNE,
      kase.id,
      request({ transition: 'reopen', expectedVersion: 6, reason: 'Weer grofvuil' }),
    );
    expect(reopened).toMatchObject({
      status: 'new',
      version: 7,
      assignee: null,
      resolutionCode: null,
      closedAt: null,
    });
  });

  it('answers a stale expectedVersion with a 409 naming the current version, and changes nothing', async () => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
    const { sut, cases, journal, outbox } = setup(kase);

    const problem = await problemOf(
      sut.execute(SANNE, kase.id, request({ transition: 'start', expectedVersion: 1 })),
    );

    expect(problem).toMatchObject({
      status: 409,
      problemType: 'stale-version',
      extensions: { expectedVersion: 1, currentVersion: 2 },
    });
    expect(cases.records.get(kase.id)).toEqual(kase);
    expect(journal.entries).toEqual([]);
    expect(outbox.events).toEqual([]);
  });

  it('answers a 409 when another professional changed the case between our read and our update', async () => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
    const { sut, cases, journal, outbox } = setup(kase);
    cases.beforeUpdate = (id) => {
      const other = cases.records.get(id)!;
      cases.records.set(id, { ...other, status: 'waiting', version: 3 });
      cases.beforeUpdate = null;
    };

    const problem = await problemOf(
      sut.execute(SANNE, kase.id, request({ transition: 'start', expectedVersion: 2 })),
    );

    expect(problem).toMatchObject({
      status: 409,
      problemType: 'stale-version',
      extensions: { expectedVersion: 2, currentVersion: 3 },
    });
    expect(cases.records.get(kase.id)).toMatchObject({ status: 'waiting', version: 3 });
    expect(journal.entries).toEqual([]);
    expect(outbox.events).toEqual([]);
  });

  it('answers an illegal transition with a 409 that names the allowed transitions, and changes nothing', async () => {
    const kase = aCase();
    const { sut, cases, outbox } = setup(kase);

    const problem = await problemOf(
      sut.execute(SANNE, kase.id, request({ transition: 'resolve', resolutionCode: 'solved' })),
    );

    expect(problem).toMatchObject({
      status: 409,
      problemType: 'illegal-transition',
      extensions: { currentStatus: 'new', allowedTransitions: ['assign', 'wait', 'refer'] },
    });
    expect(problem.detail).toMatch(/cannot resolve a case that is new.*allowed now: assign, wait/i);
    expect(cases.records.get(kase.id)).toEqual(kase);
    expect(outbox.events).toEqual([]);
  });

  it('answers a legal transition whose condition fails (assigning to the same person again) with a 409', async () => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
    const { sut, outbox } = setup(kase);

    const problem = await problemOf(
      sut.execute(SANNE, kase.id, request({ transition: 'assign', expectedVersion: 2 })),
    );

    expect(problem).toMatchObject({
      status: 409,
      problemType: 'transition-not-possible',
      extensions: { currentStatus: 'assigned' },
    });
    expect(outbox.events).toEqual([]);
  });

  it('answers a resolve without resolution code with a 400 naming the field', async () => {
    const kase = aCase({ status: 'in_progress', version: 3, assignee: SANNE.subject });
    const { sut, outbox } = setup(kase);

    const problem = await problemOf(
      sut.execute(SANNE, kase.id, request({ transition: 'resolve', expectedVersion: 3 })),
    );

    expect(problem).toMatchObject({
      status: 400,
      extensions: { errors: [expect.objectContaining({ field: 'resolutionCode' })] },
    });
    expect(outbox.events).toEqual([]);
  });

  it('treats a case of another organisation exactly like a missing one (404), before looking at the version', async () => {
    const kase = aCase();
    const { sut, cases, outbox } = setup(kase);

    const foreign = await problemOf(
      sut.execute(WIJKAGENT, kase.id, request({ transition: 'assign', expectedVersion: 99 })),
    );
    const missing = await problemOf(
      sut.execute(
        WIJKAGENT,
        '00000000-0000-4000-8000-ffffffffffff',
        request({ transition: 'assign', expectedVersion: 99 }),
      ),
    );

    expect(foreign).toMatchObject({ status: 404, problemType: 'not-found' });
    expect(missing).toMatchObject({ status: 404, problemType: 'not-found' });
    expect(cases.records.get(kase.id)).toEqual(kase);
    expect(outbox.events).toEqual([]);
  });

  it("does not let a coordinator work another organisation's case, not even one in triage", async () => {
    const quiet = aCase({ organisation: 'police', team: 'wijkagenten' });
    const inTriage = aCase({ organisation: 'police', team: 'wijkagenten', triageReasons: ['low-confidence-category'] });
    const { sut, outbox, cases } = setup(quiet);
    cases.records.set(inTriage.id, { ...inTriage });

    // outside their reach: the same 404 as a missing case; within it (they may read it): a 403
    expect(await problemOf(sut.execute(COORDINATOR, quiet.id, request({ transition: 'assign', assignee: WIJKAGENT.subject })))).toMatchObject({ status: 404 });
    expect(await problemOf(sut.execute(COORDINATOR, inTriage.id, request({ transition: 'assign' })))).toMatchObject({ status: 403, problemType: 'case-not-yours' });
    expect(await problemOf(sut.execute(COORDINATOR, inTriage.id, request({ transition: 'assign', assignee: WIJKAGENT.subject })))).toMatchObject({ status: 403 });
    expect(outbox.events).toEqual([]);
    expect(cases.records.get(inTriage.id)).toMatchObject({ status: 'new', assignee: null });
  });

  it('lets a coordinator work a case the coordinators hold (routed to them by the fallback)', async () => {
    const kase = aCase({ organisation: 'coordinators', team: 'triage' });
    const { sut, outbox } = setup(kase);

    await expect(sut.execute(COORDINATOR, kase.id, request({ transition: 'assign' }))).resolves.toMatchObject({
      status: 'assigned',
      assignee: COORDINATOR.subject,
    });
    expect(outbox.events[0]?.payload).toMatchObject({ organisation: 'coordinators' });
  });
});
