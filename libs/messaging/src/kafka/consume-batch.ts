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
 * A run of several messages is worked optimistically first, without a savepoint per message (see ConsumerBatch);
 * when one of them does not go through, the run is rolled back and worked again carefully.
 *
 * When a message must wait (its handler failed, or the database did), EventConsumer has said how much stands:
 * - the message alone failed: the ones before it are committed and their offsets resolved, then the error goes
 *   to kafkajs, which fetches again from that message once its partition's pause is over;
 * - the database failed: the whole run is rolled back and nothing resolved; it is fetched again.
 */
export async function consumeBatch(payload: EachBatchPayload, dispatch: MessageDispatch, maxPerTransaction: number): Promise<void> {
  const { batch, heartbeat, resolveOffset, commitOffsetsIfNecessary, uncommittedOffsets, isRunning, isStale } = payload;
  const messages = batch.messages;
  for (let start = 0; start < messages.length; start += maxPerTransaction) {
    if (!isRunning() || isStale()) return;
    const run = messages.slice(start, start + maxPerTransaction);
    const values = run.map((message) => message.value);
    // several messages are worked optimistically first (no savepoints); one that does not go through has the run
    // rolled back and worked again carefully, where it is retried or dead-lettered alone
    let worked = await work(new ConsumerBatch(values, run.length === 1), run, payload, dispatch);
    if (worked.transaction.redoRequested !== null && worked.transaction.retry?.scope !== 'whole-batch') {
      await worked.transaction.rollback();
      worked = await work(new ConsumerBatch(values, true), run, payload, dispatch);
    }
    const { transaction, lastDone, failure } = worked;
    const retry = transaction.retry;
    if (retry?.scope === 'whole-batch') {
      await transaction.rollback();
      throw new RetryLater(retry.reason);
    }
    await transaction.commit(); // a failed commit throws: nothing is resolved and the run is fetched again
    if (lastDone) {
      resolveOffset(lastDone.offset);
      await commitOffsetsIfNecessary(uncommittedOffsets());
    }
    if (failure !== null || retry) throw retry ? new RetryLater(retry.reason) : failure;
    await heartbeat();
  }
}

/** Dispatches a run's messages in offset order in `transaction`, up to the first that does not go through. */
async function work(transaction: ConsumerBatch, run: KafkaMessage[], payload: EachBatchPayload, dispatch: MessageDispatch) {
  const { batch, heartbeat, pause, isRunning, isStale } = payload;
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
  return { transaction, lastDone: lastDone as KafkaMessage | null, failure: failure as unknown };
}
