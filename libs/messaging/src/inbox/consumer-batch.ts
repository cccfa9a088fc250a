import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * What the consumer must do after a message of a batch did not go through. EventConsumer decides it (the error
 * that reaches the Kafka server has been rewritten by NestJS's exception filter and says nothing):
 * - `from-this-message`: the message failed on its own; what came before it in the batch stands. Commit that,
 *   move the partition's offset to just before this message and try it again after the backoff.
 * - `whole-batch`: the database (or the broker) failed under the batch; nothing of it is known to have committed.
 *   Roll everything back and try the batch again.
 */
export type BatchRetry = { scope: 'from-this-message' | 'whole-batch'; reason: string };

/**
 * One transaction for a run of messages from one partition (see SupervisedKafkaServer); all of them commit
 * together, and only then are their offsets committed to Kafka. It is worked in one of two ways:
 * - **optimistic** (a run of several messages, at first): the messages one after the other with no savepoints,
 *   two round trips fewer per message. Anything but success (a handler that fails, a message to dead-letter)
 *   takes no step of its own: it asks for a careful redo ({@link ConsumerBatch.redoCarefully}), the run is rolled
 *   back and worked again carefully;
 * - **careful**: every message's effects and its inbox entry in a savepoint of their own, so a message that fails
 *   is rolled back alone while the ones before it stay, and is retried or dead-lettered.
 *
 * EventConsumer finds the batch it is part of through {@link ConsumerBatch.active} (an AsyncLocalStorage that
 * follows the message through NestJS's handler pipeline) and works in its transaction; outside a batch (tests,
 * tools) it opens a transaction per message as before.
 */
export class ConsumerBatch {
  private static readonly current = new AsyncLocalStorage<ConsumerBatch>();
  private runner: QueryRunner | null = null;
  private savepoints = 0;
  private retryRequest: BatchRetry | null = null;
  private redoReason: string | null = null;
  private readonly memos = new Map<string, Promise<unknown>>();
  private readonly committed: (() => void)[] = [];

  /**
   * `values`: the raw values of the batch's messages, in offset order (for look-ups done once for all of them).
   * `careful`: savepoints per message (see above); a run of one message is always worked so.
   */
  constructor(
    readonly values: readonly (Buffer | null)[] = [],
    readonly careful = true,
  ) {}

  /** The batch the calling code runs in, if any. */
  static active(): ConsumerBatch | undefined {
    return ConsumerBatch.current.getStore();
  }

  /** Runs `work` (the batch's messages, one after the other) with this batch as the active one. */
  run<T>(work: () => Promise<T>): Promise<T> {
    return ConsumerBatch.current.run(this, work);
  }

  /**
   * What `make` gives, made once for the whole batch under `key` (e.g. the keys of every sealed event in it, in one
   * query instead of one per message). A failed `make` is not kept: the next caller tries again.
   */
  memo<T>(key: string, make: () => Promise<T>): Promise<T> {
    let made = this.memos.get(key) as Promise<T> | undefined;
    if (!made) {
      made = make();
      made.catch(() => this.memos.delete(key));
      this.memos.set(key, made);
    }
    return made;
  }

  /** What the consumer must do after the message that just failed, or null when nothing asked for a retry. */
  get retry(): BatchRetry | null {
    return this.retryRequest;
  }

  /** Why an optimistic run must be worked again carefully, or null. */
  get redoRequested(): string | null {
    return this.redoReason;
  }

  /**
   * Called by EventConsumer, in an optimistic run, instead of any step of its own when a message did not simply go
   * through: the run is rolled back and worked again carefully, where that message is retried or dead-lettered.
   */
  redoCarefully(reason: string): never {
    if (this.careful) throw new Error('a careful run is not redone');
    this.redoReason ??= reason;
    throw new RedoCarefully(reason);
  }

  /** Runs `effect` once the batch's transaction has committed (a count, say), never for a run rolled back. */
  afterCommit(effect: () => void): void {
    this.committed.push(effect);
  }

  /** Called by EventConsumer when a message must be tried again; the widest scope asked for wins. */
  requestRetry(request: BatchRetry): void {
    if (this.retryRequest?.scope === 'whole-batch') return;
    this.retryRequest = request;
  }

  /**
   * Runs one message's work in a savepoint of the batch's transaction (begun with the first message). When the
   * work fails, the savepoint is rolled back and the error passed on: the messages before it are untouched.
   * The transaction's first work needs no savepoint, there being nothing before it to keep: when it fails, the
   * transaction is rolled back whole and begun again, which leaves it as a savepoint would. That saves two round
   * trips per batch, and so per message at a trickle, when every batch is one message.
   */
  async inSavepoint<T>(dataSource: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const first = this.runner === null;
    const runner = await this.transaction(dataSource);
    if (!this.careful) return work(runner.manager); // a failure rolls the whole run back (see redoCarefully)
    if (first) {
      try {
        return await work(runner.manager);
      } catch (error) {
        await this.beginAgain(runner);
        throw error;
      }
    }
    const name = `loket_message_${++this.savepoints}`;
    await runner.query(`SAVEPOINT ${name}`);
    let result: T;
    try {
      result = await work(runner.manager);
    } catch (error) {
      // a lost connection cannot roll back: the whole batch is then retried (EventConsumer asks for that)
      await runner.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
      throw error;
    }
    await runner.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  }

  /** Commits what the batch did (nothing when no message reached the database) and gives the connection back. */
  async commit(): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    if (runner) await this.commitOn(runner);
    for (const effect of this.committed.splice(0)) effect();
  }

  private async commitOn(runner: QueryRunner): Promise<void> {
    try {
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  /** Undoes everything the batch did and gives the connection back. */
  async rollback(): Promise<void> {
    this.committed.length = 0;
    const runner = this.runner;
    if (!runner) return;
    this.runner = null;
    await runner.rollbackTransaction().catch(() => undefined);
    await runner.release().catch(() => undefined);
  }

  /** After the first work failed: an empty transaction again, or (the connection lost) none, begun anew when next needed. */
  private async beginAgain(runner: QueryRunner): Promise<void> {
    try {
      await runner.rollbackTransaction();
      await runner.startTransaction();
    } catch {
      this.runner = null;
      await runner.release().catch(() => undefined);
    }
  }

  private async transaction(dataSource: DataSource): Promise<QueryRunner> {
    if (this.runner) return this.runner;
    const runner = dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
    } catch (error) {
      await runner.release().catch(() => undefined);
      throw error;
    }
    this.runner = runner;
    return runner;
  }
}

/** Thrown by {@link ConsumerBatch.redoCarefully}: the message did not go through in an optimistic run. */
export class RedoCarefully extends Error {
  override readonly name = 'RedoCarefully';
}
