import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicJob } from '@loket/persistence';
import { DeliverNextMessage } from './deliver-next-message';

export abstract class DeliveryLoopSettings {
  pollIntervalMs!: number;
  batchSize!: number;
  /** How many messages of a batch are on their way at once (each on a pooled SMTP connection of its own). */
  concurrency!: number;
}

/**
 * The delivery loop: every interval it sends what is due, a batch at a time and batch after batch while batches
 * come full (so a burst leaves at the mail server's pace, not at one batch per interval), and stops early when
 * the mail server fails (the rest waits for its own next attempt). Started with the app, stopped (after the message
 * in hand) when it shuts down.
 * In every instance, no lock: each message is claimed with `FOR UPDATE SKIP LOCKED` and marked `sending` before it
 * leaves, so instances share the sending without sending anything twice.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private readonly job: PeriodicJob;

  constructor(
    private readonly deliverNext: DeliverNextMessage,
    private readonly settings: DeliveryLoopSettings,
  ) {
    this.job = new PeriodicJob({
      name: 'feedback.deliver-messages',
      everyMs: settings.pollIntervalMs,
      firstPass: 'at-start',
      pass: async () => {
        await this.drain();
      },
      failing: 'delivery pass failed',
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Batch after batch while they come full (more may be due): returns how many messages left. */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.sendBatch();
      sent += batch.sent;
      if (!batch.full || this.job.stopping.aborted) return sent;
    }
  }

  /** One batch: sends due messages until none is due, the batch is full or the mail server fails. */
  async runOnce(): Promise<number> {
    return (await this.sendBatch()).sent;
  }

  /**
   * One batch, `concurrency` messages at a time: each lane claims and sends the next due message until the batch
   * is taken, nothing is due or the mail server fails (then no lane takes another). Lanes never share a message:
   * each claim is `FOR UPDATE SKIP LOCKED`, as between instances. One at a time a mail's round trips (claim, SMTP,
   * record) capped a burst at about nine receipts a second.
   */
  private async sendBatch(): Promise<{ sent: number; full: boolean }> {
    let sent = 0;
    let taken = 0;
    let ended = false; // nothing due, the mail server failing, a failure or shutting down: the batch is not full
    const lane = async (): Promise<void> => {
      while (!ended && taken < this.settings.batchSize) {
        if (this.job.stopping.aborted) {
          ended = true;
          return;
        }
        taken++;
        try {
          const outcome = await this.deliverNext.execute();
          if (outcome === 'sent') sent++;
          if (outcome === 'nothing-due' || outcome === 'retry-later') ended = true;
        } catch (error) {
          ended = true;
          throw error;
        }
      }
    };
    const lanes = Math.max(1, Math.min(this.settings.concurrency, this.settings.batchSize));
    const results = await Promise.allSettled(Array.from({ length: lanes }, lane));
    const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failure) throw failure.reason;
    return { sent, full: !ended };
  }
}
