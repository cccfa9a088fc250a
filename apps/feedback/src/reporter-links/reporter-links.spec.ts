import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
import { LinkKey, LinkTokens } from '../crypto/link-token';
import { ReporterRecord } from '../reporters/reporter.entity';
import { LinkRevocationRecord } from './link-revocation.entity';
import { ReporterLinks } from './reporter-links';

const ANNA = '00000000-0000-4000-8000-000000000001';
const now = new Date();

/** A transaction over one stored reporter and a revocation list: what ReporterLinks reads. */
function setup(stored: Partial<ReporterRecord> | null) {
  const tokens = new LinkTokens(new LinkKey(randomBytes(32)), { manage: 86_400_000, export: 1_800_000, erase: 1_800_000 });
  const locks: string[] = [];
  const revoked = new Set<string>();
  const tx = {
    createQueryBuilder: (entity?: unknown) => {
      if (!entity) {
        const insert = { into: () => insert, values: (row: LinkRevocationRecord) => (revoked.add(row.tokenId), insert), orIgnore: () => insert, execute: async () => undefined };
        return { insert: () => insert };
      }
      let reportId = '';
      const query = {
        where: (_: string, params: { reportId: string }) => ((reportId = params.reportId), query),
        setLock: (mode: string) => (locks.push(mode), query),
        getOne: async () => (stored && reportId === stored.reportId ? stored : null),
      };
      return query;
    },
    existsBy: async (_: unknown, where: { tokenId: string }) => revoked.has(where.tokenId),
    update: async (_: unknown, __: unknown, changes: Partial<ReporterRecord>) => Object.assign(stored ?? {}, changes),
  } as unknown as EntityManager;
  return { links: new ReporterLinks(tokens, { publicUrl: 'https://loket.example' }), tokens, tx, locks };
}

const tokenOf = (url: string) => url.split('/').at(-1)!;

async function problemOf(promise: Promise<unknown>): Promise<ProblemException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('ReporterLinks', () => {
  it('makes a link under the public URL that resolves to its reporter, locked when asked', async () => {
    const { links, tx, locks } = setup({ reportId: ANNA, erasedAt: null, linksNotBefore: null });
    const url = links.urlFor(ANNA);
    expect(url).toMatch(/^https:\/\/loket\.example\/api\/v1\/reporter-links\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    await expect(links.resolve(tx, tokenOf(url), { forUpdate: true })).resolves.toMatchObject({ reportId: ANNA });
    expect(locks).toEqual(['pessimistic_write']);
  });

  it('answers a forged token, an unknown reporter and an erased reporter with the very same 404', async () => {
    const erased = setup({ reportId: ANNA, erasedAt: new Date(), linksNotBefore: null });
    const revoked = await problemOf(erased.links.resolve(erased.tx, tokenOf(erased.links.urlFor(ANNA))));
    const unknown = setup(null);
    const gone = await problemOf(unknown.links.resolve(unknown.tx, tokenOf(unknown.links.urlFor(ANNA))));
    const forged = await problemOf(erased.links.resolve(erased.tx, 'eyJ2IjoxfQ.AAAA'));
    expect(revoked.status).toBe(404);
    for (const other of [gone, forged]) expect({ ...other, stack: undefined }).toEqual({ ...revoked, stack: undefined });
  });

  it('never lets a manage link export or erase, nor a data link manage', async () => {
    const { links, tx } = setup({ reportId: ANNA, erasedAt: null, linksNotBefore: null });
    const manage = tokenOf(links.urlFor(ANNA, now));
    const exportLink = tokenOf(links.issue(ANNA, 'export', now).url);
    expect((await problemOf(links.open(tx, manage, ['export', 'erase'], { now }))).status).toBe(404);
    expect((await problemOf(links.resolve(tx, exportLink))).status).toBe(404);
    await expect(links.open(tx, exportLink, ['export'], { now })).resolves.toMatchObject({ link: { purpose: 'export' } });
  });

  it('revokes one link by its id, the others keep working', async () => {
    const { links, tx } = setup({ reportId: ANNA, erasedAt: null, linksNotBefore: null });
    const first = tokenOf(links.issue(ANNA, 'export', now).url);
    const second = tokenOf(links.issue(ANNA, 'export', now).url);
    const opened = await links.open(tx, first, ['export'], { now });
    await links.revoke(tx, opened.link, 'used', now);
    expect((await problemOf(links.open(tx, first, ['export'], { now }))).status).toBe(404);
    await expect(links.open(tx, second, ['export'], { now })).resolves.toBeDefined();
  });

  it('revokes every link issued before a moment, and not one issued at or after it', async () => {
    const reporter: Partial<ReporterRecord> = { reportId: ANNA, erasedAt: null, linksNotBefore: null };
    const { links, tx } = setup(reporter);
    const before = tokenOf(links.urlFor(ANNA, new Date(now.getTime() - 1)));
    await links.revokeAll(tx, ANNA, now);
    const fresh = tokenOf(links.urlFor(ANNA, now));
    expect((await problemOf(links.resolve(tx, before))).status).toBe(404);
    await expect(links.resolve(tx, fresh)).resolves.toMatchObject({ reportId: ANNA });
  });
});
