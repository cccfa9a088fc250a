import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
import { LinkTokens } from '../crypto/link-token';
import { ReporterRecord } from '../reporters/reporter.entity';
import { ReporterLinks } from './reporter-links';

const ANNA = '00000000-0000-4000-8000-000000000001';

function setup(stored: Partial<ReporterRecord> | null) {
  const tokens = new LinkTokens(randomBytes(32), 86_400_000);
  const locks: string[] = [];
  const tx = {
    createQueryBuilder: () => {
      let reportId = '';
      const query = {
        where: (_: string, params: { reportId: string }) => ((reportId = params.reportId), query),
        setLock: (mode: string) => (locks.push(mode), query),
        getOne: async () => (stored && reportId === stored.reportId ? stored : null),
      };
      return query;
    },
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
    const { links, tx, locks } = setup({ reportId: ANNA, erasedAt: null });
    const url = links.urlFor(ANNA);
    expect(url).toMatch(/^https:\/\/loket\.example\/api\/v1\/reporter-links\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    await expect(links.resolve(tx, tokenOf(url), { forUpdate: true })).resolves.toMatchObject({ reportId: ANNA });
    expect(locks).toEqual(['pessimistic_write']);
  });

  it('answers a forged token, an unknown reporter and an erased (revoked) reporter with the very same 404', async () => {
    const erased = setup({ reportId: ANNA, erasedAt: new Date() });
    const revoked = await problemOf(erased.links.resolve(erased.tx, tokenOf(erased.links.urlFor(ANNA))));
    const unknown = setup(null);
    const gone = await problemOf(unknown.links.resolve(unknown.tx, tokenOf(unknown.links.urlFor(ANNA))));
    const forged = await problemOf(erased.links.resolve(erased.tx, 'eyJ2IjoxfQ.AAAA'));
    expect(revoked.status).toBe(404);
    for (const other of [gone, forged]) expect({ ...other, stack: undefined }).toEqual({ ...revoked, stack: undefined });
  });
});
