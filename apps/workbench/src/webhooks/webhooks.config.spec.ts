import { DEFAULT_RETRY_POLICY } from '@loket/webhooks';
import { webhookSettingsFromEnv } from './webhooks.config';

describe('webhook settings', () => {
  it('defaults: http to localhost outside production only, the default retry policy', () => {
    expect(webhookSettingsFromEnv({})).toMatchObject({ source: '/loket/workbench', allowHttpToLocalhost: true, retry: DEFAULT_RETRY_POLICY });
    expect(webhookSettingsFromEnv({ NODE_ENV: 'production' }).allowHttpToLocalhost).toBe(false);
    expect(webhookSettingsFromEnv({ LOKET_WEBHOOK_ALLOW_HTTP_LOCALHOST: 'false' }).allowHttpToLocalhost).toBe(false);
  });

  it('refuses http targets in production, and settings that are not whole numbers', () => {
    expect(() => webhookSettingsFromEnv({ NODE_ENV: 'production', LOKET_WEBHOOK_ALLOW_HTTP_LOCALHOST: 'true' })).toThrow(/not allowed in production/);
    expect(() => webhookSettingsFromEnv({ LOKET_WEBHOOK_ALLOW_HTTP_LOCALHOST: 'yes' })).toThrow(/true or false/);
    expect(() => webhookSettingsFromEnv({ LOKET_WEBHOOK_RETRY_BASE_MS: '1.5' })).toThrow(/LOKET_WEBHOOK_RETRY_BASE_MS must be a whole number/);
  });

  it('takes a short schedule for tests', () => {
    const settings = webhookSettingsFromEnv({ LOKET_WEBHOOK_RETRY_BASE_MS: '300', LOKET_WEBHOOK_MAX_ATTEMPTS: '4', LOKET_WEBHOOK_POLL_INTERVAL_MS: '0' });
    expect(settings.retry).toMatchObject({ baseDelayMs: 300, maxAttempts: 4 });
    expect(settings.pollIntervalMs).toBe(0);
  });

  it('keeps finished deliveries 30 days unless told otherwise, and at least a day', () => {
    expect(webhookSettingsFromEnv({}).keepLogDays).toBe(30);
    expect(webhookSettingsFromEnv({ LOKET_WEBHOOK_LOG_DAYS: '7' }).keepLogDays).toBe(7);
    expect(webhookSettingsFromEnv({ LOKET_WEBHOOK_LOG_DAYS: '0' }).keepLogDays).toBe(1);
    expect(() => webhookSettingsFromEnv({ LOKET_WEBHOOK_LOG_DAYS: 'a month' })).toThrow(/LOKET_WEBHOOK_LOG_DAYS must be a whole number/);
  });
});
