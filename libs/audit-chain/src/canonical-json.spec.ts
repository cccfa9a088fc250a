import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves array order alone', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });

  it('writes dates as ISO-8601 UTC and drops undefined members', () => {
    expect(canonicalJson({ at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)), gone: undefined })).toBe(
      '{"at":"2026-01-02T03:04:05.006Z"}',
    );
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => canonicalJson([Infinity])).toThrow(/Infinity/);
  });
});
