import { messagingConfigFromEnv } from './messaging.config';

const DAY = 86_400_000;

describe('messagingConfigFromEnv: retention', () => {
  it('keeps topics 14 days and inbox ids 30 days by default', () => {
    const config = messagingConfigFromEnv('test', {});
    expect(config.topicRetentionMs).toBe(14 * DAY);
    expect(config.inboxRetentionMs).toBe(30 * DAY);
    expect(config.pruneIntervalMs).toBe(3_600_000);
    expect(config.pruneBatchSize).toBe(1_000);
  });

  it('takes the retention from the environment', () => {
    const config = messagingConfigFromEnv('test', { LOKET_KAFKA_RETENTION_DAYS: '3', LOKET_INBOX_RETENTION_DAYS: '3' });
    expect(config.topicRetentionMs).toBe(3 * DAY);
    expect(config.inboxRetentionMs).toBe(3 * DAY);
  });

  it('refuses an inbox kept shorter than the topics, which would let a redelivery pass as new', () => {
    expect(() => messagingConfigFromEnv('test', { LOKET_KAFKA_RETENTION_DAYS: '14', LOKET_INBOX_RETENTION_DAYS: '7' })).toThrow(
      /LOKET_INBOX_RETENTION_DAYS \(7\) must be at least LOKET_KAFKA_RETENTION_DAYS \(14\)/,
    );
  });
});

describe('messagingConfigFromEnv: outbox relay', () => {
  it('sends batches of 200 and polls once a second besides being notified, unless told otherwise', () => {
    expect(messagingConfigFromEnv('test', {})).toMatchObject({ relayBatchSize: 200, relayPollMs: 1_000 });
    expect(messagingConfigFromEnv('test', { LOKET_OUTBOX_BATCH_SIZE: '50', LOKET_OUTBOX_POLL_MS: '5000' })).toMatchObject({
      relayBatchSize: 50,
      relayPollMs: 5_000,
    });
  });

  it('refuses a poll interval that is not a positive whole number', () => {
    expect(() => messagingConfigFromEnv('test', { LOKET_OUTBOX_POLL_MS: '0' })).toThrow(/LOKET_OUTBOX_POLL_MS must be a positive whole number/);
  });
});
