import { intakeRateLimitsFromEnv } from './intake-rate-limits';

describe('intake rate limits', () => {
  it('has a limit for each public door, for receipts per e-mail address per day and for Open311 posts per api_key', () => {
    const { rules } = intakeRateLimitsFromEnv({});
    expect(Object.fromEntries(Object.entries(rules).map(([name, r]) => [name, [r.limit, r.windowMs]]))).toEqual({
      reports: [60, 3_600_000],
      suggestions: [120, 60_000],
      geocoder: [60, 60_000],
      receipts: [10, 86_400_000],
      open311: [600, 3_600_000],
    });
  });

  it.each([
    [{ LOKET_GEOCODER_RATE_LIMIT_PER_MINUTE: 'lots' }, /LOKET_GEOCODER_RATE_LIMIT_PER_MINUTE must be a whole number/],
    [{ LOKET_RECEIPTS_PER_ADDRESS_PER_DAY: '0' }, /LOKET_RECEIPTS_PER_ADDRESS_PER_DAY must be at least 1/],
    [{ NODE_ENV: 'production', LOKET_DB_TLS: 'require' }, /LOKET_HASH_KEY is required in production/],
  ])('refuses %j at start', (env, message) => {
    expect(() => intakeRateLimitsFromEnv(env)).toThrow(message);
  });
});
