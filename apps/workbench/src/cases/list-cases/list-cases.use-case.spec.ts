import { RecordingAuditTrail } from '../../../testing/audit-fakes';
import { InMemoryCaseReferrals } from '../../../testing/referral-fakes';
import { ProblemException } from '@loket/http';
import {
  aCase,
  COORDINATOR,
  InMemoryCaseRepository,
  SANNE,
  WIJKAGENT,
} from '../../../testing/workbench-fakes';
import { CaseAccess } from '../case-access';
import { ListCases } from './list-cases.use-case';

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
  const sut = new ListCases(new CaseAccess(cases), cases, new InMemoryCaseReferrals(cases), new RecordingAuditTrail());

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
});
