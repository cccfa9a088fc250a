import type { Principal } from './principal';
import { VerifiedTokenCache } from './verified-token-cache';

const principal = (subject: string) => ({ subject }) as unknown as Principal;

describe('VerifiedTokenCache', () => {
  let nowMs = 1_800_000_000_000;
  const clock = () => nowMs;

  it('answers a verified token until it expires, and not a moment after', () => {
    const cache = new VerifiedTokenCache(10, clock);
    cache.remember('a', principal('anna'), nowMs / 1000 + 60);
    expect(cache.get('a')).toEqual(principal('anna'));
    nowMs += 59_999;
    expect(cache.get('a')).toEqual(principal('anna'));
    nowMs += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('does not keep tokens without a usable expiry, or already expired', () => {
    const cache = new VerifiedTokenCache(10, clock);
    cache.remember('none', principal('x'), undefined);
    cache.remember('text', principal('x'), '9999999999');
    cache.remember('past', principal('x'), nowMs / 1000 - 1);
    expect([cache.get('none'), cache.get('text'), cache.get('past')]).toEqual([undefined, undefined, undefined]);
  });

  it('stays within its bound, dropping the oldest entry first', () => {
    const cache = new VerifiedTokenCache(2, clock);
    cache.remember('1', principal('one'), nowMs / 1000 + 60);
    cache.remember('2', principal('two'), nowMs / 1000 + 60);
    cache.remember('3', principal('three'), nowMs / 1000 + 60);
    expect(cache.get('1')).toBeUndefined();
    expect(cache.get('2')).toEqual(principal('two'));
    expect(cache.get('3')).toEqual(principal('three'));
  });

  it('remembers a long-lived token only for its maximum age, so it is verified again regularly', () => {
    const cache = new VerifiedTokenCache(10, clock, 30_000);
    cache.remember('long', principal('lang'), nowMs / 1000 + 900);
    nowMs += 29_999;
    expect(cache.get('long')).toEqual(principal('lang'));
    nowMs += 1;
    expect(cache.get('long')).toBeUndefined();
  });
});
