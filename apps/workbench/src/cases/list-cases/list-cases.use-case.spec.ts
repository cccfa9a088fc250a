import { RecordingAuditTrail } from '../../../testing/audit-fakes';
import { InMemoryCaseReferrals } from '../../../testing/referral-fakes';
import { ProblemException } from '@loket/http';
import {
  aCase,
  COORDINATOR,
  FixedClock,
  InMemoryCaseRepository,
  InMemoryReopenRequests,
  QUEUE_SETTINGS,
  SANNE,
  WIJKAGENT,
} from '../../../testing/workbench-fakes';
import type { CaseRecord } from '../persistence/case.entity';
import { CaseAccess } from '../case-access';
import { ListCases } from './list-cases.use-case';
import { compareBySort } from './queue-clauses';

describe('ListCases', () => {
  const mine = aCase({
    status: 'assigned',
    assignee: SANNE.subject,
    openedAt: new Date('2026-05-01T10:00:00.000Z'),
  });
  const newer = aCase({ openedAt: new Date('2026-05-02T10:00:00.000Z') });
  const otherTeam = aCase({ team: 'handhaving', openedAt: new Date('2026-05-03T10:00:00.000Z') });
  const police = aCase({
    organisation: 'police',
    team: 'wijkagenten',
    openedAt: new Date('2026-05-04T10:00:00.000Z'),
  });
  const cases = new InMemoryCaseRepository(mine, newer, otherTeam, police);
  const clock = new FixedClock(new Date('2026-05-04T09:00:00.000Z'));
  const listOf = (repository: InMemoryCaseRepository) =>
    new ListCases(
      new CaseAccess(repository),
      repository,
      new InMemoryCaseReferrals(repository),
      new InMemoryReopenRequests(),
      clock,
      QUEUE_SETTINGS,
      new RecordingAuditTrail(),
    );
  const sut = listOf(cases);

  const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id);

  it("lists only the caller's organisation's cases, newest first", async () => {
    expect(ids(await sut.execute(SANNE, {}))).toEqual([otherTeam.id, newer.id, mine.id]);
    expect(ids(await sut.execute(WIJKAGENT, {}))).toEqual([police.id]);
    expect(ids(await sut.execute(COORDINATOR, {}))).toEqual([police.id, otherTeam.id, newer.id, mine.id]);
  });

  it('filters by status, team and assignee=me', async () => {
    expect(ids(await sut.execute(SANNE, { status: 'assigned' }))).toEqual([mine.id]);
    expect(ids(await sut.execute(SANNE, { team: 'handhaving' }))).toEqual([otherTeam.id]);
    expect(ids(await sut.execute(SANNE, { assignee: 'me' }))).toEqual([mine.id]);
    expect(ids(await sut.execute(WIJKAGENT, { team: 'stadsbeheer' }))).toEqual([]);
  });

  it('pages with an opaque cursor until nextCursor is null', async () => {
    const first = await sut.execute(SANNE, { limit: 2 });
    expect(ids(first)).toEqual([otherTeam.id, newer.id]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await sut.execute(SANNE, { limit: 2, cursor: first.nextCursor! });
    expect(ids(second)).toEqual([mine.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('answers a cursor it did not make with a 400 on the cursor field', async () => {
    const error = await sut.execute(SANNE, { cursor: 'bm9wZQ' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemException);
    expect(error).toMatchObject({
      status: 400,
      extensions: { errors: [{ field: 'cursor', messages: expect.any(Array) }] },
    });
  });

  it('refuses a professional whose token names no organisation (403)', async () => {
    const error = await sut.execute({ ...SANNE, organisation: null }, {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, problemType: 'no-organisation' });
  });

  it('lists my cases and my team\'s cases as queues', async () => {
    expect(ids(await sut.execute(SANNE, { queue: 'mine' }))).toEqual([mine.id]);
    expect(ids(await sut.execute(SANNE, { queue: 'team' }))).toEqual([newer.id, mine.id]);
    expect(ids(await sut.execute(SANNE, { queue: 'organisation' }))).toEqual([otherTeam.id, newer.id, mine.id]);
  });

  it('refuses contradictions and the triage queue for professionals', async () => {
    await expect(sut.execute(SANNE, { queue: 'mine', assignee: 'someone' })).rejects.toMatchObject({
      status: 400,
      extensions: { errors: [{ field: 'assignee', messages: expect.any(Array) }] },
    });
    await expect(sut.execute({ ...SANNE, teams: [] }, { queue: 'team' })).rejects.toMatchObject({ status: 400 });
    await expect(
      sut.execute(SANNE, { openedFrom: '2026-05-03T00:00:00Z', openedTo: '2026-05-02T00:00:00Z' }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(sut.execute(SANNE, { queue: 'triage' })).rejects.toMatchObject({ status: 403 });
  });

  it('refuses a cursor made for another sort', async () => {
    const first = await sut.execute(SANNE, { limit: 1, sort: 'dueAt' });
    const error = await sut
      .execute(SANNE, { limit: 1, sort: 'openedAt', cursor: first.nextCursor! })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, extensions: { errors: [{ field: 'cursor' }] } });
  });

  it('says where each case stands against its SLA', async () => {
    const at = (hours: number) => new Date(clock.now().getTime() + hours * 3_600_000);
    const repository = new InMemoryCaseRepository(
      aCase({ id: '00000000-0000-4000-8000-00000000000a', dueAt: at(-1) }),
      aCase({ id: '00000000-0000-4000-8000-00000000000b', dueAt: at(2) }),
      aCase({ id: '00000000-0000-4000-8000-00000000000c', dueAt: at(48) }),
      aCase({ id: '00000000-0000-4000-8000-00000000000d', dueAt: at(-1), status: 'waiting' }),
    );
    const page = await listOf(repository).execute(SANNE, { sort: 'openedAt' });
    expect(page.items.map((c) => [c.id.slice(-1), c.slaStatus])).toEqual([
      ['a', 'breached'],
      ['b', 'at-risk'],
      ['c', 'on-track'],
      ['d', 'on-track'],
    ]);
  });

  describe.each(['-openedAt', 'openedAt', 'dueAt', '-priority'] as const)('sorted by %s', (sort) => {
    // Ties on purpose: equal opening and due times and priorities, so the id has to break them.
    const base = Date.UTC(2026, 4, 1);
    const records: CaseRecord[] = Array.from({ length: 23 }, (_, i) =>
      aCase({
        id: `00000000-0000-4000-8000-${String(900 + ((i * 7) % 23)).padStart(12, '0')}`,
        openedAt: new Date(base + (i % 5) * 60_000),
        dueAt: new Date(base + (i % 3) * 3_600_000),
        priority: (['low', 'normal', 'high', 'urgent'] as const)[i % 4]!,
      }),
    );
    const repository = new InMemoryCaseRepository(...records);
    const list = listOf(repository);

    it('pages through every case exactly once, in order, whatever the page size', async () => {
      for (const limit of [1, 4, 10, 23, 50]) {
        const seen: CaseRecord[] = [];
        let cursor: string | undefined;
        do {
          const page = await list.execute(SANNE, { sort, limit, ...(cursor ? { cursor } : {}) });
          seen.push(...page.items.map((item) => repository.records.get(item.id)!));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen.map((r) => r.id)).toEqual(
          [...records].sort((a, b) => compareBySort(sort, a, b)).map((r) => r.id),
        );
      }
    });
  });
});
