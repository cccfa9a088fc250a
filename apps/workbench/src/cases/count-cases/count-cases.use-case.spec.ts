import { aCase, COORDINATOR, FixedClock, InMemoryCaseRepository, QUEUE_SETTINGS, SANNE, WIJKAGENT } from '../../../testing/workbench-fakes';
import { CaseAccess } from '../case-access';
import { CountCases } from './count-cases.use-case';

describe('CountCases', () => {
  const mine = aCase({ status: 'assigned', assignee: SANNE.subject });
  const team = Array.from({ length: 4 }, () => aCase());
  const otherTeam = aCase({ team: 'handhaving' });
  const police = aCase({ organisation: 'police', team: 'wijkagenten' });
  const cases = new InMemoryCaseRepository(mine, ...team, otherTeam, police);
  const sut = new CountCases(new CaseAccess(cases), cases, new FixedClock(), QUEUE_SETTINGS);

  it("counts each queue within the caller's organisation only", async () => {
    expect(await sut.execute(SANNE, {})).toEqual({
      mine: { count: 1, more: false },
      team: { count: 5, more: false },
      organisation: { count: 6, more: false },
      cap: 1000,
    });
    expect(await sut.execute(WIJKAGENT, {})).toMatchObject({ mine: { count: 0 }, team: { count: 1 }, organisation: { count: 1 } });
    expect((await sut.execute(COORDINATOR, {})).organisation).toEqual({ count: 7, more: false });
  });

  it('applies the filters to every queue, and has no team count for a token without a team', async () => {
    expect(await sut.execute(SANNE, { status: 'assigned' })).toMatchObject({ mine: { count: 1 }, team: { count: 1 }, organisation: { count: 1 } });
    expect((await sut.execute({ ...SANNE, teams: [] }, {})).team).toBeNull();
  });

  it('stops counting at the cap and says there are more', async () => {
    const many = new InMemoryCaseRepository(...Array.from({ length: 1002 }, () => aCase()));
    const counted = await new CountCases(new CaseAccess(many), many, new FixedClock(), QUEUE_SETTINGS).execute(SANNE, {});
    expect(counted.organisation).toEqual({ count: 1000, more: true });
    expect(counted.mine).toEqual({ count: 0, more: false });
  });

  it('refuses a caller who may see no case at all', async () => {
    await expect(sut.execute({ ...SANNE, organisation: null }, {})).rejects.toMatchObject({ status: 403 });
  });
});
