import { aCase, COORDINATOR, InMemoryCaseRepository, SANNE, WIJKAGENT } from '../../testing/workbench-fakes';
import { CaseAccess } from './case-access';
import { caseScopeOf, mayRead } from './case-scope';

describe('need-to-know', () => {
  describe('caseScopeOf', () => {
    it('gives a professional the cases of their own organisation', () => {
      expect(caseScopeOf(SANNE)).toEqual({ kind: 'organisation', organisation: 'municipality' });
      expect(caseScopeOf(WIJKAGENT)).toEqual({ kind: 'organisation', organisation: 'police' });
    });

    it('gives a coordinator every case (for now)', () => {
      expect(caseScopeOf(COORDINATOR)).toEqual({ kind: 'all' });
      expect(caseScopeOf({ ...SANNE, roles: ['professional', 'coordinator'] })).toEqual({ kind: 'all' });
    });

    it('gives no case at all to a professional without organisation, nor to other roles', () => {
      expect(caseScopeOf({ ...SANNE, organisation: null })).toBeNull();
      expect(caseScopeOf({ ...SANNE, roles: ['admin'] })).toBeNull();
      expect(caseScopeOf({ ...SANNE, roles: ['resident', 'volunteer'] })).toBeNull();
    });
  });

  describe('mayRead', () => {
    it('lets everyone who sees the case read what is not restricted', () => {
      expect(mayRead(WIJKAGENT, null)).toBe(true);
    });

    it('keeps what is restricted to an organisation inside it, also from coordinators', () => {
      expect(mayRead(SANNE, 'municipality')).toBe(true);
      expect(mayRead(WIJKAGENT, 'municipality')).toBe(false);
      expect(mayRead(COORDINATOR, 'municipality')).toBe(false);
    });
  });

  describe('CaseAccess.requireCase', () => {
    const kase = aCase();
    const access = new CaseAccess(new InMemoryCaseRepository(kase));
    const statusOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 200,
        (e: { status: number; detail: string }) => e,
      );

    it('returns the case to its own organisation and to a coordinator', async () => {
      await expect(access.requireCase(SANNE, kase.id)).resolves.toMatchObject({ id: kase.id });
      await expect(access.requireCase(COORDINATOR, kase.id)).resolves.toMatchObject({ id: kase.id });
    });

    it("answers another organisation's case with the same 404 as a missing case", async () => {
      const foreign = await statusOf(access.requireCase(WIJKAGENT, kase.id));
      const missing = await statusOf(access.requireCase(WIJKAGENT, '00000000-0000-4000-8000-ffffffffffff'));
      expect(foreign).toMatchObject({ status: 404 });
      expect(missing).toMatchObject({ status: 404 });
      expect(Object.keys(foreign as object).sort()).toEqual(Object.keys(missing as object).sort());
    });

    it('answers an id that is not a UUID with a 404 without asking the database', async () => {
      await expect(statusOf(access.requireCase(SANNE, "x' OR '1'='1"))).resolves.toMatchObject({
        status: 404,
      });
    });
  });
});
