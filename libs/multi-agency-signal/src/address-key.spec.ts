import { SeededRandom } from '@loket/seeded-random';
import { addressKey, normaliseAddress } from './address-key';

const SECRET = 'a-test-secret-of-enough-length';

describe('normaliseAddress', () => {
  it('spells one address one way', () => {
    expect(normaliseAddress({ postcode: '1234 ab', houseNumber: 12, houseNumberAddition: ' a ' })).toBe('1234AB|12|A');
    expect(normaliseAddress({ postcode: '1234AB', houseNumber: 12, houseNumberAddition: 'A' })).toBe('1234AB|12|A');
    expect(normaliseAddress({ postcode: '1234AB', houseNumber: 12, houseNumberAddition: '-bis' })).toBe('1234AB|12|BIS');
    expect(normaliseAddress({ postcode: '1234AB', houseNumber: 12 })).toBe('1234AB|12|');
    expect(normaliseAddress({ postcode: '1234AB', houseNumber: 12, houseNumberAddition: null })).toBe('1234AB|12|');
  });

  it('refuses what is not a Dutch postcode and house number', () => {
    expect(() => normaliseAddress({ postcode: '0123AB', houseNumber: 1 })).toThrow(/postcode/);
    expect(() => normaliseAddress({ postcode: '1234', houseNumber: 1 })).toThrow(/postcode/);
    expect(() => normaliseAddress({ postcode: '1234AB', houseNumber: 0 })).toThrow(/houseNumber/);
    expect(() => normaliseAddress({ postcode: '1234AB', houseNumber: 1.5 })).toThrow(/houseNumber/);
  });
});

describe('addressKey', () => {
  it('is the same for the same address however it is written, and differs for any other address', () => {
    const key = addressKey({ postcode: '1234AB', houseNumber: 12, houseNumberAddition: 'A' }, SECRET);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(addressKey({ postcode: '1234 ab', houseNumber: 12, houseNumberAddition: 'a' }, SECRET)).toBe(key);
    expect(addressKey({ postcode: '1234AB', houseNumber: 12 }, SECRET)).not.toBe(key);
    expect(addressKey({ postcode: '1234AB', houseNumber: 121 }, SECRET)).not.toBe(addressKey({ postcode: '1234AB', houseNumber: 12, houseNumberAddition: '1' }, SECRET));
    expect(addressKey({ postcode: '1234AC', houseNumber: 12, houseNumberAddition: 'A' }, SECRET)).not.toBe(key);
  });

  it('depends on the secret, and holds neither postcode nor number', () => {
    const address = { postcode: '1234AB', houseNumber: 12 };
    expect(addressKey(address, SECRET)).not.toBe(addressKey(address, `${SECRET}-other`));
    expect(addressKey(address, SECRET)).not.toContain('1234');
    expect(() => addressKey(address, 'short')).toThrow(/16 characters/);
  });

  it('gives distinct keys to distinct addresses (property)', () => {
    const random = new SeededRandom(1234);
    const seen = new Map<string, string>();
    for (let i = 0; i < 2_000; i++) {
      const address = {
        postcode: `${1000 + random.int(9000)}${String.fromCharCode(65 + random.int(26))}${String.fromCharCode(65 + random.int(26))}`,
        houseNumber: 1 + random.int(300),
        houseNumberAddition: random.chance(0.2) ? random.pick(['A', 'B', '1', 'BIS']) : undefined,
      };
      const normal = normaliseAddress(address);
      const key = addressKey(address, SECRET);
      if (seen.has(key)) expect(seen.get(key)).toBe(normal);
      seen.set(key, normal);
    }
  });
});
