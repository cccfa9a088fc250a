import { CaseStatusChanged } from '@loket/contracts';
import { InMemoryCaseReferrals } from '../../../testing/referral-fakes';
import {
  aCase,
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
import { HandOver } from './hand-over.use-case';

describe('HandOver', () => {
  const clock = new FixedClock(new Date('2026-05-04T09:00:00.000Z'));

  function setup(...records: CaseRecord[]) {
    const cases = new InMemoryCaseRepository(...records);
    const journal = new InMemoryCaseJournal();
    const outbox = new RecordingOutbox();
    const sut = new HandOver(fakeDataSource, new CaseAccess(cases, new InMemoryCaseReferrals(cases)), cases, journal, outbox, clock);
    return { sut, cases, journal, outbox };
  }

  it('gives an assigned case to another team of the organisation, back to new, recorded and published', async () => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
    const { sut, cases, journal, outbox } = setup(kase);

    const moved = await sut.execute(SANNE, kase.id, { team: 'handhaving', expectedVersion: 2, reason: 'Handhaving gaat erover' });

    expect(moved).toMatchObject({ team: 'handhaving', status: 'new', assignee: null, version: 3 });
    expect(cases.records.get(kase.id)).toMatchObject({ team: 'handhaving', version: 3, updatedAt: clock.now() });
    expect(journal.entries).toEqual([
      expect.objectContaining({
        kind: 'handed-over',
        details: expect.objectContaining({ fromTeam: 'stadsbeheer', toTeam: 'handhaving', reason: 'Handhaving gaat erover' }),
        actorSubject: SANNE.subject,
        caseVersion: 3,
      }),
    ]);
    expect(outbox.events).toEqual([
      expect.objectContaining({ type: CaseStatusChanged.type, payload: expect.objectContaining({ from: 'assigned', to: 'new' }) }),
    ]);
  });

  it('keeps a waiting case waiting and publishes no status change', async () => {
    const kase = aCase({ status: 'waiting', version: 4 });
    const { sut, outbox } = setup(kase);
    await expect(sut.execute(SANNE, kase.id, { team: 'handhaving', expectedVersion: 4, reason: 'x' })).resolves.toMatchObject({
      status: 'waiting',
      team: 'handhaving',
    });
    expect(outbox.events).toEqual([]);
  });

  it.each([
    ['a stale version', { team: 'handhaving', expectedVersion: 1 }, 409, 'stale-version'],
    ['a team of another organisation', { team: 'wijkagenten', expectedVersion: 2 }, 400, undefined],
    ['an unknown team', { team: 'nope', expectedVersion: 2 }, 400, undefined],
    ['the same team', { team: 'stadsbeheer', expectedVersion: 2 }, 409, undefined],
  ])('refuses %s and changes nothing', async (_, body, status, problemType) => {
    const kase = aCase({ status: 'assigned', version: 2, assignee: SANNE.subject });
    const { sut, cases, journal, outbox } = setup(kase);
    const error = await sut.execute(SANNE, kase.id, { ...body, reason: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status, ...(problemType ? { problemType } : {}) });
    expect(cases.records.get(kase.id)).toEqual(kase);
    expect([journal.entries, outbox.events]).toEqual([[], []]);
  });

  it('refuses a closed case, and treats another organisation\'s case as missing', async () => {
    const closed = aCase({ status: 'closed', closedAt: clock.now() });
    const { sut } = setup(closed);
    await expect(sut.execute(SANNE, closed.id, { team: 'handhaving', expectedVersion: 1, reason: 'x' })).rejects.toMatchObject({
      status: 409,
      problemType: 'handover-not-possible',
    });
    await expect(sut.execute(WIJKAGENT, closed.id, { team: 'ondermijning', expectedVersion: 1, reason: 'x' })).rejects.toMatchObject({
      status: 404,
    });
  });
});
