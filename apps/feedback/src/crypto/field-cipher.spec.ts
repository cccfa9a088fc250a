import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher';

const key = (kid: string) => ({ kid, key: randomBytes(32) });

describe('FieldCipher', () => {
  const old = key('data-1');
  const next = key('data-2');

  it('round-trips a value and names the key it was written with', () => {
    const cipher = new FieldCipher([old]);
    const stored = cipher.encrypt('{"email":"anna@example.nl"}', 'reporter:r1:contact');
    expect(stored).toMatch(/^v1:data-1:/);
    expect(stored).not.toContain('anna');
    expect(cipher.decrypt(stored, 'reporter:r1:contact')).toBe('{"email":"anna@example.nl"}');
  });

  it('never writes the same ciphertext twice for the same value', () => {
    const cipher = new FieldCipher([old]);
    expect(cipher.encrypt('same', 'c')).not.toBe(cipher.encrypt('same', 'c'));
  });

  it('writes with the first key and still reads values under the older ones (rotation)', () => {
    const before = new FieldCipher([old]).encrypt('secret', 'ctx');
    const rotated = new FieldCipher([next, old]);
    expect(rotated.decrypt(before, 'ctx')).toBe('secret');
    expect(rotated.needsRotation(before)).toBe(true);
    const after = rotated.encrypt('secret', 'ctx');
    expect(FieldCipher.keyIdOf(after)).toBe('data-2');
    expect(rotated.needsRotation(after)).toBe(false);
  });

  it('cannot read a value once its key is gone', () => {
    const stored = new FieldCipher([old]).encrypt('secret', 'ctx');
    expect(() => new FieldCipher([next]).decrypt(stored, 'ctx')).toThrow('no data key "data-1"');
  });

  it.each([
    ['ciphertext', 4],
    ['tag', 3],
    ['iv', 2],
  ])('detects a tampered %s', (_part, index) => {
    const cipher = new FieldCipher([old]);
    const parts = cipher.encrypt('a value long enough to flip', 'ctx').split(':');
    const bytes = Buffer.from(parts[index]!, 'base64');
    bytes[0] = bytes[0]! ^ 0x01;
    parts[index] = bytes.toString('base64');
    expect(() => cipher.decrypt(parts.join(':'), 'ctx')).toThrow('failed authentication');
  });

  it('detects a value moved to another row or field (context is bound in)', () => {
    const cipher = new FieldCipher([old]);
    const stored = cipher.encrypt('secret', 'reporter:r1:contact');
    expect(() => cipher.decrypt(stored, 'reporter:r2:contact')).toThrow('failed authentication');
  });

  it('detects a key id swapped to another known key', () => {
    const cipher = new FieldCipher([next, old]);
    const stored = cipher.encrypt('secret', 'ctx');
    expect(() => cipher.decrypt(stored.replace(/^v1:data-2:/, 'v1:data-1:'), 'ctx')).toThrow('failed authentication');
  });

  it('rejects what is not an encrypted value', () => {
    expect(() => new FieldCipher([old]).decrypt('anna@example.nl', 'ctx')).toThrow('not an encrypted field value');
  });

  it('refuses keys of the wrong length', () => {
    expect(() => new FieldCipher([{ kid: 'short', key: randomBytes(16) }])).toThrow('32 bytes');
  });
});
