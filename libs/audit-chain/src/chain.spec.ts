import { EMPTY_CHAIN, GENESIS_HASH } from './audit-entry';
import { appendToChain, canonicalSerialisation, entryHash } from './chain';
import { factsNo } from './test-facts';

describe('appendToChain', () => {
  it('numbers entries from the head on and links each to the hash of the one before', () => {
    const { entries, head } = appendToChain(EMPTY_CHAIN, [factsNo(1), factsNo(2), factsNo(3)]);
    expect(entries.map((e) => e.sequence)).toEqual([1, 2, 3]);
    expect(entries[0].previousHash).toBe(GENESIS_HASH);
    expect(entries[1].previousHash).toBe(entries[0].hash);
    expect(entries[2].previousHash).toBe(entries[1].hash);
    expect(head).toEqual({ sequence: 3, hash: entries[2].hash });
    for (const entry of entries) expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('continues a chain where an earlier append left it, giving the same hashes as one append', () => {
    const facts = [factsNo(1), factsNo(2), factsNo(3), factsNo(4)];
    const once = appendToChain(EMPTY_CHAIN, facts);
    const first = appendToChain(EMPTY_CHAIN, facts.slice(0, 2));
    const second = appendToChain(first.head, facts.slice(2));
    expect([...first.entries, ...second.entries]).toEqual(once.entries);
  });

  it('appending nothing leaves the head as it was', () => {
    const head = { sequence: 7, hash: 'a'.repeat(64) };
    expect(appendToChain(head, [])).toEqual({ entries: [], head });
  });
});

describe('entryHash', () => {
  const base = factsNo(2);
  const hash = entryHash(GENESIS_HASH, 1, base);

  it('is SHA-256 over the previous hash and the canonical serialisation', () => {
    const { createHash } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const expected = createHash('sha256').update(`${GENESIS_HASH}\n${canonicalSerialisation(1, base)}`).digest('hex');
    expect(hash).toBe(expected);
  });

  it.each([
    ['the time', { ...base, occurredAt: new Date(base.occurredAt.getTime() + 1) }],
    ['the actor', { ...base, actor: { ...base.actor, username: 'someone.else' } }],
    ['the roles', { ...base, actor: { ...base.actor, roles: ['admin'] } }],
    ['the organisation', { ...base, actor: { ...base.actor, organisation: 'police' } }],
    ['the action', { ...base, action: 'case.read' }],
    ['the case', { ...base, caseId: null }],
    ['a detail', { ...base, details: { ...base.details, to: 'closed' } }],
    ['the correlation id', { ...base, correlationId: 'other' }],
  ])('changes when %s changes', (_what, altered) => {
    expect(entryHash(GENESIS_HASH, 1, altered)).not.toBe(hash);
  });

  it('changes with the position and with the predecessor', () => {
    expect(entryHash(GENESIS_HASH, 2, base)).not.toBe(hash);
    expect(entryHash('f'.repeat(64), 1, base)).not.toBe(hash);
  });

  it('does not depend on the order of keys in the details (jsonb reorders them)', () => {
    const reordered = { ...base, details: Object.fromEntries(Object.entries(base.details).reverse()) };
    expect(entryHash(GENESIS_HASH, 1, reordered)).toBe(hash);
  });
});
