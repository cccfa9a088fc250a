import { checkTokenClaims, UnacceptableClaimsError } from './token-claims';

describe('checkTokenClaims', () => {
  const policy = { allowedClients: ['loket-web', 'loket-cli'], nowSeconds: 1_000 };

  it('accepts an unexpired token of one of Loket’s clients', () => {
    expect(() => checkTokenClaims({ exp: 1_900, azp: 'loket-web' }, policy)).not.toThrow();
  });

  it.each([
    ['no exp', { azp: 'loket-web' }, /no expiry/],
    ['a string exp', { exp: '1900', azp: 'loket-web' }, /no expiry/],
    ['an expired token', { exp: 1_000, azp: 'loket-web' }, /expired/],
    ['no azp', { exp: 1_900 }, /authorised party/],
    ['another client’s token', { exp: 1_900, azp: 'some-other-app' }, /some-other-app/],
  ])('refuses %s', (_name, claims, message) => {
    expect(() => checkTokenClaims(claims, policy)).toThrow(UnacceptableClaimsError);
    expect(() => checkTokenClaims(claims, policy)).toThrow(message);
  });
});
