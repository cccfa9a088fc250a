import { SeededRandom } from '@loket/seeded-random';
import { type AuditEntry, EMPTY_CHAIN } from './audit-entry';
import { appendToChain } from './chain';
import { factsNo } from './test-facts';
import { ChainVerifier, verifyChain } from './verify-chain';

function chainOf(length: number) {
  return appendToChain(
    EMPTY_CHAIN,
    Array.from({ length }, (_, i) => factsNo(i + 1)),
  );
}

describe('verifyChain', () => {
  it('verifies an untouched chain and its recorded head', () => {
    const { entries, head } = chainOf(20);
    expect(verifyChain(entries, head)).toEqual({ ok: true, verified: 20, head, anchorsChecked: 0 });
  });

  it('verifies an empty chain against the empty head', () => {
    expect(verifyChain([], EMPTY_CHAIN)).toEqual({ ok: true, verified: 0, head: EMPTY_CHAIN, anchorsChecked: 0 });
  });

  it('catches an altered entry, naming it', () => {
    const { entries, head } = chainOf(10);
    const tampered = entries.map((e) => (e.sequence === 4 ? { ...e, details: { ...e.details, returned: 999 } } : e));
    expect(verifyChain(tampered, head)).toEqual({
      ok: false,
      verified: 3,
      broken: { sequence: 4, reason: 'hash', detail: expect.stringContaining('entry 4') },
      anchorsChecked: 0,
    });
  });

  it('catches an altered entry whose hash was recomputed: the next entry no longer points at it', () => {
    const { entries, head } = chainOf(10);
    const reforged = appendToChain({ sequence: 4, hash: entries[3].hash }, [{ ...entries[4], action: 'case.read' }]).entries[0];
    const tampered = entries.map((e) => (e.sequence === 5 ? reforged : e));
    expect(verifyChain(tampered, head)).toMatchObject({ ok: false, verified: 5, broken: { sequence: 6, reason: 'previous-hash' } });
  });

  it('catches a deleted entry', () => {
    const { entries, head } = chainOf(10);
    expect(verifyChain(entries.filter((e) => e.sequence !== 6), head)).toMatchObject({
      ok: false,
      verified: 5,
      broken: { sequence: 7, reason: 'sequence' },
    });
  });

  it('catches a deleted entry even when the later ones were renumbered', () => {
    const { entries, head } = chainOf(10);
    const renumbered = entries
      .filter((e) => e.sequence !== 6)
      .map((e) => (e.sequence > 6 ? { ...e, sequence: e.sequence - 1 } : e));
    expect(verifyChain(renumbered, head)).toMatchObject({ ok: false, verified: 5, broken: { sequence: 6, reason: 'previous-hash' } });
  });

  it('catches entries removed from the end through the recorded head', () => {
    const { entries, head } = chainOf(10);
    expect(verifyChain(entries.slice(0, 8), head)).toMatchObject({
      ok: false,
      verified: 8,
      broken: { sequence: 10, reason: 'head' },
    });
  });

  it('catches two entries swapped, with or without their sequence numbers', () => {
    const { entries, head } = chainOf(10);
    const swapped = [...entries];
    [swapped[2], swapped[3]] = [swapped[3], swapped[2]];
    expect(verifyChain(swapped, head)).toMatchObject({ ok: false, broken: { sequence: 4, reason: 'sequence' } });
    const renumbered = swapped.map((e, i) => ({ ...e, sequence: i + 1 }));
    expect(verifyChain(renumbered, head)).toMatchObject({ ok: false, verified: 2, broken: { sequence: 3, reason: 'previous-hash' } });
  });

  it('catches an inserted entry, even one chained properly onto its predecessor', () => {
    const { entries, head } = chainOf(10);
    const forged = appendToChain({ sequence: 5, hash: entries[4].hash }, [factsNo(99)]).entries[0];
    const inserted = [...entries.slice(0, 5), forged, ...entries.slice(5).map((e) => ({ ...e, sequence: e.sequence + 1 }))];
    expect(verifyChain(inserted, head)).toMatchObject({ ok: false, verified: 6, broken: { sequence: 7, reason: 'previous-hash' } });
    const duplicated = [...entries.slice(0, 5), forged, ...entries.slice(5)];
    expect(verifyChain(duplicated, head)).toMatchObject({ ok: false, verified: 6, broken: { sequence: 6, reason: 'sequence' } });
  });

  it('catches any single random change to any entry, at that entry (property)', () => {
    const random = new SeededRandom(20261129);
    const { entries, head } = chainOf(30);
    const edits: ((e: AuditEntry) => AuditEntry)[] = [
      (e) => ({ ...e, occurredAt: new Date(e.occurredAt.getTime() + 1 + random.int(10_000)) }),
      (e) => ({ ...e, actor: { ...e.actor, subject: `forged-${random.int(100)}` } }),
      (e) => ({ ...e, actor: { ...e.actor, roles: [...e.actor.roles, 'admin'] } }),
      (e) => ({ ...e, action: `${e.action}.x` }),
      (e) => ({ ...e, caseId: e.caseId ? null : 'x' }),
      (e) => ({ ...e, details: { ...e.details, extra: random.int(5) } }),
      (e) => ({ ...e, correlationId: `${e.correlationId}-` }),
      (e) => ({ ...e, hash: e.hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) }),
      (e) => ({ ...e, previousHash: e.previousHash.replace(/.$/, (c) => (c === '0' ? '1' : '0')) }),
      (e) => ({ ...e, sequence: e.sequence + 1 + random.int(3) }),
    ];
    for (let round = 0; round < 500; round++) {
      const victim = random.int(entries.length);
      const edit = random.pick(edits);
      const tampered = entries.map((e, i) => (i === victim ? edit(e) : e));
      const result = verifyChain(tampered, head);
      expect(result.ok).toBe(false);
      expect(result.verified).toBe(victim);
    }
  });
});

describe('ChainVerifier', () => {
  it('verifies page by page from a known-good starting point and stops at the first break', () => {
    const { entries, head } = chainOf(12);
    const verifier = new ChainVerifier({ sequence: 4, hash: entries[3].hash });
    for (const entry of entries.slice(4, 8)) expect(verifier.accept(entry)).toBeNull();
    expect(verifier.verified).toBe(4);
    const broken = verifier.accept({ ...entries[8], action: 'case.read' });
    expect(broken).toMatchObject({ sequence: 9, reason: 'hash' });
    expect(verifier.accept(entries[9])).toBe(broken);
    expect(verifier.finish(head)).toMatchObject({ ok: false, verified: 4, broken: { sequence: 9 } });
  });
});
