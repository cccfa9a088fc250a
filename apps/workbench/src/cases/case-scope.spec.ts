import { aCase, COORDINATOR, InMemoryCaseRepository, SANNE, WIJKAGENT } from '../../testing/workbench-fakes';
import { CaseAccess } from './case-access';
import { caseScopeOf, mayRead } from './case-scope';

describe('need-to-know', () => {
  describe('caseScopeOf', () => {
    it('gives a professional the cases of their own organisation', () => {
      expect(caseScopeOf(SANNE)).toEqual({ kind: 'organisation', organisation: 'municipality' });
      expect(caseScopeOf(WIJKAGENT)).toEqual({ kind: 'organisation', organisation: 'police' });
    });

    it('gives a coordinator their triage reach to read, and only their own organisation to work', () => {
      const now = new Date('2026-05-04T09:00:00.000Z');
      expect(caseScopeOf(COORDINATOR, 'read', now)).toEqual({ kind: 'triage', organisation: 'coordinators', now });
      expect(caseScopeOf(COORDINATOR, 'triage', now)).toEqual({ kind: 'triage', organisation: 'coordinators', now });
      expect(caseScopeOf(COORDINATOR, 'work', now)).toEqual({ kind: 'organisation', organisation: 'coordinators' });
      expect(caseScopeOf({ ...SANNE, roles: ['professional', 'coordinator'] }, 'read', now)).toEqual({ kind: 'triage', organisation: 'municipality', now });
    });

    it('gives an administrator no case, and the content reader role reading only', () => {
      expect(caseScopeOf({ ...SANNE, roles: ['admin'] }, 'read')).toBeNull();
      expect(caseScopeOf({ ...SANNE, roles: ['admin', 'case-content-reader'] }, 'read')).toEqual({ kind: 'all' });
      expect(caseScopeOf({ ...SANNE, roles: ['admin', 'case-content-reader'] }, 'work')).toBeNull();
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

    it('returns the case to its own organisation; to a coordinator only to read while it is in triage', async () => {
      await expect(access.requireCase(SANNE, kase.id)).resolves.toMatchObject({ id: kase.id });
      const clock = { now: () => new Date(kase.dueAt.getTime() - 1000) };
      const before = new CaseAccess(new InMemoryCaseRepository(kase), undefined, undefined, clock);
      await expect(statusOf(before.readableCase(COORDINATOR, kase.id))).resolves.toMatchObject({ status: 404 });
      const breached = new CaseAccess(new InMemoryCaseRepository(kase), undefined, undefined, { now: () => new Date(kase.dueAt.getTime() + 1000) });
      await expect(breached.readableCase(COORDINATOR, kase.id)).resolves.toMatchObject({ record: { id: kase.id } });
      await expect(statusOf(breached.requireCase(COORDINATOR, kase.id))).resolves.toMatchObject({ status: 403 });
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
