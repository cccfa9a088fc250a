import { messagingConfigFromEnv } from './messaging.config';

const DAY = 86_400_000;

describe('messagingConfigFromEnv: retention', () => {
  it('keeps topics 14 days, published outbox rows 7 days and inbox ids 30 days by default', () => {
    const config = messagingConfigFromEnv('test', {});
    expect(config.topicRetentionMs).toBe(14 * DAY);
    expect(config.outboxRetentionMs).toBe(7 * DAY);
    expect(config.inboxRetentionMs).toBe(30 * DAY);
    expect(config.pruneIntervalMs).toBe(3_600_000);
    expect(config.pruneBatchSize).toBe(1_000);
  });

  it('takes the retention from the environment', () => {
    const config = messagingConfigFromEnv('test', { LOKET_KAFKA_RETENTION_DAYS: '3', LOKET_INBOX_RETENTION_DAYS: '3', LOKET_OUTBOX_RETENTION_HOURS: '12' });
    expect(config.topicRetentionMs).toBe(3 * DAY);
    expect(config.inboxRetentionMs).toBe(3 * DAY);
    expect(config.outboxRetentionMs).toBe(12 * 3_600_000);
  });

  it('refuses an inbox kept shorter than the topics, which would let a redelivery pass as new', () => {
    expect(() => messagingConfigFromEnv('test', { LOKET_KAFKA_RETENTION_DAYS: '14', LOKET_INBOX_RETENTION_DAYS: '7' })).toThrow(
      /LOKET_INBOX_RETENTION_DAYS \(7\) must be at least LOKET_KAFKA_RETENTION_DAYS \(14\)/,
    );
  });
});
