import { InMemoryCaseReferrals } from '../../testing/referral-fakes';
import {
  defaultSlaPlanner,
  aCase,
  fakeDataSource,
  FixedClock,
  InMemoryCaseJournal,
  InMemoryCaseRepository,
  InMemoryProfessionalDirectory,
  RecordingOutbox,
  SANNE,
  WIJKAGENT,
} from '../../testing/workbench-fakes';
import { CaseAccess } from '../cases/case-access';
import { ChangeStatus } from '../cases/change-status/change-status.use-case';
import { TeamMembership } from './team-membership';

describe('assigning a case to a colleague (ChangeStatus with TeamMembership)', () => {
  const clock = new FixedClock();
  const colleague = { ...SANNE, subject: 'c0ffee00-0000-4000-8000-000000000001', username: 'collega' };
  const otherTeam = { ...SANNE, subject: 'c0ffee00-0000-4000-8000-000000000002', username: 'handhaver', teams: ['handhaving'] };

  async function setup() {
    const kase = aCase();
    const cases = new InMemoryCaseRepository(kase);
    const directory = new InMemoryProfessionalDirectory();
    for (const person of [SANNE, colleague, otherTeam, WIJKAGENT]) await directory.saw(person, clock.now());
    const referrals = new InMemoryCaseReferrals(cases);
    const sut = new ChangeStatus(
      fakeDataSource,
      new CaseAccess(cases, referrals),
      cases,
      new InMemoryCaseJournal(),
      new RecordingOutbox(),
      clock,
      { reopenWindowDays: 30 },
      referrals,
      defaultSlaPlanner(),
      new TeamMembership(directory),
    );
    return { sut, kase, cases };
  }

  it('assigns to a known member of the case\'s team', async () => {
    const { sut, kase } = await setup();
    await expect(
      sut.execute(SANNE, kase.id, { transition: 'assign', expectedVersion: 1, assignee: colleague.subject }),
    ).resolves.toMatchObject({ status: 'assigned', assignee: colleague.subject });
  });

  it('refuses a member of another team or organisation (409) and someone unknown (400), changing nothing', async () => {
    const { sut, kase, cases } = await setup();
    for (const [assignee, status] of [
      [otherTeam.subject, 409],
      [WIJKAGENT.subject, 409],
      ['never-seen', 400],
    ] as const) {
      const error = await sut
        .execute(SANNE, kase.id, { transition: 'assign', expectedVersion: 1, assignee })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ status });
    }
    expect(cases.records.get(kase.id)).toEqual(kase);
  });
});
