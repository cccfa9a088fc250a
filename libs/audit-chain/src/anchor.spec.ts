import { generateKeyPairSync } from 'node:crypto';
import { anchorPublicKeys, anchorSignatureValid, anchorSigningKey, parseAnchors, signAnchor } from './anchor';
import { EMPTY_CHAIN } from './audit-entry';
import { appendToChain } from './chain';
import { factsNo } from './test-facts';
import { verifyChain } from './verify-chain';

const pem = (type: 'ed25519' | 'rsa') =>
  generateKeyPairSync(type as 'ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' }, ...(type === 'rsa' ? { modulusLength: 2048 } : {}) }).privateKey;
const key = anchorSigningKey('audit-1', pem('ed25519'));
const publicKeys = anchorPublicKeys([key]);
const chainOf = (length: number, from = 1) => appendToChain(EMPTY_CHAIN, Array.from({ length }, (_, i) => factsNo(i + from)));

describe('audit anchors', () => {
  it('signs where the chain stood, and the signature checks with the public key only', () => {
    const { head } = chainOf(5);
    const anchor = signAnchor('loket_workbench', head, new Date('2026-12-07T06:00:00Z'), key);
    expect(anchor).toMatchObject({ chain: 'loket_workbench', sequence: 5, hash: head.hash, anchoredAt: '2026-12-07T06:00:00.000Z', kid: 'audit-1' });
    expect(anchorSignatureValid(anchor, publicKeys)).toBe(true);
    expect(anchorSignatureValid({ ...anchor, sequence: 4 }, publicKeys)).toBe(false);
    expect(anchorSignatureValid({ ...anchor, hash: '0'.repeat(64) }, publicKeys)).toBe(false);
    expect(anchorSignatureValid({ ...anchor, kid: 'audit-2' }, publicKeys)).toBe(false);
    const other = anchorPublicKeys([anchorSigningKey('audit-1', pem('ed25519'))]);
    expect(anchorSignatureValid(anchor, other)).toBe(false);
  });

  it('takes only Ed25519 keys', () => {
    expect(() => anchorSigningKey('audit-1', pem('rsa'))).toThrow(/not an Ed25519/);
  });

  it('catches a consistent rewrite that the chain alone cannot show', () => {
    const { entries, head } = chainOf(10);
    const anchor = signAnchor('loket_workbench', { sequence: 6, hash: entries[5]!.hash }, new Date(), key);
    // every entry from the 4th on rewritten, every hash recomputed, the head moved along: internally consistent
    const rewritten = appendToChain({ sequence: 3, hash: entries[2]!.hash }, entries.slice(3).map((e) => (e.sequence === 4 ? { ...e, action: 'case.read', details: { returned: 0 } } : e)));
    const forged = [...entries.slice(0, 3), ...rewritten.entries];
    expect(verifyChain(forged, rewritten.head)).toMatchObject({ ok: true, verified: 10 });
    expect(verifyChain(forged, rewritten.head, [anchor])).toMatchObject({ ok: false, verified: 5, broken: { sequence: 6, reason: 'anchor' } });
    expect(verifyChain(entries, head, [anchor])).toEqual({ ok: true, verified: 10, head, anchorsChecked: 1 });
  });

  it('catches a chain cut short behind an anchor, even with its head moved back', () => {
    const { entries } = chainOf(10);
    const anchor = signAnchor('loket_workbench', { sequence: 9, hash: entries[8]!.hash }, new Date(), key);
    const cut = entries.slice(0, 7);
    expect(verifyChain(cut, { sequence: 7, hash: cut[6]!.hash }, [anchor])).toMatchObject({ ok: false, broken: { sequence: 9, reason: 'anchor' } });
  });

  it('reads anchors one per line and refuses a line that is not one', () => {
    const anchor = signAnchor('loket_workbench', chainOf(2).head, new Date(), key);
    expect(parseAnchors(`${JSON.stringify(anchor)}\n\n${JSON.stringify(anchor)}\n`)).toEqual([anchor, anchor]);
    expect(() => parseAnchors(`${JSON.stringify(anchor)}\nnot json`)).toThrow(/line 2 is not JSON/);
    expect(() => parseAnchors('{"chain":"x"}')).toThrow(/line 1 is not an audit anchor/);
  });
});
