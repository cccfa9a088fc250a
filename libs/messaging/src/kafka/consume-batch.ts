import type { EachBatchPayload, EachMessagePayload, KafkaMessage } from 'kafkajs';
import { ConsumerBatch } from '../inbox/consumer-batch';
import { RetryLater } from '../inbox/retry-later';

/** Handles one message the way a NestJS Kafka server does (deserialise, find the handler, run it). */
export type MessageDispatch = (payload: EachMessagePayload) => Promise<unknown>;

/**
 * Consumes what the broker fetched for one partition: the messages in offset order, up to
 * `maxPerTransaction` of them in one database transaction (ConsumerBatch), then their offsets resolved and
 * committed to Kafka — after the database commit, never before, so a crash in between redelivers messages whose
 * inbox entries say they were done.
 *
 * When a message must wait (its handler failed, or the database did), EventConsumer has said how much stands:
 * - the message alone failed: the ones before it are committed and their offsets resolved, then the error goes
 *   to kafkajs, which fetches again from that message once its partition's pause is over;
 * - the database failed: the whole run is rolled back and nothing resolved; it is fetched again.
 */
export async function consumeBatch(payload: EachBatchPayload, dispatch: MessageDispatch, maxPerTransaction: number): Promise<void> {
  const { batch, heartbeat, pause, resolveOffset, commitOffsetsIfNecessary, uncommittedOffsets, isRunning, isStale } = payload;
  const messages = batch.messages;
  for (let start = 0; start < messages.length; start += maxPerTransaction) {
    if (!isRunning() || isStale()) return;
    const run = messages.slice(start, start + maxPerTransaction);
    const transaction = new ConsumerBatch(run.map((message) => message.value));
    let lastDone: KafkaMessage | null = null;
    let failure: unknown = null;
    await transaction.run(async () => {
      for (const message of run) {
        if (!isRunning() || isStale()) break;
        try {
          await dispatch({ topic: batch.topic, partition: batch.partition, message, heartbeat, pause });
        } catch (error) {
          failure = error;
          break;
        }
        lastDone = message;
      }
    });
    const retry = transaction.retry;
    if (retry?.scope === 'whole-batch') {
      await transaction.rollback();
      throw new RetryLater(retry.reason);
    }
    await transaction.commit(); // a failed commit throws: nothing is resolved and the run is fetched again
    if (lastDone) {
      resolveOffset((lastDone as KafkaMessage).offset);
      await commitOffsetsIfNecessary(uncommittedOffsets());
    }
    if (failure !== null || retry) throw retry ? new RetryLater(retry.reason) : failure;
    await heartbeat();
  }
}
