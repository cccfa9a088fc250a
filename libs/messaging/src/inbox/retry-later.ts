import type { Consumer } from 'kafkajs';
import { KafkaJSError } from 'kafkajs';

/**
 * Leaves a message unprocessed for now. Its partition alone is paused for the backoff and then resumed, so the
 * broker hands the same message out again while the other partitions go on. kafkajs treats the error as
 * retriable: the consumer keeps running (a non-retriable error would stop it for good).
 */
export class RetryLater extends KafkaJSError {
  override readonly name = 'LoketRetryLater';

  constructor(reason: string) {
    super(reason, { retriable: true });
  }
}

/** Pauses one partition of a consumer and resumes it after `ms`; then throws {@link RetryLater}. */
export function retryPartitionLater(consumer: Consumer, topic: string, partition: number, ms: number, reason: string): never {
  const partitions = [{ topic, partitions: [partition] }];
  consumer.pause(partitions);
  setTimeout(() => {
    try {
      consumer.resume(partitions);
    } catch {
      // the consumer was restarted or stopped meanwhile: its successor starts unpaused
    }
  }, ms).unref();
  throw new RetryLater(reason);
}
